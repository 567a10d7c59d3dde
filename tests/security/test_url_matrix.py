"""The guard on every draft URL: the table below must name every URL that takes a draft
(or a close-out, whose processes are drafts).

tests/drafts/test_ownership.py checks each view by hand. This file enumerates the project's URL
patterns instead, so a new URL that takes a `draft_id` (or any UUID) and is missing from
DRAFT_URLS fails the suite, and so does one that accepts a method the table does not list.
For every URL and method in the table: the owner gets the page, another account gets 404,
a visitor is sent to sign in, and a visitor's draft is invisible to every other session.
"""

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory, UserFactory


@dataclass(frozen=True)
class DraftURL:
    methods: tuple[str, ...]  # every method the URL answers
    guests: bool  # a visitor may use it on a draft held in their session
    kwargs: tuple[tuple[str, str], ...] = ()


DRAFT_URLS = {
    "drafts:resume": DraftURL(("GET", "HEAD"), guests=True),
    "drafts:rename": DraftURL(("GET", "POST"), guests=False),
    "drafts:duplicate": DraftURL(("POST",), guests=False),
    "drafts:delete": DraftURL(("GET", "POST"), guests=False),
    "drafts:step": DraftURL(("GET", "POST"), guests=True, kwargs=(("step", "people"),)),
    "drafts:message": DraftURL(("GET", "POST"), guests=True),
    "drafts:mark-done": DraftURL(("POST",), guests=True),
    "drafts:download-eml": DraftURL(("GET", "HEAD"), guests=True),
    "drafts:download-txt": DraftURL(("GET", "HEAD"), guests=True),
    "drafts:download-ics": DraftURL(("GET", "HEAD"), guests=True),
    "drafts:print-script": DraftURL(("GET", "HEAD"), guests=True),
    # Closing out a search: each process is a draft of a close-out, for signed-in people only.
    "closeout:checklist": DraftURL(("GET", "HEAD"), guests=False),
    "closeout:processes": DraftURL(("GET", "POST"), guests=False),
    "closeout:call-sheet": DraftURL(("GET", "HEAD"), guests=False),
    "closeout:emails-zip": DraftURL(("GET", "HEAD"), guests=False),
    "closeout:mark-done": DraftURL(("POST",), guests=False),
    "closeout:calendar-reply": DraftURL(("GET", "POST"), guests=False),
}
ALL_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
CASES = [(name, method) for name, url in DRAFT_URLS.items() for method in url.methods]


def _arguments(pattern):
    """The pattern's keyword arguments, with their converter (None for a regex group)."""
    return {**dict.fromkeys(pattern.regex.groupindex), **pattern.converters}


def _patterns(resolver=None, namespace=""):
    """(name with namespace, route, arguments) of every URL pattern of the project."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            for name, route, arguments in _patterns(entry, inner):
                yield name, f"{entry.pattern}{route}", {**_arguments(entry.pattern), **arguments}
        elif isinstance(entry, URLPattern):
            yield f"{namespace}{entry.name}", str(entry.pattern), _arguments(entry.pattern)


def _takes_an_object(route, converters):
    return "draft_id" in converters or any(
        type(converter).__name__ == "UUIDConverter" for converter in converters.values()
    )


def test_every_url_that_takes_a_draft_is_in_the_table():
    found = {
        name
        for name, route, converters in _patterns()
        if not name.startswith("admin:") and _takes_an_object(route, converters)
    }
    assert found, "the enumeration found no draft URL: it is broken"
    missing = found - set(DRAFT_URLS)
    assert not missing, f"draft URLs without an ownership check in DRAFT_URLS: {sorted(missing)}"
    stale = set(DRAFT_URLS) - found
    assert not stale, f"DRAFT_URLS names URLs that no longer exist: {sorted(stale)}"


def url_for(name, draft):
    if name.startswith("closeout:"):
        return _closeout_url(name, draft)
    return reverse(name, kwargs={"draft_id": draft.pk, **dict(DRAFT_URLS[name].kwargs)})


def _closeout_url(name, draft):
    """The URL for a close-out holding `draft` (a visitor's draft is in someone's else's)."""
    owner = draft.owner or UserFactory()
    closeout = CloseOut.objects.create(
        owner=owner, company="Initech", role="Staff Engineer", sender_name="Sam Lee"
    )
    CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    kwargs = {"closeout_id": closeout.pk}
    arguments = next(arguments for found, _, arguments in _patterns() if found == name)
    if "draft_id" in arguments:
        kwargs["draft_id"] = draft.pk
    return reverse(name, kwargs=kwargs)


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


@pytest.mark.parametrize("name", DRAFT_URLS)
def test_the_table_lists_exactly_the_methods_each_url_accepts(owner_client, owner, name):
    draft = ready_draft_for(owner=owner)
    accepted = set()
    for method in ALL_METHODS:
        response = request(owner_client, method, url_for(name, draft))
        assert response.status_code != 500
        if response.status_code != 405:
            accepted.add(method)
        # A POST may have deleted or changed it: every method gets a fresh draft.
        draft = ready_draft_for(owner=owner)
    assert accepted == set(DRAFT_URLS[name].methods)


@pytest.mark.parametrize(("name", "method"), CASES)
def test_the_owner_may_use_it(owner_client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    assert_served(request(owner_client, method, url_for(name, draft)))


@pytest.mark.parametrize(("name", "method"), CASES)
def test_another_account_gets_404_and_changes_nothing(stranger_client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    before = Draft.objects.filter(pk=draft.pk).values().get()
    drafts = Draft.objects.count()
    response = request(stranger_client, method, url_for(name, draft))
    assert response.status_code == 404
    assert Draft.objects.filter(pk=draft.pk).values().get() == before
    assert Draft.objects.count() == drafts


@pytest.mark.parametrize(("name", "method"), CASES)
def test_a_visitor_is_sent_to_sign_in(client, owner, name, method):
    draft = ready_draft_for(owner=owner)
    before = Draft.objects.filter(pk=draft.pk).values().get()
    assert_sent_to_sign_in(request(client, method, url_for(name, draft)))
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
    url = url_for(name, draft)

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
