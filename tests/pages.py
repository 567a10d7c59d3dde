"""Every URL of the product in one registry, and every page in each state that matters.

URLS names each URL pattern of the project: the methods it answers, whether a visitor may use
it on a draft held in their session (for a URL that takes a draft or a close-out), and why it
is not a page a person reads, if it is not. url_for() builds any URL of the URLconf, the
admin's too, for an owner and a draft. PAGES lists the pages in their states; the
accessibility, validity and title tests visit them. The ownership matrix and the CSRF test
take their URLs from here, and uncovered_url_names() fails the suite when a URL pattern has no
entry in URLS or a page there has none in PAGES.
"""

import functools
from dataclasses import dataclass, field

from django.contrib.auth.tokens import default_token_generator
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.steps import STEPS
from tests.factories import DraftFactory, UserFactory

ALL_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
READ = ("GET", "HEAD")
FORM = ("GET", "POST")
POST_ONLY = ("POST",)
# Django's own class-based views answer OPTIONS, and PUT where they take a form.
DJANGO_FORM = ("GET", "HEAD", "POST", "PUT", "OPTIONS")
DJANGO_PAGE = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class Route:
    methods: tuple[str, ...]  # every method the URL answers (anything else: 405)
    guests: bool = False  # a visitor may use it on a draft held in their session
    not_page: str = ""  # why it is not a page a person reads: a download, POST only, ...


URLS = {
    "home": Route(READ),
    "healthz": Route(READ, not_page="plain-text health check"),
    "login": Route(DJANGO_FORM),
    "logout": Route(("POST", "OPTIONS"), not_page="POST only, redirects"),
    "password_change": Route(DJANGO_FORM),
    "password_change_done": Route(DJANGO_PAGE),
    "password_reset": Route(DJANGO_FORM),
    "password_reset_done": Route(DJANGO_PAGE),
    # A link is checked and turned into a session before the method is: always a redirect.
    "password_reset_confirm": Route(ALL_METHODS),
    "password_reset_complete": Route(DJANGO_PAGE),
    "accounts:signup": Route(FORM),
    "accounts:profile": Route(FORM),
    "accounts:export": Route(FORM),
    "accounts:delete": Route(FORM),
    "drafts:list": Route(READ),
    "drafts:create": Route(POST_ONLY, not_page="POST only, redirects to the first step"),
    "drafts:resume": Route(READ, guests=True, not_page="redirects to where the person left off"),
    "drafts:rename": Route(FORM),
    "drafts:duplicate": Route(POST_ONLY, not_page="POST only, redirects"),
    "drafts:delete": Route(FORM),
    "drafts:step": Route(FORM, guests=True),
    "drafts:message": Route(FORM, guests=True),
    "drafts:mark-done": Route(POST_ONLY, guests=True, not_page="POST only, redirects"),
    "drafts:download-eml": Route(READ, guests=True, not_page="a file download"),
    "drafts:download-txt": Route(READ, guests=True, not_page="a file download"),
    "drafts:download-ics": Route(READ, guests=True, not_page="a file download"),
    "drafts:print-script": Route(READ, guests=True),
    # Closing out a search: each process is a draft of a close-out, for signed-in people only.
    "closeout:start": Route(FORM),
    "closeout:checklist": Route(READ),
    "closeout:processes": Route(FORM),
    "closeout:call-sheet": Route(READ),
    "closeout:emails-zip": Route(READ, not_page="a file download"),
    "closeout:mark-done": Route(POST_ONLY, not_page="POST only, redirects"),
    "closeout:calendar-reply": Route(FORM),
}


@functools.cache
def url_patterns():
    """{name with namespace: its keyword arguments} of every named URL pattern, the admin's too."""
    return dict(_walk(get_resolver()))


def _walk(resolver, namespace="", arguments=()):
    for entry in resolver.url_patterns:
        inner = (*arguments, *_arguments(entry.pattern))
        if isinstance(entry, URLResolver):
            yield from _walk(
                entry, f"{namespace}{entry.namespace}:" if entry.namespace else namespace, inner
            )
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", inner


def _arguments(pattern):
    """A pattern's keyword arguments: its converters', or a regex's named groups."""
    return tuple({**dict.fromkeys(pattern.regex.groupindex), **pattern.converters})


def all_url_names():
    """The project's own URL names (not Django's admin, which is for staff only)."""
    return {name for name in url_patterns() if not name.startswith("admin:")}


def takes_a_draft(name):
    """Whether the URL is about one draft, or a close-out (whose processes are drafts)."""
    return bool({"draft_id", "closeout_id"} & set(url_patterns()[name]))


def url_for(name, *, owner, draft=None, step="people"):
    """The URL `name` for `owner` and `draft` (a close-out URL: the one holding the draft)."""
    values = {}
    for argument in url_patterns()[name]:
        if argument == "draft_id":
            values[argument] = draft.pk
        elif argument == "closeout_id":
            values[argument] = _closeout_of(owner, draft).pk
        elif argument == "step":
            values[argument] = step
        elif argument == "uidb64":
            values[argument] = urlsafe_base64_encode(force_bytes(owner.pk))
        elif argument == "token":
            values[argument] = default_token_generator.make_token(owner)
        else:
            assert argument in ADMIN_EXAMPLES, f"add an example {argument} to tests/pages.py"
            values[argument] = ADMIN_EXAMPLES[argument](owner)
    return reverse(name, kwargs=values)


# The admin's arguments, for the tests that reach every URL (a superuser's own account).
ADMIN_EXAMPLES = {
    "app_label": lambda owner: "accounts",
    "object_id": lambda owner: str(owner.pk),
    "id": lambda owner: str(owner.pk),
    "content_type_id": lambda owner: 1,
}


def _closeout_of(owner, draft):
    """The close-out holding `draft`: the owner's latest without one, else a new one holding
    it, made by the draft's owner (a visitor's draft: in someone else's close-out)."""
    if draft is None:
        return CloseOut.objects.filter(owner=owner).latest("created_at")
    row = CloseOutProcess.objects.filter(draft=draft).select_related("closeout").first()
    if row is not None:
        return row.closeout
    closeout = CloseOut.objects.create(
        owner=draft.owner or UserFactory(),
        company="Initech",
        role="Staff Engineer",
        sender_name="Sam Lee",
    )
    CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    return closeout


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
    return url_for(page.url_name, owner=owner, draft=draft, step=page.step or "people")


def uncovered_url_names():
    """URL names without an entry in URLS (or entries for URLs that are gone), and pages in
    URLS that no entry in PAGES visits."""
    registered = all_url_names() ^ set(URLS)
    pages = {name for name, route in URLS.items() if not route.not_page}
    unvisited = pages - {page.url_name for page in PAGES}
    return sorted(registered | unvisited)
