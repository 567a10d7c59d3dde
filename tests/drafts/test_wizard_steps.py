"""The wizard's behaviour between and around the steps: skipping, Back, resuming, changing an
answer from the check page, errors, guests, two tabs and bad input."""

import re
import uuid

import html5lib
import pytest
from django.test import Client
from django.urls import reverse

from declinewiz.compose.advice import HARD_TO_UNDO
from declinewiz.drafts.models import Draft
from declinewiz.drafts.steps import STEPS, STEPS_BY_NAME
from tests.factories import PHONE, DraftFactory, draft_with_every_step

PASSWORD = "correct horse battery staple"


def step_url(draft, step, *, return_to=""):
    url = reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step})
    return f"{url}?return={return_to}" if return_to else url


def page_version(html):
    return re.search(r'name="version" value="(\d+)"', html).group(1)


def open_step(client, draft, step, **query):
    response = client.get(step_url(draft, step, **query))
    assert response.status_code == 200
    return response.content.decode()


def submit(client, draft, step, data, *, nav="next", return_to=""):
    """Open the step's page and send its form, as a person would: with the page's version."""
    html = open_step(client, draft, step)
    payload = {**data, "version": page_version(html), "nav": nav}
    if return_to:
        payload["return"] = return_to
    return client.post(step_url(draft, step), payload)


def checked(html, name):
    """The values of the ticked radios or checkboxes called `name`."""
    inputs = re.findall(rf'<input[^>]*name="{name}"[^>]*>', html)
    return {re.search(r'value="([^"]*)"', tag).group(1) for tag in inputs if " checked" in tag}


def people(**overrides):
    return {
        "company": "Globex",
        "role": "Data Analyst",
        "contact_name": "Ana Rivera",
        "contact_title": "Ms",
        "contact_role": "recruiter",
        "contact_email": "ana@globex.example",
        "contact_phone": "",
        "sender_name": "Sam Lee",
        **overrides,
    }


def reload(draft):
    return Draft.objects.get(pk=draft.pk)


# Steps that do not apply are skipped --------------------------------------------------------


@pytest.mark.parametrize("step", ["reasons", "advice", "channel"])
def test_a_rejection_reply_skips_reasons_advice_and_channel_forwards(owner_client, owner, step):
    draft = DraftFactory(owner=owner, stage="rejected", action="reply")
    response = owner_client.get(step_url(draft, step))
    assert response["Location"] == step_url(draft, "tone")


def test_no_contact_phone_skips_the_channel_step(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, contact_phone="")
    assert owner_client.get(step_url(draft, "channel"))["Location"] == step_url(draft, "tone")
    response = submit(owner_client, draft, "advice", {"action": "decline", "confirm": "on"})
    assert response["Location"] == step_url(draft, "tone")


def test_skipped_steps_are_skipped_going_back_too(owner_client, owner):
    rejected = DraftFactory(owner=owner, stage="rejected", action="reply")
    html = open_step(owner_client, rejected, "tone")
    assert "Step 3 of 4" in html
    response = submit(owner_client, rejected, "tone", {"tone": "warm"}, nav="back")
    assert response["Location"] == step_url(rejected, "people")

    no_phone = DraftFactory(owner=owner, ready=True, contact_phone="")
    response = submit(
        owner_client, no_phone, "tone", {"tone": "warm", "share_reason": "none"}, nav="back"
    )
    assert response["Location"] == step_url(no_phone, "advice")


def test_the_step_count_never_grows_as_the_person_answers(owner_client, owner):
    # Until the people step is answered, the channel step may still apply: it is counted.
    draft = Draft.objects.create(owner=owner)
    assert "Step 1 of 7" in open_step(owner_client, draft, "situation")
    submit(owner_client, draft, "situation", {"stage": "invited", "time_zone": "UTC"})
    assert "Step 2 of 7" in open_step(owner_client, draft, "people")
    submit(owner_client, draft, "people", people(contact_phone=PHONE))
    assert "Step 3 of 7" in open_step(owner_client, draft, "reasons")

    # Without a phone number there will be no channel step, and the count says so from then on.
    no_phone = Draft.objects.create(owner=owner)
    submit(owner_client, no_phone, "situation", {"stage": "invited", "time_zone": "UTC"})
    submit(owner_client, no_phone, "people", people(contact_phone=""))
    assert "Step 3 of 6" in open_step(owner_client, no_phone, "reasons")


def test_adding_a_phone_number_brings_the_channel_step_in(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, contact_phone="")
    assert "Step 5 of 6" in open_step(owner_client, draft, "tone")
    submit(owner_client, draft, "people", people(contact_phone=PHONE))
    assert "Step 6 of 7" in open_step(owner_client, draft, "tone")
    assert owner_client.get(step_url(draft, "channel")).status_code == 200


# Back never throws away what was typed ------------------------------------------------------


def test_back_with_valid_input_saves_it(owner_client, owner):
    draft = DraftFactory(owner=owner)
    response = submit(owner_client, draft, "people", people(company="Initech"), nav="back")
    assert response["Location"] == step_url(draft, "situation")
    assert reload(draft).company == "Initech"


def test_back_with_invalid_input_keeps_it_for_the_return(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Saved Co")
    typed = people(company="Typed Co", contact_email="not-an-email", contact_name="Ana Typed")
    response = submit(owner_client, draft, "people", typed, nav="back")
    assert response["Location"] == step_url(draft, "situation")
    assert reload(draft).company == "Saved Co"  # not saved: it isn't valid yet

    html = open_step(owner_client, draft, "people")
    assert 'value="Typed Co"' in html
    assert 'value="Ana Typed"' in html
    assert 'value="not-an-email"' in html
    # Nobody pressed Continue here yet: the page does not greet them with errors.
    assert "There is a problem" not in html
    assert "Enter an email address like name@example.com." not in html
    assert "<title>Error: " not in html
    # Continue is what checks it.
    again = owner_client.post(
        step_url(draft, "people"), {**typed, "version": page_version(html), "nav": "next"}
    )
    assert "Enter an email address like name@example.com." in again.content.decode()
    assert "<title>Error: " in again.content.decode()


def test_typed_input_kept_by_back_saves_after_continuing_the_previous_step(owner_client, owner):
    # Continue on the previous step changes the draft's version; the kept input must not then
    # be mistaken for another tab's stale page.
    draft = DraftFactory(owner=owner, company="Saved Co")
    submit(owner_client, draft, "people", people(company="Typed Co", contact_email="x"), nav="back")
    response = submit(owner_client, draft, "situation", {"stage": "invited", "time_zone": "UTC"})
    assert response["Location"] == step_url(draft, "people")

    html = open_step(owner_client, draft, "people")
    assert 'value="Typed Co"' in html
    response = owner_client.post(
        step_url(draft, "people"),
        {**people(company="Typed Co"), "version": page_version(html), "nav": "next"},
    )
    assert response["Location"] == step_url(draft, "reasons")
    assert reload(draft).company == "Typed Co"
    # Once saved, the kept input is forgotten: the page shows what is saved.
    assert "There is a problem" not in open_step(owner_client, draft, "people")


def test_back_from_the_first_step_goes_to_my_drafts(owner_client, owner):
    draft = DraftFactory(owner=owner)
    html = open_step(owner_client, draft, "situation")
    assert 'name="nav" value="back"' not in html
    response = submit(owner_client, draft, "situation", {"stage": "invited"}, nav="back")
    assert response["Location"] == reverse("drafts:list")


def test_back_from_check_your_answers_does_not_mark_the_draft_ready(owner_client, owner):
    draft = draft_with_every_step(owner=owner, status=Draft.Status.IN_PROGRESS)
    response = submit(owner_client, draft, "check", {}, nav="back")
    assert response["Location"] == step_url(draft, "tone")
    assert reload(draft).status == Draft.Status.IN_PROGRESS


# Resuming -----------------------------------------------------------------------------------


def test_resume_after_signing_out_and_in_goes_to_the_first_unanswered_step(client, owner):
    client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    client.post(reverse("drafts:create"))
    draft = Draft.objects.get(owner=owner)
    submit(client, draft, "situation", {"stage": "invited", "time_zone": "Europe/London"})
    submit(client, draft, "people", people(company="Resume Co"))

    client.post(reverse("logout"))
    signed_out = client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert signed_out["Location"].startswith(reverse("login"))
    assert reload(draft).company == "Resume Co"

    client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    listing = client.get(reverse("drafts:list")).content.decode()
    assert "Data Analyst at Resume Co" in listing
    response = client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response["Location"] == step_url(draft, "reasons")
    assert 'value="Resume Co"' in open_step(client, draft, "people")


def test_resume_on_another_device(owner, owner_client):
    draft = DraftFactory(owner=owner, reasons=["career_goals"], reasons_done=True)
    other_device = Client()
    other_device.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    response = other_device.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response["Location"] == step_url(draft, "advice")


@pytest.mark.parametrize(
    ("status", "target"),
    [(Draft.Status.IN_PROGRESS, "check"), (Draft.Status.READY, "message")],
)
def test_resume_a_fully_answered_draft(owner_client, owner, status, target):
    draft = draft_with_every_step(owner=owner, status=status)
    response = owner_client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    if target == "check":
        assert response["Location"] == step_url(draft, "check")
    else:
        assert response["Location"] == reverse("drafts:message", kwargs={"draft_id": draft.id})


def test_resume_a_new_draft_starts_at_the_situation(owner_client, owner):
    owner_client.post(reverse("drafts:create"))
    draft = Draft.objects.get(owner=owner)
    response = owner_client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response["Location"] == step_url(draft, "situation")


# Changing an answer from "Check your answers" -----------------------------------------------


def test_check_page_links_each_answer_to_its_step(owner_client, owner):
    draft = draft_with_every_step(owner=owner)
    html = open_step(owner_client, draft, "check")
    for step in ("situation", "people", "reasons", "advice", "channel", "tone"):
        assert f'href="{step_url(draft, step, return_to="check")}"' in html


def test_a_change_from_the_check_page_returns_there(owner_client, owner):
    draft = draft_with_every_step(owner=owner)
    html = open_step(owner_client, draft, "people", return_to="check")
    assert '<input type="hidden" name="return" value="check">' in html
    response = owner_client.post(
        step_url(draft, "people"),
        {
            **people(company="Changed Co", contact_phone=PHONE),
            "version": page_version(html),
            "nav": "next",
            "return": "check",
        },
    )
    assert response["Location"] == step_url(draft, "check")
    assert reload(draft).company == "Changed Co"
    assert "Changed Co" in open_step(owner_client, draft, "check")


def test_a_change_that_unsettles_a_later_answer_asks_it_again_then_returns(owner_client, owner):
    # Invited -> mid-process: "decline" is not offered after some rounds (it is "withdraw").
    draft = draft_with_every_step(owner=owner, action="decline", action_confirmed=True)
    response = submit(
        owner_client,
        draft,
        "situation",
        {"stage": "mid_process", "rounds_done": "2", "time_zone": "UTC"},
        return_to="check",
    )
    assert response["Location"] == step_url(draft, "advice", return_to="check")
    saved = reload(draft)
    assert (saved.action, saved.action_confirmed) == ("", False)
    assert saved.status == Draft.Status.IN_PROGRESS

    response = submit(
        owner_client, draft, "advice", {"action": "withdraw", "confirm": "on"}, return_to="check"
    )
    assert response["Location"] == step_url(draft, "check")
    assert reload(draft).action == "withdraw"


def test_changing_the_stage_to_rejected_makes_the_action_a_reply(owner_client, owner):
    draft = draft_with_every_step(owner=owner, action="decline", action_confirmed=True)
    response = submit(owner_client, draft, "situation", {"stage": "rejected"}, return_to="check")
    assert response["Location"] == step_url(draft, "check")
    saved = reload(draft)
    assert saved.action == "reply"
    assert saved.action_confirmed is False
    html = open_step(owner_client, draft, "check")
    assert "What you&#x27;ll do" not in html
    assert step_url(draft, "advice", return_to="check") not in html
    assert step_url(draft, "reasons", return_to="check") not in html


def test_leaving_a_scheduled_interview_forgets_its_date(owner_client, owner):
    draft = DraftFactory(owner=owner, scheduled=True)
    submit(owner_client, draft, "situation", {"stage": "invited", "time_zone": "UTC"})
    assert reload(draft).interview_at is None


def test_ticking_only_private_reasons_clears_a_specific_reason_to_share(owner_client, owner):
    draft = draft_with_every_step(owner=owner, reasons=["low_salary"], share_reason="specific")
    submit(owner_client, draft, "reasons", {"reasons_company": ["culture_fit"]})
    saved = reload(draft)
    assert saved.share_reason == ""
    assert saved.status == Draft.Status.IN_PROGRESS
    response = owner_client.get(reverse("drafts:resume", kwargs={"draft_id": draft.id}))
    assert response["Location"] == step_url(draft, "tone")
    assert "My specific reason" not in open_step(owner_client, draft, "tone")


def test_removing_the_contact_phone_clears_the_channel(owner_client, owner):
    draft = draft_with_every_step(owner=owner, channel="phone")
    submit(owner_client, draft, "people", people(contact_phone=""))
    assert reload(draft).channel == ""


# The advice ---------------------------------------------------------------------------------


def test_the_recommendation_is_preselected(owner_client, owner):
    draft = DraftFactory(owner=owner, reasons=["timing_conflict"], reasons_done=True)
    html = open_step(owner_client, draft, "advice")
    assert checked(html, "action") == {"reschedule"}
    assert "Ask to reschedule (recommended)" in html


@pytest.mark.parametrize(("stage", "action"), [("invited", "decline"), ("mid_process", "withdraw")])
def test_declining_without_the_confirm_box_asks_for_it(owner_client, owner, stage, action):
    draft = DraftFactory(owner=owner, stage=stage, rounds_done=2, reasons=["career_goals"])
    html = open_step(owner_client, draft, "advice")
    assert HARD_TO_UNDO in html.replace("&#x27;", "'")
    response = submit(owner_client, draft, "advice", {"action": action})
    assert response.status_code == 200
    html = response.content.decode()
    message = "Tick this box to confirm, or choose another option above."
    assert f'<a href="#id_confirm">{message}</a>' in html
    assert html.count(message) == 2  # in the summary and at the box
    assert checked(html, "action") == {action}
    assert reload(draft).action == ""


def test_declining_with_the_confirm_box_ticked_saves_it(owner_client, owner):
    draft = DraftFactory(owner=owner, reasons=["career_goals"], reasons_done=True)
    submit(owner_client, draft, "advice", {"action": "decline", "confirm": "on"})
    saved = reload(draft)
    assert (saved.action, saved.action_confirmed) == ("decline", True)


def test_other_actions_need_no_confirmation(owner_client, owner):
    draft = DraftFactory(owner=owner, reasons=["low_salary"], reasons_done=True)
    response = submit(owner_client, draft, "advice", {"action": "negotiate"})
    assert response.status_code == 302
    assert reload(draft).action == "negotiate"


# Defaults from the situation ----------------------------------------------------------------


def test_an_interview_within_two_days_preselects_the_apology(owner_client, owner):
    draft = DraftFactory(owner=owner, scheduled=True, reasons=["career_goals"], action="decline")
    assert checked(open_step(owner_client, draft, "tone"), "extras") == {"door_open", "apology"}


def test_a_rejection_reply_preselects_asking_for_feedback(owner_client, owner):
    draft = DraftFactory(owner=owner, stage="rejected", action="reply")
    html = open_step(owner_client, draft, "tone")
    # The reply keeps the door open by itself, so that box is not offered at all.
    assert checked(html, "extras") == {"feedback"}
    assert 'value="door_open"' not in html
    assert 'name="share_reason"' not in html


def test_saved_extras_are_shown_rather_than_the_defaults(owner_client, owner):
    draft = DraftFactory(owner=owner, stage="rejected", action="reply", tone="warm", extras=[])
    assert checked(open_step(owner_client, draft, "tone"), "extras") == set()


# Errors: a summary linking to each field, the message at the field, the typing kept ---------


def test_errors_are_summarised_with_links_and_shown_at_each_field(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Saved Co")
    typed = {"company": "Typed Co", "role": "", "contact_email": "bad", "sender_name": "Sam"}
    response = submit(owner_client, draft, "people", typed)
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index("There is a problem")
    summary = html[start : html.index("</ul>", start)]
    for anchor, message in [
        ("id_role", "Enter the role, for example Product Designer."),
        ("id_contact_name", "Enter the name of the person you&#x27;re writing to."),
        ("id_contact_role_0", "Choose their role."),
        ("id_contact_email", "Enter an email address like name@example.com."),
    ]:
        assert f'<a href="#{anchor}">{message}</a>' in summary
        assert f'id="{anchor}"' in html  # the link has somewhere to go
        assert html.count(message) == 2
    assert 'href="#id_company"' not in summary
    assert 'value="Typed Co"' in html
    assert 'value="bad"' in html
    assert 'value="Sam"' in html
    assert reload(draft).company == "Saved Co"


def test_a_scheduled_interview_needs_its_date_and_time(owner_client, owner):
    draft = DraftFactory(owner=owner)
    response = submit(owner_client, draft, "situation", {"stage": "scheduled"})
    html = response.content.decode()
    assert '<a href="#id_interview_date">Enter the date of your interview.</a>' in html
    assert '<a href="#id_interview_time">Enter the time of your interview.</a>' in html
    assert checked(html, "stage") == {"scheduled"}
    assert reload(draft).stage == "invited"


def test_no_choice_links_to_the_first_option(owner_client, owner):
    draft = DraftFactory(owner=owner)
    response = submit(owner_client, draft, "situation", {})
    assert '<a href="#id_stage_0">Choose where you are in the process.</a>' in (
        response.content.decode()
    )


# One question, one heading: the legend is the heading on a page of one question ------------


def headings_and_legends(html):
    """Each h1 of the page with the legend holding it (None when it stands outside any)."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    parents = {child: parent for parent in tree.iter() for child in parent}
    found = []
    for heading in tree.iter("h1"):
        holder = parents.get(heading)
        while holder is not None and holder.tag != "legend":
            holder = parents.get(holder)
        found.append((heading, holder))
    return found, parents


def text(element):
    return " ".join("".join(element.itertext()).split())


@pytest.mark.parametrize("errors", [False, True], ids=["fresh", "with-errors"])
def test_the_channel_page_asks_its_one_question_in_the_legend_as_its_only_heading(
    owner_client, owner, errors
):
    draft = draft_with_every_step(owner=owner)
    if errors:
        html = submit(owner_client, draft, "channel", {"channel": ""}).content.decode()
    else:
        html = open_step(owner_client, draft, "channel")
    [(heading, legend)], parents = headings_and_legends(html)
    assert text(heading) == "How would you like to tell them?"
    assert legend is not None
    assert text(legend) == text(heading)
    fieldset = parents[legend]
    assert fieldset.tag == "fieldset"
    assert fieldset[0] is legend
    radios = [i.get("value") for i in fieldset.iter("input") if i.get("type") == "radio"]
    assert radios == ["phone", "email", "phone_then_email"]
    # What we suggest comes after the question, not before the page's heading.
    assert html.index("How would you like to tell them?") < html.index("We suggest:")
    # The page's title and the progress still name the step.
    assert "<title>" + ("Error: " if errors else "") + "Channel – " in html
    assert re.search(r"Step \d of \d<span class=\"visually-hidden\">: Channel</span>", html)
    if errors:
        summary = html.index("There is a problem")
        assert summary < html.index("<h1")
        assert '<a href="#id_channel_0">Choose how you&#x27;d like to tell them.</a>' in html


@pytest.mark.parametrize("step", [step.name for step in STEPS])
def test_every_step_has_one_heading_in_a_legend_only_when_it_asks_one_question(
    owner_client, owner, step
):
    draft = draft_with_every_step(owner=owner)
    [(heading, legend)], _ = headings_and_legends(open_step(owner_client, draft, step))
    assert text(heading) == STEPS_BY_NAME[step].title
    assert (legend is not None) == STEPS_BY_NAME[step].single_question


def test_the_people_page_keeps_its_heading_above_its_questions(owner_client, owner):
    draft = draft_with_every_step(owner=owner)
    html = open_step(owner_client, draft, "people")
    [(heading, legend)], _ = headings_and_legends(html)
    assert text(heading) == "Who is involved?"
    assert legend is None
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    legends = [text(legend) for legend in tree.iter("legend")]
    assert {"The job", "The person you'll tell", "Their role", "You"} <= set(legends)
    assert "Who is involved?" not in legends


def test_a_single_question_step_is_titled_by_its_question(db):
    draft = draft_with_every_step()
    single = [step for step in STEPS if step.single_question]
    assert [step.name for step in single] == ["channel"]
    for step in single:
        form = step.form_class(draft=draft, recommended=None)
        [question] = form.visible_fields()
        assert question.label == step.title
        assert question.field.widget.use_fieldset


def test_a_reschedule_needs_two_times(owner_client, owner):
    draft = DraftFactory(
        owner=owner, reasons=["timing_conflict"], reasons_done=True, action="reschedule"
    )
    response = submit(
        owner_client,
        draft,
        "tone",
        {
            "tone": "warm",
            "share_reason": "brief",
            "alt_date_1": "2030-06-03",
            "alt_time_1": "10:00",
        },
    )
    assert "Suggest at least two times that would suit you." in response.content.decode()
    response = submit(
        owner_client,
        draft,
        "tone",
        {"tone": "warm", "share_reason": "brief", "alt_date_1": "2030-06-03", "alt_date_2": ""},
    )
    assert '<a href="#id_alt_time_1">Enter a time for date 1.</a>' in response.content.decode()
    assert reload(draft).tone == ""


# Guest mode ---------------------------------------------------------------------------------


def finish_as_guest(client, draft):
    submit(client, draft, "situation", {"stage": "invited", "time_zone": "Europe/London"})
    submit(client, draft, "people", people(company="Guestco"))
    submit(client, draft, "reasons", {"reasons_situation": ["happy_current_job"]})
    submit(client, draft, "advice", {"action": "decline", "confirm": "on"})
    submit(client, draft, "tone", {"tone": "warm", "share_reason": "brief"})
    return submit(client, draft, "check", {})


def test_a_guest_finishes_the_wizard_then_signs_up_and_finds_the_draft(client, guest_draft):
    response = finish_as_guest(client, guest_draft)
    assert response["Location"] == reverse("drafts:message", kwargs={"draft_id": guest_draft.id})
    draft = reload(guest_draft)
    assert draft.status == Draft.Status.READY
    assert draft.owner is None

    response = client.post(
        reverse("accounts:signup"),
        {
            "email": "guest@example.com",
            "password1": "a new passphrase 9",
            "password2": "a new passphrase 9",
        },
        follow=True,
    )
    assert "Data Analyst at Guestco" in response.content.decode()
    draft = reload(guest_draft)
    assert draft.owner.email == "guest@example.com"
    assert draft.guest_token == ""
    assert draft.status == Draft.Status.READY
    assert draft.company == "Guestco"


def test_a_guest_who_signs_in_brings_the_draft_into_their_account(client, guest_draft, owner):
    submit(client, guest_draft, "situation", {"stage": "invited", "time_zone": "Europe/London"})
    submit(client, guest_draft, "people", people(company="Halfway Co"))
    client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    assert reload(guest_draft).owner == owner
    assert "Data Analyst at Halfway Co" in client.get(reverse("drafts:list")).content.decode()
    response = client.get(reverse("drafts:resume", kwargs={"draft_id": guest_draft.id}))
    assert response["Location"] == step_url(guest_draft, "reasons")


def test_a_claimed_guest_draft_stays_private(client, guest_draft, another_visitor, stranger):
    finish_as_guest(client, guest_draft)
    client.post(
        reverse("accounts:signup"),
        {
            "email": "guest@example.com",
            "password1": "a new passphrase 9",
            "password2": "a new passphrase 9",
        },
    )
    url = step_url(guest_draft, "people")
    assert another_visitor.get(url).status_code == 302
    stranger_browser = Client()
    stranger_browser.force_login(stranger)
    assert stranger_browser.get(url).status_code == 404


# Two tabs -----------------------------------------------------------------------------------


def test_a_save_from_a_stale_tab_shows_the_conflict_and_overwrites_nothing(owner_client, owner):
    draft = DraftFactory(owner=owner, company="Start Co")
    first_tab = open_step(owner_client, draft, "people")
    second_tab = open_step(owner_client, draft, "people")

    owner_client.post(
        step_url(draft, "people"),
        {**people(company="Second Tab Co"), "version": page_version(second_tab), "nav": "next"},
    )
    assert reload(draft).company == "Second Tab Co"

    response = owner_client.post(
        step_url(draft, "people"),
        {**people(company="First Tab Co"), "version": page_version(first_tab), "nav": "next"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This draft changed in another tab" in html
    assert "<dd>Second Tab Co</dd>" in html  # what the other tab saved
    assert 'value="First Tab Co"' in html  # what this tab typed, still in the form
    assert reload(draft).company == "Second Tab Co"

    # Continuing from the conflict page keeps this tab's answers, knowingly.
    response = owner_client.post(
        step_url(draft, "people"),
        {**people(company="First Tab Co"), "version": page_version(html), "nav": "next"},
    )
    assert response["Location"] == step_url(draft, "reasons")
    assert reload(draft).company == "First Tab Co"


def test_each_save_moves_the_version_on(owner_client, owner):
    draft = DraftFactory(owner=owner)
    before = reload(draft).version
    submit(owner_client, draft, "people", people())
    assert reload(draft).version == before + 1


# Bad input gets a message at the field, never a 500 -----------------------------------------


def test_an_unknown_step_is_not_found(owner_client, owner):
    draft = DraftFactory(owner=owner)
    for step in ("nonsense", "message", "STEP"):
        response = owner_client.get(f"/drafts/{draft.id}/step/{step}/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/drafts/not-a-uuid/",
        "/drafts/12345/step/people/",
        "/drafts/{id_upper}/step/people/",
        "/drafts/{random}/step/people/",
        "/drafts/{random}/",
    ],
)
def test_a_bad_or_unknown_draft_id_is_not_found(owner_client, owner, path):
    draft = DraftFactory(owner=owner)
    url = path.format(id_upper=str(draft.id).upper(), random=uuid.uuid4())
    assert owner_client.get(url).status_code == 404
    assert owner_client.post(url, {"nav": "next"}).status_code == 404


LONG = "x" * 5000
BAD_INPUT = [
    (
        "situation",
        {"stage": "mid_process", "rounds_done": "abc"},
        "Enter the number of rounds as a whole number, for example 2.",
    ),
    (
        "situation",
        {"stage": "mid_process", "rounds_done": "0"},
        "Enter a number of rounds from 1 to 20.",
    ),
    (
        "situation",
        {"stage": "mid_process", "rounds_done": "9" * 40},
        "Enter a number of rounds from 1 to 20.",
    ),
    (
        "situation",
        {"stage": "scheduled", "interview_date": "2026-13-45", "interview_time": "10:00"},
        "Enter the date as year-month-day, for example 2026-03-05.",
    ),
    (
        "situation",
        {"stage": "scheduled", "interview_date": "2026-03-05", "interview_time": "25:99"},
        "Enter the time as hours and minutes, for example 14:30.",
    ),
    ("situation", {"stage": "invited", "time_zone": "Mars/Olympus"}, "Select a valid choice."),
    ("situation", {"stage": "unemployed"}, "Select a valid choice."),
    ("people", people(company=LONG), "Ensure this value has at most 200 characters (it has 5000)."),
    ("people", people(company="   "), "Enter the company&#x27;s name."),
    ("people", people(company="Acme\x00"), "Null characters are not allowed."),
    ("people", people(contact_phone="call me maybe"), "Enter a phone number using digits"),
    ("people", people(contact_email="ana@"), "Enter an email address like name@example.com."),
    ("people", people(contact_role="boss"), "Select a valid choice."),
    ("people", people(contact_title="Lord"), "Select a valid choice."),
    ("people", people(sender_signature=LONG), "Ensure this value has at most 500 characters"),
    ("reasons", {"reasons_role": ["not_a_reason"]}, "Select a valid choice."),
    ("reasons", {"private_note": LONG}, "Ensure this value has at most 2000 characters"),
    ("advice", {"action": "fly"}, "Select a valid choice."),
    ("advice", {"action": "reply"}, "Select a valid choice."),  # only for a rejection
    ("channel", {"channel": "pigeon"}, "Select a valid choice."),
    ("tone", {"tone": "angry", "share_reason": "brief"}, "Select a valid choice."),
    ("tone", {"tone": "warm", "share_reason": "brief", "extras": ["bribe"]}, "Select a valid"),
    # Only private reasons ticked: there is no specific reason that could be shared.
    ("tone", {"tone": "warm", "share_reason": "specific"}, "Select a valid choice."),
]


@pytest.mark.parametrize(
    ("step", "data", "message"),
    BAD_INPUT,
    ids=[f"{step}-{i}" for i, (step, _, _) in enumerate(BAD_INPUT)],
)
def test_bad_input_gets_a_message_at_the_field(owner_client, owner, step, data, message):
    draft = draft_with_every_step(owner=owner, reasons=["culture_fit"], share_reason="brief")
    before = Draft.objects.filter(pk=draft.pk).values().get()
    response = submit(owner_client, draft, step, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert Draft.objects.filter(pk=draft.pk).values().get() == before


def test_cold_outreach_cannot_reschedule(owner_client, owner):
    # Nothing is scheduled yet, so there is nothing to move.
    draft = DraftFactory(owner=owner, stage="cold_outreach", reasons=["timing_conflict"])
    html = open_step(owner_client, draft, "advice")
    assert 'value="reschedule"' not in html
    response = submit(owner_client, draft, "advice", {"action": "reschedule"})
    assert "Select a valid choice." in response.content.decode()


@pytest.mark.parametrize("version", ["abc", "-1", "9" * 40])
def test_a_tampered_version_is_not_an_error_page(owner_client, owner, version):
    draft = DraftFactory(owner=owner, company="Saved Co")
    response = owner_client.post(
        step_url(draft, "people"), {**people(company="Other"), "version": version, "nav": "next"}
    )
    assert response.status_code == 200
    assert reload(draft).company == "Saved Co"


def test_the_return_parameter_is_escaped_and_cannot_redirect_elsewhere(owner_client, owner):
    draft = DraftFactory(owner=owner)
    evil = '"><script>alert(1)</script>'
    html = owner_client.get(step_url(draft, "people"), {"return": evil}).content.decode()
    assert "<script>alert(1)</script>" not in html
    response = owner_client.post(
        step_url(draft, "people"),
        {
            **people(),
            "version": page_version(html),
            "nav": "next",
            "return": "https://evil.example",
        },
    )
    assert response["Location"] == step_url(draft, "reasons")


def test_check_your_answers_has_a_change_link_per_row_naming_the_row(owner_client, owner):
    draft = draft_with_every_step(owner=owner)
    html = open_step(owner_client, draft, "check")
    rows = re.findall(
        r'<div class="summary-list-row">\s*<dt>([^<]+)</dt>.*?<a href="([^"]+)">'
        r'Change<span class="visually-hidden"> ([^<]+)</span></a>',
        html,
        flags=re.DOTALL,
    )
    assert len(rows) == html.count('<div class="summary-list-row">') > 10
    for label, href, hidden in rows:
        assert hidden == label.lower()
        assert href.endswith("?return=check")
    assert ("Role", step_url(draft, "people") + "?return=check", "role") in rows
