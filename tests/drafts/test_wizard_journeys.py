"""The wizard from "Start" to "Check your answers", once for each of the five situations.

Each journey is what a person would click through: open the page, fill it in, Continue. After
every Continue the test reads the database: every answer given so far must be there.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

import pytest
from django.urls import reverse
from django.utils.html import escape

from declinewiz.drafts.models import Draft

PHONE = "+44 20 7946 0000"


def step_url(draft, step):
    return reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step})


def page_version(html):
    """The version the page was rendered from, as its form will send it back."""
    return re.search(r'name="version" value="(\d+)"', html).group(1)


def people(**overrides):
    data = {
        "company": "Globex",
        "role": "Data Analyst",
        "contact_name": "Ana Rivera",
        "contact_title": "Ms",
        "contact_role": "recruiter",
        "contact_email": "ana@globex.example",
        "contact_phone": "",
        "sender_name": "Sam Lee",
        "sender_signature": "Sam Lee\nAnalyst",
        "sender_phone": "",
    }
    return {**data, **overrides}


@dataclass(frozen=True)
class Page:
    step: str
    data: dict
    saved: dict  # what the database holds for this page's answers after Continue
    shows: tuple = ()  # text the page shows before it is filled in


@dataclass(frozen=True)
class Journey:
    stage: str
    pages: tuple
    skipped: tuple  # steps that do not apply to this journey
    check_shows: tuple = ()  # on "Check your answers"
    saved_at_end: dict = field(default_factory=dict)  # answers set for the person


JOURNEYS = [
    Journey(
        stage="cold_outreach",
        pages=(
            Page(
                "situation",
                {"stage": "cold_outreach", "time_zone": "Europe/London"},
                {
                    "stage": "cold_outreach",
                    "time_zone": "Europe/London",
                    "interview_at": None,
                    "rounds_done": None,
                },
            ),
            Page("people", people(), {**people(), "sender_signature": "Sam Lee\nAnalyst"}),
            Page(
                "reasons",
                {
                    "reasons_role": ["lateral_move", "career_goals"],
                    "private_note": "Not a step up.",
                },
                {
                    "reasons": ["career_goals", "lateral_move"],
                    "private_note": "Not a step up.",
                    "reasons_done": True,
                },
            ),
            Page(
                "advice",
                {"action": "decline", "confirm": "on"},
                {"action": "decline", "action_confirmed": True},
                shows=("Our suggestion: Decline",),
            ),
            Page(
                "tone",
                {
                    "tone": "brief",
                    "share_reason": "brief",
                    "extras": ["refer_someone", "door_open"],
                },
                {
                    "tone": "brief",
                    "share_reason": "brief",
                    "extras": ["door_open", "refer_someone"],
                },
            ),
        ),
        skipped=("channel",),
        check_shows=(
            "Someone reached out to me about a role",
            "Globex",
            "Ms Ana Rivera",
            "It doesn&#x27;t match my career goals",
            "Not a step up.",
            "Offer to recommend someone who might fit",
        ),
        saved_at_end={"channel": ""},
    ),
    Journey(
        stage="invited",
        pages=(
            Page(
                "situation",
                {"stage": "invited", "time_zone": "America/New_York"},
                {"stage": "invited", "time_zone": "America/New_York", "interview_at": None},
            ),
            Page(
                "people",
                people(contact_title="", contact_role="hr", contact_phone="+1 (212) 555-0100"),
                {
                    **people(
                        contact_title="", contact_role="hr", contact_phone="+1 (212) 555-0100"
                    ),
                    "sender_signature": "Sam Lee\nAnalyst",
                },
            ),
            Page(
                "reasons",
                {"reasons_situation": ["timing_conflict"]},
                {"reasons": ["timing_conflict"], "private_note": "", "reasons_done": True},
            ),
            Page(
                "advice",
                {"action": "reschedule"},
                {"action": "reschedule", "action_confirmed": False},
                shows=("Our suggestion: Ask to reschedule",),
            ),
            Page("channel", {"channel": "phone_then_email"}, {"channel": "phone_then_email"}),
            Page(
                "tone",
                {
                    "tone": "warm",
                    "share_reason": "brief",
                    # A reschedule takes only the apology: the goodbyes are for a decline.
                    "extras": ["apology"],
                    "alt_date_1": "2030-06-03",
                    "alt_time_1": "10:00",
                    "alt_date_2": "2030-06-04",
                    "alt_time_2": "15:30",
                    "alt_date_3": "",
                    "alt_time_3": "",
                },
                {
                    "tone": "warm",
                    "share_reason": "brief",
                    "extras": ["apology"],
                    "alternative_times": [
                        "2030-06-03T10:00:00-04:00",
                        "2030-06-04T15:30:00-04:00",
                    ],
                },
                shows=("Times that would suit you (at least two)", "In America/New_York time."),
            ),
        ),
        skipped=(),
        check_shows=(
            "Monday 3 June 2030, 10:00 (America/New_York)",
            "Phone call, then a short email to confirm",
            "Ask to reschedule",
        ),
    ),
    Journey(
        stage="scheduled",
        pages=(
            Page(
                "situation",
                {
                    "stage": "scheduled",
                    "interview_date": "2030-05-14",
                    "interview_time": "10:30",
                    "time_zone": "Europe/Paris",
                },
                {
                    "stage": "scheduled",
                    "time_zone": "Europe/Paris",
                    # 10:30 in Paris in summer time is 08:30 UTC.
                    "interview_at": dt.datetime(2030, 5, 14, 8, 30, tzinfo=dt.UTC),
                    "rounds_done": None,
                },
            ),
            Page(
                "people",
                people(contact_phone=PHONE, sender_phone="07700 900123"),
                {
                    **people(contact_phone=PHONE, sender_phone="07700 900123"),
                    "sender_signature": "Sam Lee\nAnalyst",
                },
            ),
            Page(
                "reasons",
                {"reasons_conditions": ["low_salary"]},
                {"reasons": ["low_salary"], "reasons_done": True},
            ),
            Page(
                "advice",
                {"action": "negotiate"},
                {"action": "negotiate", "action_confirmed": False},
                shows=("Our suggestion: Talk about the terms first",),
            ),
            Page("channel", {"channel": "phone"}, {"channel": "phone"}),
            Page(
                "tone",
                {"tone": "formal", "share_reason": "specific"},
                {"tone": "formal", "share_reason": "specific", "extras": []},
                shows=("the compensation doesn&#x27;t meet what I need at this point",),
            ),
        ),
        skipped=(),
        check_shows=(
            "Tuesday 14 May 2030, 10:30 (Europe/Paris)",
            "My specific reason, in neutral words",
            "Talk about the terms first",
        ),
    ),
    Journey(
        stage="mid_process",
        pages=(
            Page(
                "situation",
                {"stage": "mid_process", "rounds_done": "2", "time_zone": "Europe/London"},
                {"stage": "mid_process", "rounds_done": 2, "interview_at": None},
            ),
            Page(
                "people",
                people(contact_role="hiring_manager", contact_phone=PHONE, contact_title="Dr"),
                {
                    **people(
                        contact_role="hiring_manager", contact_phone=PHONE, contact_title="Dr"
                    ),
                    "sender_signature": "Sam Lee\nAnalyst",
                },
            ),
            Page(
                "reasons",
                {
                    "reasons_situation": ["offer_accepted", "happy_current_job"],
                    "reasons_process": ["long_process"],
                },
                {
                    "reasons": ["long_process", "offer_accepted", "happy_current_job"],
                    "reasons_done": True,
                },
            ),
            Page(
                "advice",
                {"action": "withdraw", "confirm": "on"},
                {"action": "withdraw", "action_confirmed": True},
                shows=("Our suggestion: Withdraw from the process",),
            ),
            Page(
                "channel",
                {"channel": "phone"},
                {"channel": "phone"},
                shows=("We suggest: Phone call", "Phone call (recommended)"),
            ),
            Page(
                "tone",
                {
                    "tone": "warm",
                    "share_reason": "specific",
                    "extras": ["door_open", "other_roles"],
                },
                {
                    "tone": "warm",
                    "share_reason": "specific",
                    "extras": ["door_open", "other_roles"],
                },
            ),
        ),
        skipped=(),
        check_shows=("Rounds done", "Dr Ana Rivera", "Hiring manager", "Withdraw from the process"),
    ),
    Journey(
        stage="rejected",
        pages=(
            Page(
                "situation",
                {"stage": "rejected", "time_zone": "Europe/London"},
                # A reply to a rejection has one action; nothing to decide.
                {"stage": "rejected", "action": "reply", "action_confirmed": False},
            ),
            Page("people", people(), {"company": "Globex", "contact_phone": ""}),
            Page(
                "tone",
                # A reply keeps the door open by itself: it takes feedback and part-time only.
                {"tone": "warm", "extras": ["feedback", "part_time"]},
                {"tone": "warm", "share_reason": "none", "extras": ["part_time", "feedback"]},
                shows=("Ask for feedback",),
            ),
        ),
        skipped=("reasons", "advice", "channel"),
        check_shows=("They turned me down after an interview", "Ask for feedback"),
        saved_at_end={"reasons": [], "reasons_done": False},
    ),
]


@pytest.mark.parametrize("journey", JOURNEYS, ids=[journey.stage for journey in JOURNEYS])
def test_a_journey_from_start_to_checked_answers(owner_client, owner, journey):
    response = owner_client.post(reverse("drafts:create"))
    draft = Draft.objects.get(owner=owner)
    assert response["Location"] == step_url(draft, "situation")

    saved = {}
    following = [page.step for page in journey.pages[1:]] + ["check"]
    for page, next_step in zip(journey.pages, following, strict=True):
        shown = owner_client.get(step_url(draft, page.step))
        assert shown.status_code == 200
        html = shown.content.decode()
        for text in page.shows:
            assert text in html, f"{page.step} page should show {text!r}"

        response = owner_client.post(
            step_url(draft, page.step), {**page.data, "version": page_version(html), "nav": "next"}
        )
        assert response.status_code == 302, response.content.decode()
        assert response["Location"] == step_url(draft, next_step)

        saved.update(page.saved)
        assert Draft.objects.values(*saved).get(pk=draft.pk) == saved, f"after {page.step}"

    for name in journey.skipped:
        skipped = owner_client.get(step_url(draft, name))
        assert skipped.status_code == 302, f"{name} should be skipped"

    check = owner_client.get(step_url(draft, "check"))
    html = check.content.decode()
    for text in journey.check_shows:
        assert text in html, f"Check your answers should show {text!r}"
    for name in journey.skipped:
        assert f"/step/{name}/?return=check" not in html
    for page in journey.pages:
        assert f"/step/{page.step}/?return=check" in html

    response = owner_client.post(
        step_url(draft, "check"), {"version": page_version(html), "nav": "next"}
    )
    assert response["Location"] == reverse("drafts:message", kwargs={"draft_id": draft.id})
    row = Draft.objects.values("status", *saved, *journey.saved_at_end).get(pk=draft.pk)
    assert row == {"status": Draft.Status.READY, **saved, **journey.saved_at_end}


def test_check_your_answers_says_not_provided_for_empty_optional_answers(owner_client, owner):
    draft = Draft.objects.create(
        owner=owner,
        stage="invited",
        company="Globex",
        role="Data Analyst",
        contact_name="Ana Rivera",
        contact_role="recruiter",
        sender_name="Sam Lee",
        reasons=["career_goals"],
        reasons_done=True,
        action="decline",
        action_confirmed=True,
        tone="warm",
        share_reason="brief",
    )
    html = owner_client.get(step_url(draft, "check")).content.decode()
    email_row = re.search(r"<dt>Their email</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)
    note_row = re.search(r"<dt>Private note</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)
    company_row = re.search(r"<dt>Company</dt>\s*<dd>(.*?)</dd>", html, re.S).group(1)
    assert email_row == "Not provided"
    assert note_row == "Not provided"
    assert company_row == "Globex"


def test_every_step_page_has_one_heading_a_progress_and_continue(owner_client, owner):
    draft = Draft.objects.create(owner=owner, stage="invited", contact_phone=PHONE)
    html = owner_client.get(step_url(draft, "people")).content.decode()
    assert html.count("<h1") == 1
    assert f'<h1 class="mb-3">{escape("Who is involved?")}</h1>' in html
    assert "Step 2 of 7" in html
    assert 'name="nav" value="next"' in html
    assert 'name="nav" value="back"' in html
