"""CSRF on every change: every URL of the project refuses an unsafe method without a token.

The URLs are enumerated from the URLconf (tests/pages.py builds each), not listed, so a new view that forgets its protection (or is marked
csrf_exempt) fails here. Unsafe methods are refused before the view runs, so even a URL that
would answer 405 must answer 403 first: nothing of the view is reached without a token.
"""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DraftFactory, UserFactory
from tests.pages import url_for, url_patterns

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


@pytest.fixture
def staff(db):
    # A superuser reaches every view, the admin's too; their draft fills in any draft_id.
    return UserFactory(email="staff@example.com", is_staff=True, is_superuser=True)


def every_url(*, draft, user):
    """Every named URL of the URLconf, the admin's too (its catch-all is reached through them)."""
    return {name: url_for(name, owner=user, draft=draft) for name in url_patterns()}


def test_every_unsafe_request_without_a_token_is_refused(staff):
    draft = DraftFactory(owner=staff, ready=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    urls = every_url(draft=draft, user=staff)
    assert {"drafts:message", "drafts:step", "login", "accounts:delete"} <= set(urls)
    refused = {}
    for name, url in sorted(urls.items()):
        for method in UNSAFE:
            response = getattr(client, method.lower())(url, {"title": "Changed"})
            refused[(name, method)] = response.status_code
            if response.status_code == 403:
                assert b"CSRF verification failed" in response.content, (name, method)
    not_refused = {case: status for case, status in refused.items() if status != 403}
    assert not not_refused, f"unsafe requests accepted without a CSRF token: {not_refused}"
    draft.refresh_from_db()
    assert draft.title == ""
    assert staff.drafts.count() == 1


def test_the_same_change_with_the_token_goes_through(staff):
    """The control: the 403s above are about the token, not about the request."""
    draft = DraftFactory(owner=staff)
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    url = reverse("drafts:rename", kwargs={"draft_id": draft.pk})
    page = client.get(url)
    token = page.context["csrf_token"]
    response = client.post(url, {"title": "Changed", "csrfmiddlewaretoken": str(token)})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Changed"


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/accounts/login/", {"username": "owner@example.com", "password": "x"}),
        ("/accounts/signup/", {"email": "new@example.com"}),
        ("/accounts/password/reset/", {"email": "owner@example.com"}),
        ("/drafts/new/", {}),
    ],
)
def test_a_visitor_cannot_be_made_to_sign_in_sign_up_or_start_a_draft(db, url, data):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, data)
    assert response.status_code == 403
    assert b"CSRF verification failed" in response.content
