"""Channel advice: one test per row of the rules table in declinewiz/compose/channel.py."""

from __future__ import annotations

import datetime as dt

import pytest

from declinewiz.compose.channel import (
    interview_is_close,
    recommend_channel,
)
from declinewiz.compose.labels import CHANNEL_LABELS
from declinewiz.compose.types import Action, Channel, ContactRole, Stage
from tests.compose.builders import NOW, make_answers

PHONE = "+44 20 7946 0000"
SOON = NOW + dt.timedelta(hours=30)
LATER = NOW + dt.timedelta(days=6)

RULES = [
    # (id, answers overrides, action, expected channel)
    (
        "1-no-phone-beats-close-interview",
        {"stage": Stage.SCHEDULED, "interview_at": SOON, "contact": {"phone": ""}},
        Action.DECLINE,
        Channel.EMAIL,
    ),
    (
        "1-no-phone-beats-hiring-manager",
        {"stage": Stage.MID_PROCESS, "contact": {"role": ContactRole.HIRING_MANAGER}},
        Action.WITHDRAW,
        Channel.EMAIL,
    ),
    (
        "2-rejected",
        {"stage": Stage.REJECTED, "contact": {"phone": PHONE}},
        Action.REPLY,
        Channel.EMAIL,
    ),
    (
        "3-cold-outreach",
        {"stage": Stage.COLD_OUTREACH, "contact": {"phone": PHONE}},
        Action.DECLINE,
        Channel.EMAIL,
    ),
    (
        "4-interview-within-48h",
        {"stage": Stage.SCHEDULED, "interview_at": SOON, "contact": {"phone": PHONE}},
        Action.DECLINE,
        Channel.PHONE_THEN_EMAIL,
    ),
    (
        "4-next-round-within-48h",
        {
            "stage": Stage.MID_PROCESS,
            "interview_at": SOON,
            "contact": {"phone": PHONE, "role": ContactRole.HIRING_MANAGER},
        },
        Action.WITHDRAW,
        Channel.PHONE_THEN_EMAIL,
    ),
    (
        "5-mid-process-hiring-manager",
        {
            "stage": Stage.MID_PROCESS,
            "contact": {"phone": PHONE, "role": ContactRole.HIRING_MANAGER},
        },
        Action.WITHDRAW,
        Channel.PHONE,
    ),
    (
        "6-mid-process-recruiter",
        {"stage": Stage.MID_PROCESS, "contact": {"phone": PHONE}},
        Action.WITHDRAW,
        Channel.EMAIL,
    ),
    (
        "6-scheduled-far-ahead",
        {"stage": Stage.SCHEDULED, "interview_at": LATER, "contact": {"phone": PHONE}},
        Action.DECLINE,
        Channel.EMAIL,
    ),
    (
        "6-invited",
        {"stage": Stage.INVITED, "contact": {"phone": PHONE}},
        Action.RESCHEDULE,
        Channel.EMAIL,
    ),
]


@pytest.mark.parametrize(
    ("overrides", "action", "expected"),
    [row[1:] for row in RULES],
    ids=[row[0] for row in RULES],
)
def test_rules_table(overrides, action, expected):
    advice = recommend_channel(make_answers(**overrides), action=action)

    assert advice.recommended is expected
    assert advice.why
    assert advice.tips


CLOSENESS = [
    ("in-30-hours", dt.timedelta(hours=30), True),
    ("in-exactly-48-hours", dt.timedelta(hours=48), True),
    ("in-49-hours", dt.timedelta(hours=49), False),
    ("an-hour-ago", dt.timedelta(hours=-1), False),
    ("right-now", dt.timedelta(0), False),
]


@pytest.mark.parametrize(
    ("ahead", "close"), [row[1:] for row in CLOSENESS], ids=[row[0] for row in CLOSENESS]
)
def test_interview_is_close_within_48_hours_and_ahead(ahead, close):
    answers = make_answers(stage=Stage.SCHEDULED, interview_at=NOW + ahead)

    assert interview_is_close(answers) is close


def test_closeness_compares_instants_not_wall_clocks():
    # 10:00 in New York is 15:00 UTC: 54 hours after 09:00 UTC two days before, not 49.
    new_york = dt.timezone(dt.timedelta(hours=-5))
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=dt.datetime(2026, 3, 4, 10, 0, tzinfo=new_york),
    )

    assert not interview_is_close(answers)


def test_interview_date_is_ignored_at_a_stage_without_one():
    answers = make_answers(stage=Stage.INVITED, interview_at=SOON)

    assert not interview_is_close(answers)


def test_no_phone_but_close_interview_says_a_call_would_be_best():
    answers = make_answers(stage=Stage.SCHEDULED, interview_at=SOON, contact={"phone": ""})

    advice = recommend_channel(answers, action=Action.DECLINE)

    assert "Ana Rivera" in advice.why[0]
    assert "a call would be best if you can find their number" in advice.why[1]
    assert advice.tips[0] == "If you find their number, call today and confirm by email."


def test_no_phone_and_nothing_close_does_not_mention_calling():
    advice = recommend_channel(make_answers(contact={"phone": ""}), action=Action.DECLINE)

    assert len(advice.why) == 1
    assert "call" not in " ".join(advice.tips).lower()


def test_reply_action_is_email_even_with_a_phone_number():
    answers = make_answers(stage=Stage.SCHEDULED, interview_at=SOON, contact={"phone": PHONE})

    advice = recommend_channel(answers, action=Action.REPLY)

    assert advice.recommended is Channel.EMAIL


def test_close_interview_tips_say_call_today_voicemail_and_confirm():
    answers = make_answers(stage=Stage.SCHEDULED, interview_at=SOON, contact={"phone": PHONE})

    tips = recommend_channel(answers, action=Action.DECLINE).tips

    assert "today" in tips[0]
    assert "business hours" in tips[0]
    assert any("voicemail" in tip for tip in tips)
    assert any("Confirm in writing" in tip for tip in tips)


def test_phone_tips_say_business_hours_voicemail_and_confirm():
    answers = make_answers(
        stage=Stage.MID_PROCESS, contact={"phone": PHONE, "role": ContactRole.HIRING_MANAGER}
    )

    tips = recommend_channel(answers, action=Action.WITHDRAW).tips

    assert "business hours" in tips[0]
    assert "today" not in tips[0]
    assert any("voicemail" in tip for tip in tips)
    assert any("Confirm in writing" in tip for tip in tips)


def test_every_channel_has_a_label():
    assert set(CHANNEL_LABELS) == set(Channel)


def test_a_suspected_scam_is_never_a_call_even_with_a_number():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=NOW + dt.timedelta(hours=20),
        reasons=("illegitimate",),
        contact={"phone": "+44 20 7946 0018"},
    )

    advice = recommend_channel(answers, action=Action.DECLINE)

    assert advice.recommended is Channel.EMAIL
    assert "don't call the number" in advice.why[0]
    assert any("official website" in tip for tip in advice.tips)


def test_an_offer_is_a_call_then_an_email_when_there_is_a_number():
    answers = make_answers(stage=Stage.OFFER, contact={"phone": "+44 20 7946 0018"})

    advice = recommend_channel(answers, action=Action.DECLINE)

    assert advice.recommended is Channel.PHONE_THEN_EMAIL
    assert "call Ana Rivera first" in advice.why[0]


def test_an_offer_without_a_number_is_an_email():
    advice = recommend_channel(make_answers(stage=Stage.OFFER), action=Action.DECLINE)

    assert advice.recommended is Channel.EMAIL
