"""The close-out's plan per process, its order of urgency and the call sheet's sentence."""

import dataclasses
import datetime as dt
import re

import pytest

from declinewiz.compose.advice import actions_for
from declinewiz.compose.closeout import (
    company_key,
    one_sentence,
    plan_for,
    same_company,
    same_job,
    urgency,
    with_reason,
)
from declinewiz.compose.etiquette import check_outputs
from declinewiz.compose.types import Action, Channel, ContactRole, Extra, Stage, Tone
from declinewiz.compose.writer import compose_all
from tests.compose.builders import NOW, make_answers

PHONE = "+44 20 7946 0000"


@pytest.mark.parametrize(
    ("answers", "action", "channel"),
    [
        # A cold outreach: a short email, even with their number.
        (
            {"stage": Stage.COLD_OUTREACH, "contact": {"phone": PHONE}},
            Action.DECLINE,
            Channel.EMAIL,
        ),
        ({"stage": Stage.INVITED}, Action.DECLINE, Channel.EMAIL),
        # A booked interview within two days: call first, then confirm in writing.
        (
            {
                "stage": Stage.SCHEDULED,
                "interview_at": NOW + dt.timedelta(hours=30),
                "contact": {"phone": PHONE},
            },
            Action.DECLINE,
            Channel.PHONE_THEN_EMAIL,
        ),
        (
            {
                "stage": Stage.SCHEDULED,
                "interview_at": NOW + dt.timedelta(days=6),
                "contact": {"phone": PHONE},
            },
            Action.DECLINE,
            Channel.EMAIL,
        ),
        # Several rounds in: withdraw; by phone with the hiring manager they have met.
        (
            {
                "stage": Stage.MID_PROCESS,
                "rounds_done": 3,
                "contact": {"phone": PHONE, "role": ContactRole.HIRING_MANAGER},
            },
            Action.WITHDRAW,
            Channel.PHONE,
        ),
        ({"stage": Stage.MID_PROCESS, "rounds_done": 2}, Action.WITHDRAW, Channel.EMAIL),
        # Another offer: decline it, by phone first.
        (
            {"stage": Stage.OFFER, "contact": {"phone": PHONE}},
            Action.DECLINE,
            Channel.PHONE_THEN_EMAIL,
        ),
        ({"stage": Stage.OFFER}, Action.DECLINE, Channel.EMAIL),
    ],
    ids=[
        "cold",
        "invited",
        "booked soon",
        "booked later",
        "rounds in, manager",
        "rounds in",
        "offer",
        "offer, no phone",
    ],
)
def test_the_plan_fits_the_stage(answers, action, channel):
    plan = plan_for(with_reason(make_answers(**answers)))
    assert (plan.action, plan.channel) == (action, channel)
    assert plan.call_first == (channel in (Channel.PHONE, Channel.PHONE_THEN_EMAIL))


def test_the_persons_choice_wins_over_the_advice():
    answers = with_reason(make_answers(contact={"phone": PHONE}))
    plan = plan_for(dataclasses.replace(answers, channel=Channel.PHONE))
    assert plan.channel is Channel.PHONE
    assert plan.action is Action.DECLINE


def test_the_reason_is_the_true_one_shared_in_neutral_words():
    answers = with_reason(make_answers(reasons=("career_goals",)))
    assert answers.reasons == ("offer_accepted",)
    assert "I've accepted another offer" in compose_all(answers).email.body


def test_booked_interviews_come_first_soonest_first_then_by_stage():
    tomorrow, next_week = NOW + dt.timedelta(days=1), NOW + dt.timedelta(days=7)
    keys = {
        "cold": urgency(stage=Stage.COLD_OUTREACH, interview_at=None),
        "invited": urgency(stage=Stage.INVITED, interview_at=None),
        "rounds": urgency(stage=Stage.MID_PROCESS, interview_at=None),
        "next week": urgency(stage=Stage.SCHEDULED, interview_at=next_week),
        "tomorrow": urgency(stage=Stage.SCHEDULED, interview_at=tomorrow),
        "offer": urgency(stage=Stage.OFFER, interview_at=None),
    }
    order = sorted(keys, key=keys.get)
    assert order == ["tomorrow", "next week", "offer", "rounds", "invited", "cold"]


def test_the_call_sheet_sentence_is_the_scripts_one_sentence():
    answers = with_reason(make_answers(contact={"phone": PHONE}, channel=Channel.PHONE))
    script = compose_all(answers).phone_script
    sentence = one_sentence(script)
    assert sentence
    assert sentence in [section.text for section in script.before_you_call]
    assert "decline" in sentence  # the decision, said plainly


@pytest.mark.parametrize(
    ("stage", "action"),
    [
        (stage, action)
        for stage in Stage
        if stage is not Stage.REJECTED
        for action in actions_for(stage)
        if action in (Action.DECLINE, Action.WITHDRAW, Action.OTHER_ROLES)
    ],
)
def test_every_process_a_closeout_can_hold_is_written_and_checked(stage, action):
    answers = with_reason(
        make_answers(
            stage=stage,
            action=action,
            interview_at=NOW + dt.timedelta(days=1),
            rounds_done=2,
            contact={"phone": PHONE},
        )
    )
    outputs = compose_all(answers)  # the etiquette check runs inside
    assert outputs.action is action
    assert "accepted another offer" in outputs.email.body
    assert check_outputs(outputs)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Initech", "Initech Ltd"),
        ("Initech", "INITECH, Inc."),
        ("Initech", "initech  llc"),
        ("Initech", "Initech GmbH & Co. KG"),
        ("Initech", "Initech plc"),
        ("Initech Systems", "Initech Systems Limited"),
    ],
)
def test_a_company_is_the_same_however_its_legal_form_is_typed(one, other):
    assert same_company(one, other)
    assert company_key(other) == company_key(one)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Initech", "Initrode"), ("Initech", "Initech Systems"), ("", ""), ("Co", "Ltd")],
)
def test_different_companies_stay_different(one, other):
    assert not same_company(one, other)


def test_a_name_that_is_all_legal_form_keeps_a_word():
    assert company_key("The Company") == "the"
    assert company_key("Company") == "company"


def test_the_same_job_needs_the_same_role_too():
    job = {"company": "Initech", "role": "Staff Engineer"}
    assert same_job(**job, other_company="Initech Ltd", other_role="staff  engineer")
    assert not same_job(**job, other_company="Initech", other_role="Senior Staff Engineer")


CONTRACTION = re.compile(r"\b\w+'(?:ve|m|d|re|ll|t)\b|\b\w+n't\b|\bLet's\b", re.IGNORECASE)


@pytest.mark.parametrize("variant", range(3))
@pytest.mark.parametrize(
    "stage", [stage for stage in Stage if stage is not Stage.REJECTED], ids=str
)
@pytest.mark.parametrize(
    "reason", ["offer_accepted", "offer_accepting", "timing_conflict", "prefer_other_role"]
)
def test_a_formal_email_never_contracts(stage, reason, variant):
    """Formal says "I have decided" and so "I have accepted another offer": in the email and
    in the email after a call alike."""
    answers = with_reason(
        make_answers(
            stage=stage,
            tone=Tone.FORMAL,
            variant=variant,
            interview_at=NOW + dt.timedelta(days=1),
            rounds_done=2,
            extras=frozenset({Extra.DOOR_OPEN}),
        ),
        reason,
    )
    for action in (Action.DECLINE, Action.WITHDRAW, Action.OTHER_ROLES):
        if action not in actions_for(stage):
            continue
        outputs = compose_all(dataclasses.replace(answers, action=action))
        for text in (outputs.email.body, outputs.phone_script.follow_up_email.body):
            assert not CONTRACTION.findall(text), text


@pytest.mark.parametrize("action", [Action.DECLINE, Action.OTHER_ROLES])
def test_a_formal_call_says_the_step_as_people_speak_while_its_email_spells_it_out(action):
    """The formal email writes "so I would like to cancel"; said aloud, beside "I've decided"
    and "If you'd like to call back", the same call says "so I'd like to cancel"."""
    answers = make_answers(
        stage=Stage.SCHEDULED,
        tone=Tone.FORMAL,
        variant=2,  # the wording with "so I'd like to cancel our interview"
        action=action,
        interview_at=NOW + dt.timedelta(days=1),
    )
    outputs = compose_all(answers)
    assert "so I would like to cancel our interview" in outputs.email.body
    script = outputs.phone_script
    said = [section.text for section in script.sections + script.before_you_call]
    decision = next(section.text for section in script.sections if section.title == "Decision")
    for text in (decision, script.voicemail):
        assert "so I'd like to cancel our interview" in text, text
    assert not any("I would like" in text for text in (*said, script.voicemail))
    assert not CONTRACTION.findall(script.follow_up_email.body)
