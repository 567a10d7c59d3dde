"""Draft pages: the list, creating, renaming, duplicating and deleting drafts, and the wizard.

Views are recipes: get the person's draft (access.draft_view), bind the form, save, render.
"""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declinewiz.drafts import steps as wizard
from declinewiz.drafts.access import draft_view
from declinewiz.drafts.forms import DraftFilterForm, RenameForm
from declinewiz.drafts.models import Draft
from declinewiz.drafts.ownership import guest_token
from declinewiz.drafts.steps.people import PeopleForm

DRAFTS_PER_PAGE = 20
UNSAVED_KEY = "unsaved_steps"


@login_required
@require_safe
def draft_list(request):
    filters = DraftFilterForm(request.GET or None)
    drafts = filters.filter(Draft.objects.owned_by(request.user)).only(
        "id", "title", "company", "role", "status", "updated_at"
    )
    page = DraftPage(drafts, _page_number(request.GET.get("page")))
    # A page past the end says so (and links to the first) rather than showing another page.
    past_end = page.number if not page.object_list and page.number > 1 else None
    # No match in a search, or no drafts at all: the empty states say different things.
    has_any = bool(page.object_list) or (
        (filters.is_bound or past_end) and Draft.objects.owned_by(request.user).exists()
    )
    return render(
        request,
        "drafts/list.html",
        {
            "page": page,
            "past_end": past_end,
            "filters": filters,
            "filter_query": _filter_query(filters),
            "has_any": has_any,
        },
    )


class DraftPage:
    """One page of drafts, read with one query and no COUNT: one draft more than a page holds
    says whether there is a next page. (Django's Paginator counts every matching draft first,
    which grows with the list; nothing here shows the total.) The names are those of Django's
    Page, which the template was written for."""

    def __init__(self, drafts, number, *, per_page=DRAFTS_PER_PAGE):
        self.number, self.per_page = number, per_page
        start = (number - 1) * per_page
        # A page number no database takes as an OFFSET is past the end of any list.
        rows = list(drafts[start : start + per_page + 1]) if start < 2**31 else []
        self.object_list = rows[:per_page]
        self._more = len(rows) > per_page

    def has_next(self):
        return self._more

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next() or self.has_previous()

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def start_index(self):
        return (self.number - 1) * self.per_page + 1

    def end_index(self):
        return self.start_index() + len(self.object_list) - 1


def _page_number(text):
    """The page asked for: page 1 unless `text` is a whole number from 1 on."""
    try:
        return max(int(text), 1)
    except (TypeError, ValueError):
        return 1


def _filter_query(filters):
    """The search as a query string for the page links to keep ("" when there is none)."""
    if not filters.is_bound:
        return ""
    return "&".join(f"{name}={quote(filters.data.get(name, ''))}" for name in ("q", "status"))


@require_POST
def draft_create(request):
    draft = Draft()
    user = request.user
    if user.is_authenticated:
        draft.owner = user
        draft.sender_name = user.display_name
        draft.sender_signature = user.signature
        draft.sender_phone = user.phone
    else:
        draft.guest_token = guest_token(request.session, create=True)
    draft.save()
    return redirect("drafts:step", draft_id=draft.id, step=wizard.FIRST.name)


@draft_view
@require_safe
def draft_resume(request, draft):
    """Back to where the person left off: the first unanswered step, or the message."""
    step = wizard.first_not_holding(draft)
    if step is not None:
        return redirect("drafts:step", draft_id=draft.id, step=step.name)
    if draft.status == Draft.Status.IN_PROGRESS:
        return redirect("drafts:step", draft_id=draft.id, step=wizard.CHECK.name)
    return redirect("drafts:message", draft_id=draft.id)


@draft_view(guests=False)
@require_http_methods(["GET", "POST"])
def draft_rename(request, draft):
    form = RenameForm(request.POST or None, instance=draft)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Renamed to “{draft.display_title}”.")
        return redirect("drafts:list")
    return render(request, "drafts/rename.html", {"draft": draft, "form": form})


# A copy keeps the people and the reasons; the situation is new.
DUPLICATED_FIELDS = (*PeopleForm.FIELDS, "reasons", "reasons_done", "private_note")


@draft_view(guests=False)
@require_POST
def draft_duplicate(request, draft):
    """A new draft for a new situation with the same people and reasons."""
    copy = Draft(owner=request.user, title=f"Copy of {draft.display_title}"[:200])
    for name in DUPLICATED_FIELDS:
        setattr(copy, name, getattr(draft, name))
    copy.save()
    messages.success(request, "Draft copied. Tell us about the new situation.")
    return redirect("drafts:step", draft_id=copy.id, step=wizard.FIRST.name)


@draft_view(guests=False)
@require_http_methods(["GET", "POST"])
def draft_delete(request, draft):
    if request.method == "POST":
        title = draft.display_title
        draft.delete()
        messages.success(request, f"Deleted “{title}”.")
        return redirect("drafts:list")
    return render(request, "drafts/delete.html", {"draft": draft})


@draft_view
@require_http_methods(["GET", "POST"])
def wizard_step(request, draft, step):
    step = wizard.STEPS_BY_NAME.get(step)
    if step is None:
        raise Http404("No such step.")
    if not step.applies(draft):
        # Skipped for this draft: move on in the direction of travel.
        return redirect(_next_url(request, draft, step))
    recommendation = step.recommend(draft)
    recommended = recommendation.choice if recommendation else None
    unsaved = request.session.get(UNSAVED_KEY, {}).get(f"{draft.id}:{step.name}")
    conflict = None

    if request.method == "POST":
        form = step.form_class(request.POST, draft=draft, recommended=recommended)
        going_back = request.POST.get("nav") == "back"
        if form.is_valid():
            if form.cleaned_data.get("version") not in (None, draft.version):
                # Another tab saved since this page was opened: show both, save nothing yet.
                # Continuing again from here keeps this page's answers.
                conflict = _saved_snapshot(draft, form)
                data = request.POST.copy()
                data["version"] = draft.version
                form = step.form_class(data, draft=draft, recommended=recommended)
                form.is_valid()
            else:
                return _save_step(request, draft, step, form, going_back=going_back)
        elif going_back:
            # Keep what was typed, even if it does not validate yet; it is shown on return.
            _remember_unsaved(request, draft, step, request.POST)
            previous, _ = wizard.neighbours(draft, step)
            return redirect(_step_url(draft, previous) if previous else draft_home(draft))
    elif unsaved:
        # What was typed before leaving, shown again as it was typed but not judged: nobody has
        # pressed Continue on this page yet, so it shows no errors. (The form's version is the
        # draft's now, or saving another step in between would look like another tab's save.)
        form = step.form_class(draft=draft, recommended=recommended)
        form.initial.update(_typed_values(form, _kept_input(unsaved)))
    else:
        form = step.form_class(draft=draft, recommended=recommended)

    number, total = wizard.position(draft, step)
    previous, _ = wizard.neighbours(draft, step)
    return render(
        request,
        step.template,
        {
            "draft": draft,
            "step": step,
            "form": form,
            "recommendation": recommendation,
            "number": number,
            "total": total,
            "previous": previous,
            "return_to": request.GET.get("return") or request.POST.get("return", ""),
            "conflict": conflict,
            **step.context(draft),
        },
    )


def draft_home(draft):
    return reverse("drafts:list") if draft.owner_id else reverse("home")


def _step_url(draft, step, *, return_to=""):
    url = reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step.name})
    return f"{url}?return={return_to}" if return_to else url


def _next_url(request, draft, step):
    returning = wizard.CHECK.name
    if returning in (request.GET.get("return"), request.POST.get("return")):
        missing = wizard.first_not_holding(draft)
        if missing is not None and missing.name != step.name:
            return _step_url(draft, missing, return_to=returning)
        return _step_url(draft, wizard.CHECK)
    _, following = wizard.neighbours(draft, step)
    if following is None:
        return reverse("drafts:message", kwargs={"draft_id": draft.id})
    return _step_url(draft, following)


def _remember_unsaved(request, draft, step, data):
    unsaved = request.session.get(UNSAVED_KEY, {})
    # Every value of every field, as sent: rebound, the form reads them as it read the POST.
    unsaved[f"{draft.id}:{step.name}"] = {
        key: values for key, values in data.lists() if key not in ("csrfmiddlewaretoken", "nav")
    }
    request.session[UNSAVED_KEY] = unsaved


def _kept_input(unsaved):
    # Input kept before every value was a list holds single values as plain strings.
    return MultiValueDict(
        {key: values if isinstance(values, list) else [values] for key, values in unsaved.items()}
    )


def _typed_values(form, data):
    """Each field's typed value, read by its own widget (one value, or a list for checkboxes)."""
    return {
        name: field.widget.value_from_datadict(data, {}, form.add_prefix(name))
        for name, field in form.fields.items()
        if name != "version" and form.add_prefix(name) in data
    }


def _forget_unsaved(request, draft, step):
    unsaved = request.session.get(UNSAVED_KEY)
    if unsaved and unsaved.pop(f"{draft.id}:{step.name}", None) is not None:
        request.session[UNSAVED_KEY] = unsaved


def _saved_snapshot(draft, form):
    """What the other tab saved (the draft as loaded now), for the fields of this step."""
    return [
        (field.label, getattr(draft, name))
        for name, field in form.fields.items()
        if name != "version" and hasattr(draft, name)
    ]


def _save_step(request, draft, step, form, *, going_back):
    if going_back and step.confirms_all:
        # Check your answers has nothing to save, and Back is not a confirmation: only
        # Continue marks the draft ready.
        previous, _ = wizard.neighbours(draft, step)
        return redirect(_step_url(draft, previous) if previous else draft_home(draft))
    expected = draft.version
    with transaction.atomic():
        fields = form.save()
        fields += wizard.clear_stale_answers(draft)
        if step.confirms_all:
            missing = wizard.first_not_holding(draft)
            if missing is not None:
                messages.warning(request, f"One answer needs another look: {missing.short_title}.")
                return redirect(_step_url(draft, missing, return_to=step.name))
        saved = draft.save_if_unchanged(expected_version=expected, fields=set(fields))
    if not saved:
        _remember_unsaved(request, draft, step, request.POST)
        messages.warning(
            request,
            "This draft was changed in another tab or window, so your answers here were not "
            "saved. Check the page and continue again to keep yours.",
        )
        return redirect(_step_url(draft, step))
    _forget_unsaved(request, draft, step)
    if going_back:
        previous, _ = wizard.neighbours(draft, step)
        return redirect(_step_url(draft, previous) if previous else draft_home(draft))
    if step.confirms_all:
        messages.success(request, "Your answers are saved. Here is your message.")
        return redirect("drafts:message", draft_id=draft.id)
    return redirect(_next_url(request, draft, step))
