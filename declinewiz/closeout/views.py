"""Closing out a search: the accepted offer, the processes to end, and the checklist.

Each process is one of the person's drafts, loaded through their own drafts only
(declinewiz.drafts.ownership.drafts_for, declinewiz.drafts.access.draft_view); a close-out
is loaded with its owner in the query. Someone else's gets 404; a visitor signs in first.
"""

import io
import zipfile
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Case, Q, Value, When
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declinewiz.compose.calendar_reply import InvitationError, decline_invitation
from declinewiz.compose.closeout import OFFER_ACCEPTED
from declinewiz.compose.types import Channel, Stage
from declinewiz.drafts.access import draft_view
from declinewiz.drafts.message_views import attachment, file_stem
from declinewiz.drafts.models import Draft
from declinewiz.drafts.ownership import drafts_for

from . import checklist as rows
from .forms import InvitationForm, ProcessFormSet, StartForm
from .models import CloseOut, CloseOutProcess

OPEN = (Draft.Status.IN_PROGRESS, Draft.Status.READY)
# On the start page, besides the offers: a thousand drafts are not a thousand radios.
OTHERS_TO_PICK = 10


def closeout_view(view):
    """Load the close-out named in the URL from the person's own, else 404; sign in first."""

    @login_required
    @wraps(view)
    def wrapper(request, closeout_id, *args, **kwargs):
        try:
            closeout = CloseOut.objects.get(pk=closeout_id, owner=request.user)
        except CloseOut.DoesNotExist:
            raise Http404("No such close-out.") from None
        return view(request, closeout, *args, **kwargs)

    return wrapper


def row_view(view):
    """A checklist row: the draft through draft_view, the close-out through its owner."""

    @draft_view(guests=False)
    def wrapper(request, draft, closeout_id, *args, **kwargs):
        row = (
            CloseOutProcess.objects.select_related("closeout")
            .filter(closeout_id=closeout_id, closeout__owner=request.user, draft=draft)
            .first()
        )
        if row is None:
            raise Http404("No such process in this close-out.")
        row.draft = draft
        return view(request, row, *args, **kwargs)

    return wrapper


@login_required
@require_http_methods(["GET", "POST"])
def start(request):
    user = request.user
    form = StartForm(
        request.POST or None,
        initial={"sender_name": user.display_name, "time_zone": "Europe/London", "tone": "warm"},
        drafts=_offers_to_pick(request),
    )
    if request.method == "POST" and form.is_valid():
        closeout = form.save(commit=False)
        closeout.owner = user
        closeout.save()
        return redirect("closeout:processes", closeout_id=closeout.id)
    earlier = CloseOut.objects.filter(owner=user).only("id", "company", "role", "created_at")[:3]
    return render(request, "closeout/start.html", {"form": form, "earlier": earlier})


@closeout_view
@require_http_methods(["GET", "POST"])
def processes(request, closeout):
    drafts = _open_drafts(request, closeout)
    in_closeout = set(closeout.rows.filter(done_at__isnull=True).values_list("draft_id", flat=True))
    formset_kwargs = {"closeout": closeout, "drafts": drafts, "prefix": "processes"}
    if request.method == "POST":
        data = request.POST.copy()
        if request.POST.get("intent") == "add":
            # One more empty row, keeping everything typed so far; nothing is saved yet.
            total = _number(data.get("processes-TOTAL_FORMS"))
            if total < ProcessFormSet.absolute_max:
                data["processes-TOTAL_FORMS"] = str(total + 1)
                # The new row starts as an unbound one would: ticked, with the true reason.
                data[f"processes-{total}-include"] = "on"
                data[f"processes-{total}-reason"] = OFFER_ACCEPTED
            formset = ProcessFormSet(data, **formset_kwargs)
            return _processes_page(request, closeout, formset, added=True)
        formset = ProcessFormSet(data, **formset_kwargs)
        if formset.is_valid():
            written = _write(request, closeout, formset)
            if written is not None:
                messages.success(
                    request,
                    f"{written} message{'s' if written != 1 else ''} written. "
                    "Here is your checklist, most urgent first.",
                )
                return redirect("closeout:checklist", closeout_id=closeout.id)
    else:
        initial = [
            rows.initial_for(draft, closeout=closeout, chosen=draft.id in in_closeout)
            for draft in rows.by_urgency(drafts.values())
        ]
        formset = ProcessFormSet(initial=initial, **formset_kwargs)
    return _processes_page(request, closeout, formset)


def _processes_page(request, closeout, formset, *, added=False):
    now = timezone.now()
    processes = [
        (form, rows.suggestion(form, closeout=closeout, now=now)) for form in formset.forms
    ]
    for form, suggestion in processes:
        # The row's caution and suggestion, read out with its "Close this process" box.
        described = [f"{form.prefix}-caution"] if form.may_be_the_accepted_offer() else []
        described += [f"{form.prefix}-suggested"] if suggestion else []
        if described:
            form.fields["include"].widget.attrs["aria-describedby"] = " ".join(described)
    return render(
        request,
        "closeout/processes.html",
        {"closeout": closeout, "formset": formset, "processes": processes, "added": added},
    )


def _number(value):
    try:
        return max(int(value), 0)
    except (TypeError, ValueError):
        return 0


def _offers_to_pick(request):
    """The open drafts the accepted offer may be: every offer, then the newest others (any
    other is typed below), in one query."""
    pickable = drafts_for(request).filter(status__in=OPEN).exclude(company="").exclude(role="")
    newest_others = (
        pickable.exclude(stage=Stage.OFFER).order_by("-created_at").values("pk")[:OTHERS_TO_PICK]
    )
    is_offer = Case(When(stage=Stage.OFFER, then=Value(0)), default=Value(1))
    return (
        pickable.filter(Q(stage=Stage.OFFER) | Q(pk__in=newest_others))
        .only("id", "company", "role", "stage")
        .order_by(is_offer, "-created_at")
    )


def _open_drafts(request, closeout):
    """The person's open drafts (id -> draft), the ones already in this close-out included and
    the accepted offer, if it is one of them, left out."""
    drafts = drafts_for(request).filter(status__in=OPEN).order_by("created_at")
    if closeout.accepted_draft_id:
        drafts = drafts.exclude(pk=closeout.accepted_draft_id)
    return {draft.id: draft for draft in drafts}


def _write(request, closeout, formset):
    """Save every ticked process as a ready draft of this close-out; None on a conflict."""
    now = timezone.now()
    user = request.user
    written = 0
    with transaction.atomic():
        for form in formset.forms:
            data = form.cleaned_data
            if not data:
                continue  # an empty quick row
            draft = formset.drafts.get(data.get("draft"))
            if not data.get("include"):
                if draft is not None:
                    closeout.rows.filter(draft=draft, done_at__isnull=True).delete()
                continue
            if draft is None:
                draft = Draft(
                    owner=user,
                    sender_signature=user.signature,
                    sender_phone=user.phone,
                )
            fields = rows.apply(draft, form, closeout=closeout, now=now)
            if draft._state.adding:
                draft.save()  # its timeline: started, then ready, as in the wizard
            elif not draft.save_if_unchanged(
                expected_version=data.get("version") or draft.version, fields=fields
            ):
                transaction.set_rollback(True)
                messages.warning(
                    request,
                    f"“{draft.display_title}” was changed in another tab, so nothing was saved. "
                    "Check the list below and write the messages again.",
                )
                return None
            CloseOutProcess.objects.get_or_create(closeout=closeout, draft=draft)
            written += 1
    return written


@closeout_view
@require_safe
def checklist(request, closeout):
    checklist = rows.Checklist(closeout)
    return render(request, "closeout/checklist.html", {"closeout": closeout, "list": checklist})


@closeout_view
@require_safe
def call_sheet(request, closeout):
    checklist = rows.Checklist(closeout)
    return render(request, "closeout/call_sheet.html", {"closeout": closeout, "list": checklist})


@closeout_view
@require_safe
def emails_zip(request, closeout):
    """One .eml per email row, in the checklist's order, in one zip."""
    checklist = rows.Checklist(closeout)
    buffer = io.BytesIO()
    now = timezone.now()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, row in enumerate(checklist.emails, start=1):
            name = f"{number:02d}-{file_stem(row.draft)}.eml"
            archive.writestr(name, row.words.eml(from_email=request.user.email, date=now))
    return attachment(
        buffer.getvalue(),
        filename="closing-emails.zip",
        content_type="application/zip",
    )


@row_view
@require_POST
def mark_done(request, row):
    channel = request.POST.get("channel", "")
    if channel not in {member.value for member in Channel}:
        channel = rows.Row(row).channel.value
    with transaction.atomic():
        if row.done_at is None:
            row.draft.mark_done(channel=channel, closed=True)
            row.done_at = row.draft.done_at
            row.done_channel = channel
            row.save(update_fields=["done_at", "done_channel"])
    messages.success(request, f"Done: {row.draft.display_title} is closed.")
    return redirect("closeout:checklist", closeout_id=row.closeout_id)


@row_view
@require_http_methods(["GET", "POST"])
def calendar_reply(request, row):
    draft = row.draft
    form = InvitationForm(
        request.POST or None, request.FILES or None, initial={"email": request.user.email}
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["invitation"]
        try:
            reply = decline_invitation(
                upload.read(),
                attendee_emails=[form.cleaned_data["email"], request.user.email],
                now=timezone.now(),
            )
        except InvitationError as error:
            form.add_error("invitation", str(error))
        else:
            return attachment(
                reply,
                filename=f"decline-{file_stem(draft)}.ics",
                content_type="text/calendar; method=REPLY; charset=utf-8",
            )
    return render(
        request, "closeout/calendar_reply.html", {"row": row, "draft": draft, "form": form}
    )
