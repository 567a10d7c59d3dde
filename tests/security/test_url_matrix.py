"""The guard on every draft URL, and the methods of every URL, from the one registry.

tests/drafts/test_ownership.py checks each view by hand. This file takes every URL from
tests/pages.py URLS, whose coverage test fails when a URL pattern has no entry there: every URL
answers exactly the methods its entry lists, and for every URL that takes a draft (or a
close-out, whose processes are drafts) and each of its methods, the owner gets the page,
another account gets 404, a visitor is sent to sign in, and a visitor's draft is invisible to
every other session.
"""

import pytest
from django.test import Client
from django.urls import reverse

from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory
from tests.pages import ALL_METHODS, URLS, takes_a_draft, url_for

DRAFT_URLS = {name: route for name, route in URLS.items() if takes_a_draft(name)}
CASES = [(name, method) for name, route in DRAFT_URLS.items() for method in route.methods]


def test_the_registry_finds_the_draft_urls():
    assert {"drafts:step", "drafts:message", "closeout:calendar-reply"} <= set(DRAFT_URLS)
    assert "drafts:list" not in DRAFT_URLS


def request(client, method, url):
    return getattr(client, method.lower())(url)


def ready_draft_for(**kwargs):
    return DraftFactory(ready=True, contact_phone="+44 20 7946 0000", channel="email", **kwargs)


def assert_served(response):
    """The person may use it: a page, a download, or a redirect that is not to sign in."""
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 302:
        assert not response["Location"].startswith(reverse("login")), response["Location"]


def assert_sent_to_sign_in(response):
    assert response.status_code == 302, response.status_code
    assert response["Location"].startswith(reverse("login") + "?next=")


@pytest.mark.parametrize("name", URLS)
def test_the_registry_lists_exactly_the_methods_each_url_accepts(owner_client, owner, name):
    accepted = set()
    for method in ALL_METHODS:
        # A POST may have deleted or changed the draft, or signed out: each method starts anew.
        owner_client.force_login(owner)
        url = url_for(name, owner=owner, draft=ready_draft_for(owner=owner))
        response = request(owner_client, method, url)
        assert response.status_code != 500
        if response.status_code != 405:
            accepted.add(method)
    assert accepted == set(URLS[name].methods)


@pytest.mark.parametrize(("name", "method"), CASES)
def test_the_owner_may_use_it(owner_client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    assert_served(request(owner_client, method, url_for(name, owner=owner, draft=draft)))


@pytest.mark.parametrize(("name", "method"), CASES)
def test_another_account_gets_404_and_changes_nothing(stranger_client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    before = Draft.objects.filter(pk=draft.pk).values().get()
    drafts = Draft.objects.count()
    response = request(stranger_client, method, url_for(name, owner=owner, draft=draft))
    assert response.status_code == 404
    assert Draft.objects.filter(pk=draft.pk).values().get() == before
    assert Draft.objects.count() == drafts


@pytest.mark.parametrize(("name", "method"), CASES)
def test_a_visitor_is_sent_to_sign_in(client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    before = Draft.objects.filter(pk=draft.pk).values().get()
    assert_sent_to_sign_in(request(client, method, url_for(name, owner=owner, draft=draft)))
    assert Draft.objects.filter(pk=draft.pk).values().get() == before


def _guest_ready_draft(client):
    """A fully answered draft held in this visitor's session only."""
    client.post(reverse("drafts:create"))
    token = client.session["guest_token"]
    draft = Draft.objects.get(guest_token=token)
    answers = ready_draft_for(owner=None)
    fields = {
        field.name: getattr(answers, field.name)
        for field in Draft._meta.concrete_fields
        if field.name not in ("id", "owner", "guest_token", "created_at", "updated_at")
    }
    answers.delete()
    Draft.objects.filter(pk=draft.pk).update(**fields)
    return draft


@pytest.mark.parametrize(("name", "method"), CASES)
def test_a_guest_draft_is_invisible_to_every_other_session(client, stranger, db, name, method):
    draft = _guest_ready_draft(client)
    before = Draft.objects.filter(pk=draft.pk).values().get()
    url = url_for(name, owner=None, draft=draft)  # nobody owns it

    another_visitor = Client()
    assert_sent_to_sign_in(request(another_visitor, method, url))
    signed_in = Client()
    signed_in.force_login(stranger)
    assert request(signed_in, method, url).status_code == 404
    assert Draft.objects.filter(pk=draft.pk).values().get() == before

    # The visitor who started it may use it where guests may; elsewhere they sign in first.
    response = request(client, method, url)
    if DRAFT_URLS[name].guests:
        assert_served(response)
    else:
        assert_sent_to_sign_in(response)
