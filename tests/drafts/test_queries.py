"""Pages cost a fixed, small number of queries, however many drafts the person has.

The numbers are pinned: a change that adds a query shows up here, and has to say why.
  list:        session, user, the page of drafts (with one more, which says whether there
               is a next page; nothing counts the drafts); when a search matches none, one
               more query tells "no match" from "no drafts yet"
  wizard step: session, user, the draft (the step, its advice and its summary need no more)
  guest step:  session, the draft
"""

import pytest
from django.urls import reverse

from declinewiz.drafts import steps as wizard
from tests.factories import DraftFactory, draft_with_every_step

LIST_QUERIES = 3
NO_MATCH_QUERIES = LIST_QUERIES + 1
STEP_QUERIES = 3
GUEST_STEP_QUERIES = 2


@pytest.mark.parametrize("count", [1, 30])
def test_the_drafts_list_costs_the_same_with_1_and_30_drafts(
    owner_client, owner, django_assert_num_queries, count
):
    DraftFactory.create_batch(count, owner=owner, ready=True)
    with django_assert_num_queries(LIST_QUERIES):
        response = owner_client.get(reverse("drafts:list"))
    assert response.status_code == 200
    assert response.content.decode().count("Ready · updated") == min(count, 20)


@pytest.mark.parametrize("query", [{"page": "2"}, {"q": "acme", "status": "ready"}])
def test_searching_and_paging_cost_the_same(owner_client, owner, django_assert_num_queries, query):
    DraftFactory.create_batch(30, owner=owner, ready=True)
    with django_assert_num_queries(LIST_QUERIES):
        assert owner_client.get(reverse("drafts:list"), query).status_code == 200


def test_a_search_with_no_match_costs_the_same(owner_client, owner, django_assert_num_queries):
    # An empty page; one more query tells "no match" from "no drafts yet".
    DraftFactory.create_batch(30, owner=owner)
    with django_assert_num_queries(NO_MATCH_QUERIES):
        response = owner_client.get(reverse("drafts:list"), {"q": "no such company"})
    assert "No drafts match your search." in response.content.decode()


STEP_NAMES = [step.name for step in wizard.STEPS]


@pytest.mark.parametrize("count", [1, 30])
@pytest.mark.parametrize("step", STEP_NAMES)
def test_each_wizard_step_costs_the_same_with_1_and_30_drafts(
    owner_client, owner, django_assert_num_queries, step, count
):
    draft = draft_with_every_step(owner=owner)
    DraftFactory.create_batch(count - 1, owner=owner, ready=True)
    url = reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step})
    with django_assert_num_queries(STEP_QUERIES):
        response = owner_client.get(url)
    assert response.status_code == 200


def test_a_guest_step_costs_the_session_and_the_draft(
    client, guest_draft, django_assert_num_queries
):
    url = reverse("drafts:step", kwargs={"draft_id": guest_draft.id, "step": "situation"})
    with django_assert_num_queries(GUEST_STEP_QUERIES):
        assert client.get(url).status_code == 200


def test_a_page_past_the_end_costs_the_same_as_no_match(
    owner_client, owner, django_assert_num_queries
):
    # An empty page; one more query tells "past the end" from "no drafts yet".
    DraftFactory.create_batch(30, owner=owner)
    with django_assert_num_queries(NO_MATCH_QUERIES):
        response = owner_client.get(reverse("drafts:list"), {"page": "3"})
    assert "There are no drafts on page 3." in response.content.decode()
