"""The last page, "Your message", and everything that leaves the site from it.

The composer writes the words; these views show them, keep the user's edits beside the
generated text, and turn them into a mail link, .eml, .txt, .ics or a printable script.
"""

import dataclasses
from functools import cached_property

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from declinewiz.compose import exports
from declinewiz.compose.etiquette import apply_fix, check_email
from declinewiz.compose.types import Channel, Email
from declinewiz.compose.writer import compose_all, reading
from declinewiz.drafts import steps as wizard
from declinewiz.drafts.access import draft_view
from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.content_cache import kept, key_for
from declinewiz.drafts.message_forms import MessageForm


class Message:
    """The draft's words as they stand: the user's edits where there are any, else generated.

    The words and their etiquette check are kept in the markup cache by all they are made of
    (the composer's reading of the answers, and the boxes' text): opening the page again, its
    print view or a download composes nothing new until an answer changes.
    """

    def __init__(self, draft, *, now=None):
        self.draft = draft
        self.answers = answers_from_draft(draft, now=now)
        # Whatever else is kept is made from these words, so its key starts from theirs.
        self.words_key = key_for("words", reading(self.answers))
        outputs = kept(self.words_key, lambda: compose_all(self.answers))
        self.outputs = dataclasses.replace(outputs, answers=self.answers)
        self.generated_script = exports.script_as_text(self.outputs.phone_script)

    @property
    def channel(self):
        return (
            Channel(self.draft.channel) if self.draft.channel else self.outputs.channel.recommended
        )

    @property
    def generated_email(self):
        # After a call, the email only confirms in writing what was said.
        if self.channel == Channel.PHONE_THEN_EMAIL:
            return self.outputs.phone_script.follow_up_email
        return self.outputs.email

    @property
    def subject(self):
        return self.draft.edited_subject or self.generated_email.subject

    @property
    def body(self):
        return self.draft.edited_body or self.generated_email.body

    @property
    def script(self):
        return self.draft.edited_script or self.generated_script

    @property
    def script_parts(self):
        """The (edited) script in the parts the user separated with blank lines."""
        return [part.strip() for part in self.script.split("\n\n") if part.strip()]

    @property
    def edited(self):
        return bool(self.draft.edited_subject or self.draft.edited_body or self.draft.edited_script)

    @property
    def shows_email(self):
        return self.channel != Channel.PHONE

    @property
    def shows_script(self):
        return self.channel != Channel.EMAIL

    def etiquette_key(self, *, subject, body):
        return key_for("etiquette", (self.words_key, subject, body, self.draft.private_note))

    def etiquette(self, *, subject=None, body=None):
        subject = self.subject if subject is None else subject
        body = self.body if body is None else body
        return kept(
            self.etiquette_key(subject=subject, body=body),
            lambda: check_email(
                body,
                answers=self.answers,
                subject=subject,
                action=self.outputs.action,
                private_note=self.draft.private_note,
            ),
        )

    @cached_property
    def script_key(self):
        """The key of the phone script's markup: the script as composed, or as edited."""
        draft = self.draft
        return key_for("script", (self.words_key, draft.edited_script, draft.contact_phone))

    def fix(self, key, *, subject, body):
        """The one-click fix named `key` among the findings on these words, else None."""
        for finding in self.etiquette(subject=subject, body=body):
            if finding.fix is not None and finding.fix.key == key:
                return finding.fix
        return None

    def mailto(self):
        return exports.mailto_url(to=self.draft.contact_email, subject=self.subject, body=self.body)

    def eml(self, *, from_email, date):
        """The email as it stands, as a .eml message from `from_email` to the contact."""
        draft = self.draft
        return exports.eml_bytes(
            to_name=draft.contact_name,
            to_email=draft.contact_email,
            from_name=draft.sender_name,
            from_email=from_email,
            subject=self.subject,
            body=self.body,
            date=date,
        )


def _not_ready(request, draft):
    step = wizard.first_not_holding(draft)
    if step is None:
        return None
    messages.info(request, f"A few answers are still needed first: {step.short_title}.")
    return redirect("drafts:step", draft_id=draft.id, step=step.name)


@draft_view
@require_http_methods(["GET", "POST"])
def message(request, draft):
    if (response := _not_ready(request, draft)) is not None:
        return response
    words = Message(draft)
    conflict = False
    if request.method == "POST":
        # A fix button of the etiquette check saves the boxes with that one change made.
        intent = "fix" if request.POST.get("fix") else request.POST.get("intent", "save")
        form = MessageForm(request.POST, message=words)
        # Resetting or asking for another wording replaces the words in the boxes, so it works
        # even when they hold something that could not be saved (an emptied email, say).
        replaces_words = intent in ("reset", "variant") and "version" not in form.errors
        if form.is_valid() or replaces_words:
            if form.cleaned_data["version"] != draft.version:
                conflict = True
                form = MessageForm({**request.POST.dict(), "version": draft.version}, message=words)
                form.is_valid()
            elif _apply(request, draft, form, intent, words):
                return redirect("drafts:message", draft_id=draft.id)
            else:
                conflict = True
                draft.refresh_from_db()
                words = Message(draft)
                form = MessageForm({**request.POST.dict(), "version": draft.version}, message=words)
                form.is_valid()
    else:
        form = MessageForm(message=words)
    # The check reads what is in the boxes now, even on a page sent back for another field.
    typed = form.cleaned_data if form.is_bound else {}
    body = typed.get("body", words.body)
    subject = typed.get("subject", words.subject)
    follow_up_on = _follow_up_on(draft)
    # The links out of the page are made of these alone, so they are kept by them.
    made_of = (draft.id, words.channel, words.mailto(), draft.contact_email, draft.owner_id)
    return render(
        request,
        "wizard/message.html",
        {
            "draft": draft,
            "words": words,
            "form": form,
            "etiquette": words.etiquette(subject=subject, body=body),
            "etiquette_key": words.etiquette_key(subject=subject, body=body),
            "conflict": conflict,
            "follow_up_on": follow_up_on,
            "links_key": key_for("links", (*made_of, follow_up_on)),
            # Read only when its fragment is not kept: the fragment is kept by when the
            # timeline last grew, and the time zone its times are shown in.
            "timeline": draft.events.all(),
            "timeline_key": key_for(
                "timeline",
                (draft.id, draft.timeline_changed_at, timezone.get_current_timezone_name()),
            ),
        },
    )


def _keep_edits(draft, data, words):
    """Store the boxes' text as the user's edits; what equals the generated text is no edit."""
    generated = words.generated_email
    draft.edited_subject = "" if data["subject"] == generated.subject else data["subject"]
    draft.edited_body = "" if data["body"] == generated.body else data["body"]
    draft.edited_script = "" if data["script"] == words.generated_script else data["script"]


def _apply(request, draft, form, intent, words):
    """Carry out the button pressed; False when another tab saved first."""
    fields = ["edited_subject", "edited_body", "edited_script"]
    data = form.cleaned_data
    if intent == "reset":
        draft.edited_subject = draft.edited_body = draft.edited_script = ""
        note = "Back to the generated wording. Your edits are cleared."
    elif intent == "variant":
        draft.variant = (draft.variant + 1) % 1000
        if form.is_valid():
            # Typing in the boxes is kept, never thrown away by asking for new words.
            _keep_edits(draft, data, words)
            fields.append("variant")
        else:
            fields = ["variant"]
        note = "Here's another wording."
        if draft.edited_subject or draft.edited_body or draft.edited_script:
            note += " You have edits of your own: “Reset to generated” shows the new wording."
    elif intent == "fix":
        data = dict(data)
        fix = words.fix(request.POST["fix"], subject=data["subject"], body=data["body"])
        if fix is None:
            note = "That suggestion no longer fits the email, so only your changes are saved."
        else:
            data["subject"], data["body"] = apply_fix(
                subject=data["subject"], body=data["body"], fix=fix
            )
            note = f"Done: {fix.label[0].lower()}{fix.label[1:]}. The check below is up to date."
        _keep_edits(draft, data, words)
    else:
        _keep_edits(draft, data, words)
        note = "Your changes are saved."
    if not draft.save_if_unchanged(expected_version=data["version"], fields=fields):
        return False
    messages.success(request, note)
    return True


@draft_view
@require_POST
def mark_done(request, draft):
    if (response := _not_ready(request, draft)) is not None:
        return response
    draft.mark_done(channel=Message(draft).channel)
    messages.success(
        request,
        "Marked as done. If you don't hear back in a few days, a short follow-up is fine.",
    )
    return redirect("drafts:message", draft_id=draft.id)


def _follow_up_on(draft):
    """A few business days after it was sent, or after today until it is: the page and the
    .ics give the same date."""
    sent_on = timezone.localdate(draft.done_at) if draft.done_at else timezone.localdate()
    return exports.follow_up_date(sent_on)


def attachment(content, *, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def file_stem(draft):
    text = f"{draft.company}-{draft.role}".lower()
    stem = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in stem.split("-") if part)[:60] or "message"


def _eml(draft, words):
    from_email = draft.owner.email if draft.owner_id else ""
    content = words.eml(from_email=from_email, date=timezone.now())
    return content, f"{file_stem(draft)}.eml", "message/rfc822"


def _txt(draft, words):
    # The script as the person sees it on the page, edits included.
    text = exports.text_export(
        Email(subject=words.subject, body=words.body),
        words.script if words.shows_script else None,
    )
    return text.encode(), f"{file_stem(draft)}.txt", "text/plain; charset=utf-8"


def _ics(draft, words):
    content = exports.ics_bytes(
        summary=f"Follow up with {draft.contact_name} at {draft.company}",
        description=(
            f"If {draft.contact_name} hasn't replied about the {draft.role} role, "
            "a short, friendly follow-up is fine."
        ),
        start=_follow_up_on(draft),
        uid=f"follow-up-{draft.id}@declinewiz",
        now=timezone.now(),
    )
    return content, f"follow-up-{file_stem(draft)}.ics", "text/calendar"


# What each download is made of: (content, file name, content type) for a draft's words.
DOWNLOADS = {"eml": _eml, "txt": _txt, "ics": _ics}


@draft_view
@require_safe
def download(request, draft, kind):
    if (response := _not_ready(request, draft)) is not None:
        return response
    content, filename, content_type = DOWNLOADS[kind](draft, Message(draft))
    return attachment(content, filename=filename, content_type=content_type)


@draft_view
@require_safe
def print_script(request, draft):
    if (response := _not_ready(request, draft)) is not None:
        return response
    words = Message(draft)
    return render(request, "wizard/print.html", {"draft": draft, "words": words})
