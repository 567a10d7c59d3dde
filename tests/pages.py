"""Every page of the product, in each state that matters, in one place.

The accessibility, validity and title tests visit these pages; `uncovered_url_names()` fails
the suite when a URL pattern has neither a page here nor a reason in NOT_PAGES.
"""

from dataclasses import dataclass, field

from django.contrib.auth.tokens import default_token_generator
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.steps import STEPS
from tests.factories import DraftFactory

# URL names that are not pages a person reads: downloads, POST-only actions, redirects.
NOT_PAGES = {
    "healthz": "plain-text health check",
    "logout": "POST only, redirects",
    "drafts:create": "POST only, redirects to the first step",
    "drafts:resume": "redirects to where the person left off",
    "drafts:duplicate": "POST only, redirects",
    "drafts:mark-done": "POST only, redirects",
    "drafts:download-eml": "a file download",
    "drafts:download-txt": "a file download",
    "drafts:download-ics": "a file download",
    "closeout:emails-zip": "a file download",
    "closeout:mark-done": "POST only, redirects",
}


@dataclass(frozen=True)
class Page:
    name: str  # unique, readable: "step situation (errors)"
    url_name: str
    who: str = "anonymous"  # "anonymous" or "owner"
    state: str = "ready"  # which draft the page is about: "new", "ready", "reschedule", ...
    post: dict | None = field(default=None)  # submit this to show the page with errors
    step: str = ""


def _pages():
    pages = [
        Page("home", "home"),
        Page("sign in", "login"),
        Page("sign in (errors)", "login", post={"username": "nobody", "password": ""}),
        Page("sign up", "accounts:signup"),
        Page("sign up (errors)", "accounts:signup", post={"email": "not an email"}),
        Page("password reset", "password_reset"),
        Page("password reset (errors)", "password_reset", post={"email": "not an email"}),
        Page("password reset sent", "password_reset_done"),
        Page("password reset link", "password_reset_confirm", who="owner"),
        Page("password reset complete", "password_reset_complete"),
        Page("password change", "password_change", who="owner"),
        Page(
            "password change (errors)",
            "password_change",
            who="owner",
            post={"old_password": "not my password"},
        ),
        Page("password change done", "password_change_done", who="owner"),
        Page("profile", "accounts:profile", who="owner"),
        Page("download my data", "accounts:export", who="owner"),
        Page("delete account", "accounts:delete", who="owner"),
        Page(
            "delete account (errors)",
            "accounts:delete",
            who="owner",
            post={"password": "not my password"},
        ),
        Page("drafts list (empty)", "drafts:list", who="owner", state="none"),
        Page("drafts list (full)", "drafts:list", who="owner"),
        Page("rename draft", "drafts:rename", who="owner"),
        Page("delete draft", "drafts:delete", who="owner"),
        Page("your message", "drafts:message", who="owner"),
        Page("your message (phone)", "drafts:message", who="owner", state="phone"),
        # Edited into a message the etiquette check has something to say about.
        Page("your message (etiquette findings)", "drafts:message", who="owner", state="edited"),
        Page(
            "your message (errors)",
            "drafts:message",
            who="owner",
            post={"subject": "", "body": ""},
        ),
        Page("print phone script", "drafts:print-script", who="owner", state="phone"),
        Page("accepted an offer", "closeout:start", who="owner"),
        Page("accepted an offer (errors)", "closeout:start", who="owner", post={"company": ""}),
        Page("processes to close", "closeout:processes", who="owner", state="closeout"),
        Page(
            "processes to close (errors)",
            "closeout:processes",
            who="owner",
            state="closeout",
            post={"processes-0-include": "on", "processes-0-company": "Hooli"},
        ),
        Page("close-out checklist", "closeout:checklist", who="owner", state="closeout"),
        Page(
            "close-out checklist (nothing yet)",
            "closeout:checklist",
            who="owner",
            state="closeout-empty",
        ),
        Page("close-out checklist (all done)", "closeout:checklist", "owner", "closeout-done"),
        Page("call sheet", "closeout:call-sheet", who="owner", state="closeout"),
        Page("decline in the calendar", "closeout:calendar-reply", who="owner", state="closeout"),
        Page(
            "decline in the calendar (errors)",
            "closeout:calendar-reply",
            who="owner",
            state="closeout",
            post={"email": "not an email"},
        ),
    ]
    for step in STEPS:
        state = "reschedule" if step.name == "tone" else "phone"
        pages.append(Page(f"step {step.name}", "drafts:step", "owner", state, step=step.name))
    error_posts = {
        "situation": {"stage": "scheduled", "interview_date": "not a date"},
        "people": {"company": ""},
        "advice": {"action": "decline"},
        "channel": {"channel": ""},
        "tone": {"tone": ""},
    }
    for name, data in error_posts.items():
        pages.append(
            Page(f"step {name} (errors)", "drafts:step", "owner", "phone", post=data, step=name)
        )
    return pages


PAGES = _pages()


def make_draft(owner, state):
    if state == "none":
        return None
    if state.startswith("closeout"):
        return _closeout_draft(owner, state)
    draft = DraftFactory(owner=owner, ready=True, contact_phone="+44 20 7946 0000", channel="email")
    if state == "phone":
        draft.channel = "phone_then_email"
        draft.save()
    elif state == "edited":
        draft.edited_body = "Hi [Name],\n\nSorry, so sorry, I can't come. Your reviews are awful.\n"
        draft.save()
    elif state == "reschedule":
        draft.action = "reschedule"
        draft.alternative_times = [
            "2030-03-03T10:00:00+00:00",
            "2030-03-04T15:30:00+00:00",
        ]
        draft.save()
    return draft


def _closeout_draft(owner, state):
    """A close-out of a booked interview (to call) and an email, or of nothing yet."""
    closeout = CloseOut.objects.create(
        owner=owner, company="Initech", role="Staff Engineer", sender_name="Sam Lee"
    )
    if state == "closeout-empty":
        return None
    call = DraftFactory(owner=owner, ready=True, scheduled=True, contact_phone="+44 20 7946 0000")
    call.channel = "phone_then_email"
    call.save()
    email = DraftFactory(owner=owner, ready=True, stage="cold_outreach", company="Hooli")
    for draft in (call, email):
        row = CloseOutProcess.objects.create(closeout=closeout, draft=draft)
        if state == "closeout-done":
            draft.mark_done(channel=draft.channel or "email", closed=True)
            row.done_at, row.done_channel = draft.done_at, draft.channel or "email"
            row.save()
    return call


def page_url(page, *, owner, draft):
    if page.url_name.startswith("closeout:") and page.url_name != "closeout:start":
        closeout = CloseOut.objects.filter(owner=owner).latest("created_at")
        kwargs = {"closeout_id": closeout.id}
        if page.url_name == "closeout:calendar-reply":
            kwargs["draft_id"] = draft.id
        return reverse(page.url_name, kwargs=kwargs)
    if page.url_name == "password_reset_confirm":
        uid = urlsafe_base64_encode(force_bytes(owner.pk))
        token = default_token_generator.make_token(owner)
        return reverse(page.url_name, kwargs={"uidb64": uid, "token": token})
    if page.step:
        return reverse(page.url_name, kwargs={"draft_id": draft.id, "step": page.step})
    if page.url_name.startswith("drafts:") and page.url_name != "drafts:list":
        return reverse(page.url_name, kwargs={"draft_id": draft.id})
    return reverse(page.url_name)


def all_url_names():
    names = set()

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue  # Django's own admin, for staff only
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}{pattern.name}")

    walk(get_resolver().url_patterns)
    return names


def uncovered_url_names():
    covered = {page.url_name for page in PAGES} | set(NOT_PAGES)
    return sorted(all_url_names() - covered)
