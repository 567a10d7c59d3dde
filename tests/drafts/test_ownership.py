"""Every draft URL, for every kind of person: the owner, another account, a visitor, a guest.

VIEWS is the table of draft URLs. It must name every URL pattern in declinewiz.drafts.urls
(and every wizard step): a new draft URL without an entry here fails
test_every_draft_url_is_in_the_table, so nobody adds a page without its ownership tests.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, resolve, reverse
from django.utils.html import escape

from declinewiz.drafts import steps as wizard
from declinewiz.drafts import urls as draft_urls
from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory, draft_with_every_step


@dataclass(frozen=True)
class DraftView:
    pattern: str  # the URL name in the drafts app
    method: str  # the request that uses the view: "get" or "post"
    owner_status: int  # what the owner gets for a fully answered draft: a page or a redirect
    step: str = ""  # for drafts:step
    data: dict = field(default_factory=dict)  # what the owner's POST sends
    takes_draft: bool = True
    guests: bool = False  # a visitor may use it for the draft held in their session

    @property
    def id(self):
        return f"{self.pattern}:{self.step}" if self.step else self.pattern

    def url(self, draft=None):
        kwargs = {}
        if self.takes_draft:
            kwargs["draft_id"] = draft.id
        if self.step:
            kwargs["step"] = self.step
        return reverse(f"drafts:{self.pattern}", kwargs=kwargs)


VIEWS = [
    DraftView("list", "get", 200, takes_draft=False),
    DraftView("create", "post", 302, takes_draft=False, guests=True),
    DraftView("resume", "get", 302, guests=True),
    DraftView("rename", "get", 200),
    DraftView("rename", "post", 302, data={"title": "Kept for later"}),
    DraftView("duplicate", "post", 302),
    DraftView("delete", "get", 200),
    DraftView("delete", "post", 302),
    *(DraftView("step", "get", 200, step=step.name, guests=True) for step in wizard.STEPS),
    DraftView("message", "get", 200, guests=True),
    DraftView("mark-done", "post", 302, guests=True),
    DraftView("download-eml", "get", 200, guests=True),
    DraftView("download-txt", "get", 200, guests=True),
    DraftView("download-ics", "get", 200, guests=True),
    DraftView("print-script", "get", 200, guests=True),
]
DRAFT_VIEWS = [view for view in VIEWS if view.takes_draft]
STEP_VIEWS = [view for view in VIEWS if view.pattern == "step"]


def view_id(view):
    return f"{view.method}-{view.id}"


def _pattern_names(patterns):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _pattern_names(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            yield entry.name


def test_every_draft_url_is_in_the_table():
    covered = {view.pattern for view in VIEWS}
    uncovered = sorted(set(_pattern_names(draft_urls.urlpatterns)) - covered)
    assert not uncovered, (
        "These drafts URL patterns have no entry in tests/drafts/test_ownership.py VIEWS, so nothing "
        f"proves a stranger gets 404 and a visitor must sign in: {', '.join(uncovered)}"
    )
    steps_covered = {view.step for view in STEP_VIEWS}
    missing_steps = sorted({step.name for step in wizard.STEPS} - steps_covered)
    assert not missing_steps, f"Wizard steps missing from VIEWS: {', '.join(missing_steps)}"


@pytest.fixture
def owned(owner):
    return draft_with_every_step(owner=owner, title="Owner's secret draft")


def snapshot(draft):
    """What must not change when someone is refused."""
    return Draft.objects.filter(pk=draft.pk).values("title", "version", "owner", "status").get()


def assert_sent_to_sign_in(response, path):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("login")
    assert parse_qs(location.query) == {"next": [path]}


def send(client, view, draft=None, **extra):
    url = view.url(draft)
    if view.method == "get":
        return client.get(url, **extra)
    return client.post(url, view.data, **extra)


# The owner ----------------------------------------------------------------------------------


def test_owner_sees_the_list_with_their_draft(owner_client, owned):
    response = owner_client.get(reverse("drafts:list"))
    assert response.status_code == 200
    assert "Owner&#x27;s secret draft" in response.content.decode()


def test_owner_creates_a_draft_and_lands_on_the_first_step(owner_client, owner):
    response = owner_client.post(reverse("drafts:create"))
    draft = Draft.objects.get(owner=owner)
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": draft.id, "step": "situation"}
    )


def test_owner_resumes_their_draft(owner_client, owner):
    draft = DraftFactory(owner=owner)  # situation and people answered, reasons not yet
    response = owner_client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": draft.id, "step": "reasons"}
    )


def test_owner_opens_the_rename_and_delete_pages(owner_client, owned):
    for name in ("rename", "delete"):
        response = owner_client.get(reverse(f"drafts:{name}", kwargs={"draft_id": owned.id}))
        assert response.status_code == 200
        assert "Owner&#x27;s secret draft" in response.content.decode()


def test_owner_renames_duplicates_and_deletes(owner_client, owner, owned):
    kwargs = {"draft_id": owned.id}
    assert owner_client.post(reverse("drafts:rename", kwargs=kwargs), {"title": "Later"})[
        "Location"
    ] == reverse("drafts:list")
    owned.refresh_from_db()
    assert owned.title == "Later"

    response = owner_client.post(reverse("drafts:duplicate", kwargs=kwargs))
    copy = Draft.objects.exclude(pk=owned.pk).get(owner=owner)
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": copy.id, "step": "situation"}
    )

    assert owner_client.post(reverse("drafts:delete", kwargs=kwargs))["Location"] == reverse(
        "drafts:list"
    )
    assert not Draft.objects.filter(pk=owned.pk).exists()


@pytest.mark.parametrize("view", STEP_VIEWS, ids=view_id)
def test_owner_opens_every_wizard_step(owner_client, owned, view):
    response = owner_client.get(view.url(owned))
    assert response.status_code == 200
    step = wizard.STEPS_BY_NAME[view.step]
    # The heading stands alone, or is the legend of the page's one question.
    heading = rf"<h1[^>]*>\s*{re.escape(escape(step.title))}\s*</h1>"
    assert re.search(heading, response.content.decode())


@pytest.mark.parametrize("view", VIEWS, ids=view_id)
def test_the_owner_succeeds(owner_client, owned, view):
    response = send(owner_client, view, owned)
    assert response.status_code == view.owner_status
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path != reverse("login")


# Another account ----------------------------------------------------------------------------


@pytest.mark.parametrize("view", DRAFT_VIEWS, ids=view_id)
def test_another_account_gets_404(stranger_client, owned, view):
    before = snapshot(owned)
    response = send(stranger_client, view, owned)
    assert response.status_code == 404
    assert b"Owner&#x27;s secret draft" not in response.content
    assert snapshot(owned) == before


@pytest.mark.parametrize("view", STEP_VIEWS, ids=view_id)
def test_another_account_cannot_post_to_a_step(stranger_client, owned, view):
    before = snapshot(owned)
    response = stranger_client.post(view.url(owned), {"company": "Hijacked", "nav": "next"})
    assert response.status_code == 404
    assert snapshot(owned) == before
    assert Draft.objects.get(pk=owned.pk).company != "Hijacked"


def test_another_accounts_list_does_not_show_the_draft(stranger_client, owned):
    response = stranger_client.get(reverse("drafts:list"))
    assert response.status_code == 200
    assert b"Owner&#x27;s secret draft" not in response.content
    assert str(owned.id).encode() not in response.content


# A visitor (not signed in) ------------------------------------------------------------------


@pytest.mark.parametrize("view", [v for v in VIEWS if not v.guests or v.takes_draft], ids=view_id)
def test_a_visitor_is_sent_to_sign_in(client, owned, view):
    before = snapshot(owned)
    response = send(client, view, owned)
    assert_sent_to_sign_in(response, view.url(owned))
    assert snapshot(owned) == before


def test_ids_of_the_visitor_cases_are_unique():
    # pytest would silently merge two table rows with the same id.
    assert len({view_id(view) for view in VIEWS}) == len(VIEWS)


# Guest mode: a visitor's own draft, held in their session ------------------------------------


def test_a_visitor_can_start_a_draft(client, db):
    response = client.post(reverse("drafts:create"))
    draft = Draft.objects.get()
    assert draft.owner is None
    assert draft.guest_token
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": draft.id, "step": "situation"}
    )


@pytest.mark.parametrize("view", STEP_VIEWS, ids=view_id)
def test_a_visitor_uses_the_wizard_for_their_own_draft(client, guest_draft, view):
    # A fresh guest draft has no answers: steps that apply show, the others move on.
    response = client.get(view.url(guest_draft))
    step = wizard.STEPS_BY_NAME[view.step]
    if step.applies(guest_draft):
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert resolve(urlsplit(response["Location"]).path).kwargs["draft_id"] == guest_draft.id


def test_a_visitor_saves_a_step_of_their_own_draft(client, guest_draft):
    response = client.post(
        reverse("drafts:step", kwargs={"draft_id": guest_draft.id, "step": "situation"}),
        {"stage": "invited", "time_zone": "Europe/London", "nav": "next"},
    )
    assert response.status_code == 302
    guest_draft.refresh_from_db()
    assert guest_draft.stage == "invited"


def test_a_visitor_resumes_their_own_draft(client, guest_draft):
    response = client.get(reverse("drafts:resume", kwargs={"draft_id": guest_draft.id}))
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": guest_draft.id, "step": "situation"}
    )


GUEST_DRAFT_VIEWS = [v for v in DRAFT_VIEWS if v.guests]


@pytest.mark.parametrize("view", GUEST_DRAFT_VIEWS, ids=view_id)
def test_another_visitor_is_sent_to_sign_in_for_a_guest_draft(guest_draft, another_visitor, view):
    another_visitor.post(reverse("drafts:create"))  # holds a guest draft of their own
    response = send(another_visitor, view, guest_draft)
    assert_sent_to_sign_in(response, view.url(guest_draft))


@pytest.mark.parametrize("view", DRAFT_VIEWS, ids=view_id)
def test_a_signed_in_stranger_gets_404_for_a_guest_draft(guest_draft, stranger, view):
    stranger_browser = Client()
    stranger_browser.force_login(stranger)
    response = send(stranger_browser, view, guest_draft)
    assert response.status_code == 404
    assert Draft.objects.filter(pk=guest_draft.pk, owner=None).exists()


@pytest.mark.parametrize(
    "view", [v for v in DRAFT_VIEWS if not v.guests and v.pattern != "message"], ids=view_id
)
def test_managing_a_draft_needs_an_account_even_for_its_guest(client, guest_draft, view):
    response = send(client, view, guest_draft)
    assert_sent_to_sign_in(response, view.url(guest_draft))
    assert Draft.objects.filter(pk=guest_draft.pk, title="").exists()


def test_a_guest_draft_never_appears_in_a_signed_in_list(guest_draft, stranger_client):
    guest_draft.company = "Guest Company Ltd"
    guest_draft.save()
    response = stranger_client.get(reverse("drafts:list"))
    assert b"Guest Company Ltd" not in response.content


# CSRF: every change needs the token -----------------------------------------------------------


@pytest.fixture
def csrf_client(owner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    return browser


# Every URL, whatever method its view takes: the CSRF check comes before the view.
POST_VIEWS = list(
    {
        view.id: DraftView(view.pattern, "post", 302, step=view.step, takes_draft=view.takes_draft)
        for view in VIEWS
    }.values()
)


@pytest.mark.parametrize("view", POST_VIEWS, ids=view_id)
def test_a_post_without_the_csrf_token_is_refused(csrf_client, owner, owned, view):
    before = snapshot(owned)
    drafts_before = Draft.objects.count()
    response = send(csrf_client, view, owned)
    assert response.status_code == 403
    assert snapshot(owned) == before
    assert Draft.objects.count() == drafts_before


@pytest.mark.parametrize("view", POST_VIEWS, ids=view_id)
def test_the_same_post_with_the_csrf_token_goes_through(csrf_client, owned, view):
    # The control for the test above: it is the missing token that is refused.
    csrf_client.get(reverse("home"))
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(
        view.url(owned), {**view.data, "csrfmiddlewaretoken": token, "nav": "next"}
    )
    assert response.status_code != 403


def test_a_visitor_post_without_the_csrf_token_is_refused(db):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(reverse("drafts:create"))
    assert response.status_code == 403
    assert not Draft.objects.exists()
