"""The answers the writer needs from the wizard: the greeting the person confirms, the
contact's time zone, what would make a negotiation work, and only the extras an action uses."""

import json
import re

from django.urls import reverse

from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory


def step_url(draft, step):
    return reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step})


def open_step(client, draft, step):
    response = client.get(step_url(draft, step))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, draft, step, data):
    html = open_step(client, draft, step)
    version = re.search(r'name="version" value="(\d+)"', html).group(1)
    return client.post(step_url(draft, step), {**data, "version": version, "nav": "next"})


def people_post(draft, **changes):
    data = {
        "company": draft.company,
        "role": draft.role,
        "contact_name": draft.contact_name,
        "contact_title": draft.contact_title,
        "contact_role": draft.contact_role,
        "contact_email": draft.contact_email,
        "contact_phone": draft.contact_phone,
        "sender_name": draft.sender_name,
        "sender_signature": draft.sender_signature,
        "sender_phone": draft.sender_phone,
    }
    return {**data, **changes}


def message_body(client, draft):
    response = client.get(reverse("drafts:message", kwargs={"draft_id": draft.id}))
    assert response.status_code == 200
    return response.context["form"]["body"].value()


def test_the_people_step_says_how_we_will_greet_them(owner_client, owner):
    draft = DraftFactory(owner=owner, contact_name="María José García López", contact_title="Ms")
    html = open_step(owner_client, draft, "people")
    assert "We'll greet them as: “Dear Ms García López” in a formal email" in html
    assert "“Hi María José” otherwise" in html


def test_once_a_tone_is_chosen_the_people_step_shows_that_greeting_only(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, tone="formal", contact_name="Pieter van der Berg")
    draft.contact_title = "Mr"
    draft.save()
    html = open_step(owner_client, draft, "people")
    assert "We'll greet them as: “Dear Mr van der Berg”." in html
    assert "Hi Pieter" not in html


def test_a_confirmed_greeting_is_saved_and_opens_the_email(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, contact_name="María José García López")
    response = submit(
        owner_client, draft, "people", people_post(draft, greeting="Dear María José,")
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.greeting == "Dear María José,"
    assert message_body(owner_client, draft).startswith("Dear María José,\n")
    # The check page shows it, with a way back to change it.
    check = open_step(owner_client, draft, "check")
    assert "How you&#x27;ll greet them" in check or "How you'll greet them" in check
    assert "Dear María José," in check


def test_the_contact_time_zone_reaches_the_composer(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    response = submit(
        owner_client, draft, "people", people_post(draft, contact_time_zone="America/New_York")
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.contact_time_zone == "America/New_York"
    assert answers_from_draft(draft).contact_time_zone == "America/New_York"


def test_an_unknown_time_zone_is_refused_at_the_field(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    response = submit(owner_client, draft, "people", people_post(draft, contact_time_zone="Mars"))
    assert response.status_code == 200
    assert "contact_time_zone" in response.context["form"].errors
    draft.refresh_from_db()
    assert draft.contact_time_zone == ""


def negotiating(owner):
    return DraftFactory(
        owner=owner,
        ready=True,
        reasons=["low_salary"],
        action="negotiate",
        action_confirmed=False,
        extras=[],
    )


def test_a_negotiation_asks_what_would_make_it_work_and_uses_the_answer(owner_client, owner):
    draft = negotiating(owner)
    html = open_step(owner_client, draft, "tone")
    assert "What would make it work?" in html
    response = submit(
        owner_client,
        draft,
        "tone",
        {"tone": "warm", "share_reason": "brief", "negotiate_ask": "a salary of £65,000"},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.negotiate_ask == "a salary of £65,000"
    assert "£65,000" in message_body(owner_client, draft)


def test_only_a_negotiation_is_asked_what_would_make_it_work(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    assert "What would make it work?" not in open_step(owner_client, draft, "tone")


def test_extras_an_action_does_not_use_are_not_offered(owner_client, owner):
    decline = DraftFactory(owner=owner, ready=True)
    assert "Keep the door open for the future" in open_step(owner_client, decline, "tone")
    negotiate = negotiating(owner)
    html = open_step(owner_client, negotiate, "tone")
    assert "Anything to add?" not in html
    assert "Keep the door open for the future" not in html


def test_a_cold_outreach_is_not_offered_an_apology_for_short_notice(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, stage="cold_outreach")
    html = open_step(owner_client, draft, "tone")
    assert "Keep the door open for the future" in html
    assert "Apologise once for the short notice" not in html


def test_the_new_answers_are_in_the_data_export(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, greeting="Dear Ana,", negotiate_ask="remote")
    exported = owner_client.post(reverse("accounts:export"))
    assert exported.status_code == 200
    [row] = [d for d in json.loads(exported.content)["drafts"] if d["id"] == str(draft.id)]
    assert row["greeting"] == "Dear Ana,"
    assert row["negotiate_ask"] == "remote"
    assert Draft.objects.get(pk=draft.id).greeting == "Dear Ana,"
