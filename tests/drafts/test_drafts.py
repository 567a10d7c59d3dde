"""The "My drafts" pages: the list with search, filter and pages; rename, duplicate, delete."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from declinewiz.drafts.models import Draft
from tests.factories import PHONE, DraftFactory

LIST = "/drafts/"
RESUME_LINK = re.compile(r'href="/drafts/([0-9a-f-]{36})/"')


def listed(response):
    """The drafts a person sees on the page, in order, by their resume links."""
    assert response.status_code == 200
    return RESUME_LINK.findall(response.content.decode())


def titles(response):
    html = response.content.decode()
    return re.findall(r'<a href="/drafts/[0-9a-f-]{36}/">([^<]*)</a>', html)


def test_an_empty_list_says_what_to_do(owner_client):
    response = owner_client.get(LIST)
    html = response.content.decode()
    assert "No drafts yet" in html
    assert "Start a draft when you want to decline" in html
    assert "Start a new draft" in html
    assert listed(response) == []


def test_the_list_shows_newest_first(owner_client, owner):
    old = DraftFactory(owner=owner, company="Oldco")
    middle = DraftFactory(owner=owner, company="Middleco")
    new = DraftFactory(owner=owner, company="Newco")
    now = timezone.now()
    # updated_at is set on save; put the drafts in an order unlike their creation order.
    Draft.objects.filter(pk=old.pk).update(updated_at=now - dt.timedelta(days=3))
    Draft.objects.filter(pk=new.pk).update(updated_at=now - dt.timedelta(days=1))
    Draft.objects.filter(pk=middle.pk).update(updated_at=now - dt.timedelta(days=2))
    assert listed(owner_client.get(LIST)) == [str(new.id), str(middle.id), str(old.id)]


def test_editing_a_draft_moves_it_to_the_top(owner_client, owner):
    first = DraftFactory(owner=owner, company="First")
    DraftFactory(owner=owner, company="Second")
    owner_client.post(reverse("drafts:rename", kwargs={"draft_id": first.id}), {"title": "Edited"})
    assert titles(owner_client.get(LIST))[0] == "Edited"


def test_the_list_has_twenty_drafts_a_page(owner_client, owner):
    DraftFactory.create_batch(25, owner=owner)
    first = owner_client.get(LIST)
    second = owner_client.get(LIST, {"page": 2})
    assert len(listed(first)) == 20
    assert len(listed(second)) == 5
    assert not set(listed(first)) & set(listed(second))
    assert "Page 1</span>" in first.content.decode()
    assert "Page 2</span>" in second.content.decode()
    assert 'href="?page=2">Next</a>' in first.content.decode()
    assert "Next</a>" not in second.content.decode()
    assert 'page=1">Previous</a>' in second.content.decode()
    assert "Drafts 21 to 25, newest first." in second.content.decode()


def test_a_list_that_fits_one_page_says_how_many_and_has_no_page_links(owner_client, owner):
    DraftFactory.create_batch(20, owner=owner)
    html = owner_client.get(LIST).content.decode()
    assert "20 drafts found." in html
    assert "Pages of drafts" not in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5", ""])
def test_a_page_number_that_is_not_a_page_shows_the_first(owner_client, owner, page):
    DraftFactory.create_batch(21, owner=owner)
    response = owner_client.get(LIST, {"page": page})
    assert listed(response) == listed(owner_client.get(LIST))
    assert len(listed(response)) == 20


@pytest.mark.parametrize("page", ["3", "999", "9" * 30])
def test_a_page_past_the_end_says_so_and_links_to_the_first(owner_client, owner, page):
    DraftFactory.create_batch(21, owner=owner)
    response = owner_client.get(LIST, {"page": page, "q": "", "status": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert listed(response) == []
    assert "There are no drafts on page" in html
    assert 'href="/drafts/?q=&amp;status=">Go to the first page</a>' in html


def test_the_next_page_keeps_the_search(owner_client, owner):
    DraftFactory.create_batch(21, owner=owner, role="Data Analyst")
    DraftFactory(owner=owner, role="Chef")
    response = owner_client.get(LIST, {"q": "analyst", "status": ""})
    assert 'href="?q=analyst&amp;status=&amp;page=2">Next</a>' in response.content.decode()
    assert len(listed(owner_client.get(LIST, {"q": "analyst", "status": "", "page": 2}))) == 1


@pytest.fixture
def three_drafts(owner):
    return {
        "globex": DraftFactory(owner=owner, company="Globex Corporation", role="Data Analyst"),
        "initech": DraftFactory(owner=owner, company="Initech", role="Software Engineer"),
        "umbrella": DraftFactory(
            owner=owner, company="Umbrella", role="Lab Technician", ready=True
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("globex", {"globex"}),  # company, any case
        ("  INITECH ", {"initech"}),  # spaces around are ignored
        ("engineer", {"initech"}),  # role
        ("an", {"globex", "umbrella"}),  # part of a word, in company or role
        ("", {"globex", "initech", "umbrella"}),
    ],
)
def test_search_by_company_or_role(owner_client, three_drafts, query, expected):
    response = owner_client.get(LIST, {"q": query})
    assert set(listed(response)) == {str(three_drafts[name].id) for name in expected}


def test_search_never_shows_someone_elses_draft(owner_client, three_drafts, stranger):
    DraftFactory(owner=stranger, company="Globex Corporation")
    response = owner_client.get(LIST, {"q": "globex"})
    assert listed(response) == [str(three_drafts["globex"].id)]


def test_a_search_with_no_match_says_so(owner_client, three_drafts):
    response = owner_client.get(LIST, {"q": "Wayne Enterprises"})
    html = response.content.decode()
    assert listed(response) == []
    assert "No drafts match your search." in html
    assert "Show all drafts" in html
    assert "No drafts yet" not in html


@pytest.mark.parametrize(
    ("status", "expected"),
    [("ready", {"umbrella"}), ("in_progress", {"globex", "initech"}), ("done", set())],
)
def test_filter_by_status(owner_client, three_drafts, status, expected):
    response = owner_client.get(LIST, {"status": status})
    assert set(listed(response)) == {str(three_drafts[name].id) for name in expected}


def test_search_and_filter_together(owner_client, three_drafts):
    response = owner_client.get(LIST, {"q": "an", "status": "ready"})
    assert listed(response) == [str(three_drafts["umbrella"].id)]


@pytest.mark.parametrize("status", ["bogus", "ready'--", "x" * 500])
def test_an_unknown_status_or_long_search_is_not_an_error(owner_client, three_drafts, status):
    response = owner_client.get(LIST, {"status": status, "q": "y" * 500})
    assert response.status_code == 200


def test_each_draft_in_the_list_shows_its_status(owner_client, three_drafts):
    html = owner_client.get(LIST).content.decode()
    assert "Ready · updated" in html
    assert "In progress · updated" in html


# Rename -------------------------------------------------------------------------------------


def test_rename_shows_the_current_name(owner_client, owner):
    draft = DraftFactory(owner=owner, title="Acme call")
    response = owner_client.get(reverse("drafts:rename", kwargs={"draft_id": draft.id}))
    assert 'value="Acme call"' in response.content.decode()


def test_rename_saves_the_name_and_says_so(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Acme", role="Designer")
    response = owner_client.post(
        reverse("drafts:rename", kwargs={"draft_id": draft.id}),
        {"title": "Acme – not for me"},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.title == "Acme – not for me"
    assert "Renamed to “Acme – not for me”." in response.content.decode()
    assert titles(response) == ["Acme – not for me"]


def test_an_empty_name_falls_back_to_role_and_company(owner_client, owner):
    draft = DraftFactory(owner=owner, title="Old name", company="Acme", role="Designer")
    owner_client.post(reverse("drafts:rename", kwargs={"draft_id": draft.id}), {"title": ""})
    assert titles(owner_client.get(LIST)) == ["Designer at Acme"]


def test_a_too_long_name_is_a_field_error_and_nothing_changes(owner_client, owner):
    draft = DraftFactory(owner=owner, title="Kept")
    response = owner_client.post(
        reverse("drafts:rename", kwargs={"draft_id": draft.id}), {"title": "x" * 5000}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Ensure this value has at most 200 characters" in html
    draft.refresh_from_db()
    assert draft.title == "Kept"


# Duplicate ----------------------------------------------------------------------------------


def test_duplicate_copies_people_and_reasons_but_not_the_situation_or_decision(owner_client, owner):
    source = DraftFactory(
        owner=owner,
        scheduled=True,
        ready=True,
        company="Acme",
        role="Designer",
        contact_phone=PHONE,
        sender_signature="Sam Lee\nUX designer",
        reasons=["low_salary", "relocation"],
        private_note="They lowballed me.",
        channel="phone",
        edited_body="My own words",
    )
    response = owner_client.post(reverse("drafts:duplicate", kwargs={"draft_id": source.id}))
    copy = Draft.objects.exclude(pk=source.pk).get(owner=owner)
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": copy.id, "step": "situation"}
    )

    copied = (
        "company",
        "role",
        "contact_name",
        "contact_title",
        "contact_role",
        "contact_email",
        "contact_phone",
        "sender_name",
        "sender_signature",
        "reasons",
        "reasons_done",
        "private_note",
    )
    for name in copied:
        assert getattr(copy, name) == getattr(source, name), name
    # A new situation: asked again, with everything that depends on it.
    assert copy.stage == ""
    assert copy.interview_at is None
    assert copy.action == ""
    assert copy.action_confirmed is False
    assert copy.channel == ""
    assert copy.tone == ""
    assert copy.extras == []
    assert copy.edited_body == ""
    assert copy.status == Draft.Status.IN_PROGRESS
    assert copy.title == "Copy of Designer at Acme"

    source.refresh_from_db()
    assert source.stage == "scheduled"
    assert source.status == Draft.Status.READY


def test_a_duplicate_appears_in_the_list(owner_client, owner):
    source = DraftFactory(owner=owner, company="Acme", role="Designer")
    owner_client.post(reverse("drafts:duplicate", kwargs={"draft_id": source.id}))
    assert sorted(titles(owner_client.get(LIST))) == [
        "Copy of Designer at Acme",
        "Designer at Acme",
    ]


def test_duplicate_needs_a_post(owner_client, owner):
    source = DraftFactory(owner=owner)
    response = owner_client.get(reverse("drafts:duplicate", kwargs={"draft_id": source.id}))
    assert response.status_code == 405
    assert Draft.objects.count() == 1


# Delete -------------------------------------------------------------------------------------


def test_delete_asks_for_confirmation_first(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Acme", role="Designer")
    response = owner_client.get(reverse("drafts:delete", kwargs={"draft_id": draft.id}))
    html = response.content.decode()
    assert "Delete “Designer at Acme”?" in html
    assert "It can't be undone." in html
    assert "Delete this draft" in html
    assert Draft.objects.filter(pk=draft.pk).exists()


def test_confirming_deletes_the_draft_and_only_that_one(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Acme", role="Designer")
    kept = DraftFactory(owner=owner, company="Other", role="Designer")
    response = owner_client.post(
        reverse("drafts:delete", kwargs={"draft_id": draft.id}), follow=True
    )
    assert "Deleted “Designer at Acme”." in response.content.decode()
    assert listed(response) == [str(kept.id)]
    assert list(Draft.objects.values_list("pk", flat=True)) == [kept.pk]


def test_a_deleted_draft_is_gone_for_its_owner_too(owner_client, owner):
    draft = DraftFactory(owner=owner)
    owner_client.post(reverse("drafts:delete", kwargs={"draft_id": draft.id}))
    response = owner_client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_each_draft_on_the_list_links_to_its_own_pages(owner_client, owner):
    # Each draft's links are the URLs Django gives for its pages, and each one opens.
    draft = DraftFactory(owner=owner, company="Globex", role="Data Analyst")
    html = owner_client.get(LIST).content.decode()
    for name in ("resume", "rename", "delete"):
        url = reverse(f"drafts:{name}", kwargs={"draft_id": draft.id})
        assert f'href="{url}"' in html, name
        assert owner_client.get(url).status_code in (200, 302), name
    duplicate = reverse("drafts:duplicate", kwargs={"draft_id": draft.id})
    # Its Duplicate button posts the page's one CSRF-holding form to the draft's own address.
    assert 'form="duplicate"' in html
    assert f'formaction="{duplicate}"' in html
    assert '<form id="duplicate" method="post">' in html
    assert owner_client.post(duplicate).status_code == 302
    assert Draft.objects.filter(owner=owner).count() == 2
