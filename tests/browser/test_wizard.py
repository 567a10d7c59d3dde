"""Issue 3 in a real browser: journeys through the wizard to "Check your answers" and on.

They stop on arriving at the message page: its content has tests of its own.
"""

import datetime as dt
import re
import zoneinfo

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.browser.a11y import sign_in_context
from tests.browser.ui import PASSWORD, continue_, exactly, heading, sign_in, sign_up
from tests.factories import draft_with_every_step

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Matched in the browser too, so JavaScript's regex syntax: no (?P<name>...) groups.
MESSAGE_URL = re.compile(r"/drafts/([0-9a-f-]{36})/message/$")


def save_and_write_message(page: Page) -> Draft:
    """Press the check page's final button; it must lead to the draft's message page."""
    page.get_by_role("button", name="Save and write my message").click()
    expect(page).to_have_url(MESSAGE_URL)
    return Draft.objects.get(pk=MESSAGE_URL.search(page.url)[1])


def answer(page: Page, row):
    """The answer shown beside a label on "Check your answers" (the <dd> after its <dt>)."""
    return page.get_by_role("term").filter(has_text=exactly(row)).locator("+ dd")


def test_signed_in_journey_for_a_scheduled_interview_by_phone_then_email(page):
    User.objects.create_user("sam@example.com", PASSWORD, display_name="Sam Lee")
    tomorrow = (timezone.now() + dt.timedelta(days=1)).astimezone(
        zoneinfo.ZoneInfo("Europe/London")
    )
    page.goto("/")
    sign_in(page, email="sam@example.com")
    page.get_by_role("button", name="Start a new draft").click()

    expect(heading(page, "Where are you in the process?")).to_be_visible()
    expect(page.get_by_role("progressbar", name=re.compile(r"^Step 1 of 7\b"))).to_be_visible()
    page.get_by_label("I have an interview scheduled").check()
    page.get_by_label("Interview date").fill(tomorrow.date().isoformat())
    page.get_by_label("Interview time").fill("10:00")
    page.get_by_label("Time zone").select_option("Europe/London")
    continue_(page, to="Who is involved?")

    page.get_by_label(exactly("Company")).fill("Acme")
    page.get_by_label(exactly("Role")).fill("Product Designer")
    page.get_by_label(exactly("Their full name")).fill("Ana Rivera")
    page.get_by_label("Their title (optional)").select_option("Ms")
    page.get_by_role("group", name="Their role").get_by_label("Hiring manager").check()
    page.get_by_label("Their email (optional)").fill("ana@acme.example")
    page.get_by_label("Their phone (optional)").fill("+44 20 7946 0000")
    expect(page.get_by_label(exactly("Your name"))).to_have_value("Sam Lee")
    continue_(page, to="Why do you want to step back?")

    page.get_by_label("It doesn't match my career goals").check()
    continue_(page, to="Should you decline?")

    expect(page.get_by_role("heading", name="Our suggestion: Decline")).to_be_visible()
    decline = page.get_by_role("radio", name="Decline (recommended)")
    expect(decline).to_be_checked()
    # Declining without confirming is refused, with the reason at the top and at the field.
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
    page.get_by_label("I understand a decline is hard to undo once it's sent.").check()
    continue_(page, to="How would you like to tell them?")

    # The interview is tomorrow: call, then confirm in writing.
    phone_then_email = page.get_by_role(
        "radio", name="Phone call, then a short email to confirm (recommended)"
    )
    expect(phone_then_email).to_be_checked()
    continue_(page, to="How should it sound?")

    page.get_by_role("group", name="Which tone suits them?").get_by_label("Warm").check()
    # Cancelling close to the date: the apology is suggested.
    expect(page.get_by_label("Apologise once for the short notice")).to_be_checked()
    continue_(page, to="Check your answers")

    expect(answer(page, "Where you are")).to_have_text("I have an interview scheduled")
    expect(answer(page, "Their name")).to_have_text("Ms Ana Rivera")
    expect(answer(page, "Their phone")).to_have_text("+44 20 7946 0000")
    expect(answer(page, "What you'll do")).to_have_text("Decline")
    expect(answer(page, "How you'll tell them")).to_have_text(
        "Phone call, then a short email to confirm"
    )
    expect(answer(page, "Tone")).to_have_text("Warm")

    # A change from the check page comes back to it.
    page.get_by_role("link", name="Change role", exact=True).click()
    expect(heading(page, "Who is involved?")).to_be_visible()
    page.get_by_label(exactly("Role")).fill("Senior Product Designer")
    continue_(page, to="Check your answers")
    expect(answer(page, "Role")).to_have_text("Senior Product Designer")

    draft = save_and_write_message(page)
    assert draft.owner.email == "sam@example.com"
    assert draft.status == Draft.Status.READY
    assert (draft.stage, draft.action, draft.action_confirmed) == ("scheduled", "decline", True)
    assert (draft.channel, draft.tone) == ("phone_then_email", "warm")
    assert draft.role == "Senior Product Designer"


def test_guest_journey_for_a_cold_outreach_then_signs_up_and_keeps_the_draft(page):
    page.goto("/")
    expect(page.get_by_text("No account needed to start.")).to_be_visible()
    page.get_by_role("button", name="Start").click()

    expect(heading(page, "Where are you in the process?")).to_be_visible()
    page.get_by_label("Someone reached out to me about a role").check()
    continue_(page, to="Who is involved?")

    page.get_by_label(exactly("Company")).fill("Initech")
    page.get_by_label(exactly("Role")).fill("Backend Engineer")
    page.get_by_label(exactly("Their full name")).fill("Bill Lumbergh")
    page.get_by_label("Their email (optional)").fill("bill@initech.example")
    page.get_by_label(exactly("Your name")).fill("Milton Waddams")
    continue_(page, to="Why do you want to step back?")

    page.get_by_label("I'm happy where I am").check()
    continue_(page, to="Should you decline?")

    expect(page.get_by_role("radio", name="Decline (recommended)")).to_be_checked()
    page.get_by_label("I understand a decline is hard to undo once it's sent.").check()
    # No phone number: there is nothing to choose, so the channel step is skipped.
    continue_(page, to="How should it sound?")

    continue_(page, to="Check your answers")
    expect(answer(page, "Where you are")).to_have_text("Someone reached out to me about a role")
    expect(answer(page, "Their phone")).to_have_text("Not provided")
    expect(answer(page, "Your reasons")).to_have_text("I'm happy where I am")

    draft = save_and_write_message(page)
    assert draft.owner is None
    assert draft.status == Draft.Status.READY

    sign_up(page, email="milton@example.com")
    expect(heading(page, "My drafts")).to_be_visible()
    expect(page.get_by_role("link", name="Backend Engineer at Initech", exact=True)).to_be_visible()
    draft.refresh_from_db()
    assert draft.owner.email == "milton@example.com"
    assert draft.guest_token == ""


def test_journey_with_javascript_off_reaches_the_check_page(no_js_page):
    page = no_js_page
    page.goto("/")
    page.get_by_role("button", name="Start").click()

    # Errors come from the server: a summary linking to the field.
    page.get_by_role("button", name="Continue").click()
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary.get_by_role("link", name="Choose where you are in the process.")).to_be_visible()
    page.get_by_label("I've been invited to interview, but nothing is scheduled yet").check()
    continue_(page, to="Who is involved?")

    # Back keeps what was typed, even before the page is complete.
    page.get_by_label(exactly("Company")).fill("Umbrella")
    page.get_by_role("button", name="Back").click()
    continue_(page, to="Who is involved?")
    expect(page.get_by_label(exactly("Company"))).to_have_value("Umbrella")
    page.get_by_label(exactly("Role")).fill("QA Lead")
    page.get_by_label(exactly("Their full name")).fill("Alex Wesker")
    page.get_by_label(exactly("Your name")).fill("Jill Valentine")
    continue_(page, to="Why do you want to step back?")

    continue_(page, to="Should you decline?")
    # No reason ticked: take a moment before deciding.
    expect(page.get_by_role("radio", name="Pause — I'm not sure yet (recommended)")).to_be_checked()
    continue_(page, to="How should it sound?")
    continue_(page, to="Check your answers")

    expect(answer(page, "Company")).to_have_text("Umbrella")
    expect(answer(page, "Your reasons")).to_have_text("None ticked")
    expect(answer(page, "What you'll do")).to_have_text("Pause — I'm not sure yet")
    draft = save_and_write_message(page)
    assert draft.status == Draft.Status.READY


# Follow-up questions ----------------------------------------------------------------------


def test_follow_up_questions_appear_only_for_the_answer_they_follow(page):
    page.goto("/")
    page.get_by_role("button", name="Start").click()
    date, rounds = page.get_by_label("Interview date"), page.get_by_label("How many rounds")
    expect(date).to_be_hidden()
    expect(rounds).to_be_hidden()
    page.get_by_label("I have an interview scheduled").check()
    expect(date).to_be_visible()
    expect(page.get_by_label("Interview time")).to_be_visible()
    expect(rounds).to_be_hidden()
    page.get_by_label("I'm partway through the process").check()
    expect(date).to_be_hidden()
    expect(rounds).to_be_visible()
    page.get_by_label("Someone reached out to me about a role").check()
    expect(rounds).to_be_hidden()
    expect(page.get_by_label("Time zone")).to_be_visible()  # it applies to every answer


def test_without_javascript_the_follow_up_questions_stay_and_apply_when_they_should(no_js_page):
    page = no_js_page
    page.goto("/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_label("Interview date")).to_be_visible()
    page.get_by_label("I'm partway through the process").check()
    page.get_by_label("How many rounds").fill("2")
    continue_(page, to="Who is involved?")
    draft = Draft.objects.get()
    assert (draft.stage, draft.rounds_done, draft.interview_at) == ("mid_process", 2, None)


def test_the_confirm_box_is_there_only_for_a_decline_or_a_withdrawal(page):
    owner = User.objects.create_user("sam@example.com", PASSWORD, display_name="Sam Lee")
    from tests.factories import DraftFactory

    draft = DraftFactory(owner=owner, reasons=["timing_conflict"], reasons_done=True)
    page.goto("/")
    sign_in(page, email="sam@example.com")
    page.goto(f"/drafts/{draft.id}/step/advice/")
    box = page.get_by_label("I understand a decline is hard to undo once it's sent.")
    expect(
        page.get_by_role("radio", name=re.compile(r"^Ask to reschedule \(recommended\)"))
    ).to_be_checked()
    expect(box).to_be_hidden()
    page.get_by_role("radio", name="Decline", exact=True).check()
    expect(box).to_be_visible()
    page.get_by_role("radio", name=re.compile(r"^Ask to reschedule")).check()
    expect(box).to_be_hidden()


# One question, one heading ----------------------------------------------------------------


def test_the_channel_page_asks_one_question_and_the_people_page_several(page, live_server):
    owner = User.objects.create_user("sam@example.com", PASSWORD, display_name="Sam Lee")
    draft = draft_with_every_step(owner=owner)
    sign_in_context(page.context, owner, live_server.url)

    page.goto(f"/drafts/{draft.id}/step/channel/")
    question = "How would you like to tell them?"
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.locator("fieldset > legend > h1")).to_have_text(question)
    # A screen reader names the radios' group by the page's one question.
    group = page.get_by_role("group", name=question, exact=True)
    expect(group.get_by_role("radio")).to_have_count(3)
    expect(page).to_have_title(re.compile(r"^Channel – "))
    # With nothing chosen, the summary still leads to the first radio.
    page.evaluate("document.querySelectorAll('input[type=radio]').forEach(r => r.checked = false)")
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile(r"^Error: Channel – "))
    page.get_by_role("alert").get_by_role(
        "link", name="Choose how you'd like to tell them."
    ).click()
    expect(group.get_by_role("radio").first).to_be_focused()

    page.goto(f"/drafts/{draft.id}/step/people/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(heading(page, "Who is involved?")).to_be_visible()
    expect(page.locator("legend h1")).to_have_count(0)
    expect(page.get_by_role("group", name="The job")).to_be_visible()
