"""The advisor: one test per row of the rules table in declinewiz/compose/advice.py."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declinewiz.compose.advice import (
    ACTION_HINTS,
    CHECK_THE_COMPANY,
    HARD_TO_UNDO,
    KEEP_IT_MINIMAL,
    NEGOTIABLE_TERMS,
    OFFER_IS_DELICATE,
    THINK_TWICE,
    YOU_SAID,
    actions_for,
    recommend_action,
)
from declinewiz.compose.catalogue import REASONS
from declinewiz.compose.labels import ACTION_LABELS
from declinewiz.compose.types import Action, Stage
from tests.compose.builders import make_answers

RULES = [
    # (id, stage, reasons, expected action)
    ("1-rejected", Stage.REJECTED, ("low_salary",), Action.REPLY),
    ("2-no-reasons", Stage.INVITED, (), Action.PAUSE),
    ("3-illegitimate", Stage.INVITED, ("illegitimate", "low_salary"), Action.DECLINE),
    ("3-illegitimate-mid-process", Stage.MID_PROCESS, ("illegitimate",), Action.WITHDRAW),
    ("4-prefer-other-role", Stage.SCHEDULED, ("prefer_other_role", "mission"), Action.OTHER_ROLES),
    ("5-negotiable", Stage.INVITED, ("low_salary",), Action.NEGOTIATE),
    (
        "5-negotiable-all",
        Stage.SCHEDULED,
        ("low_salary", "schedule_setup", "relocation"),
        Action.NEGOTIATE,
    ),
    (
        "5-negotiable-with-timing",
        Stage.SCHEDULED,
        ("relocation", "timing_conflict"),
        Action.NEGOTIATE,
    ),
    (
        "5-negotiable-with-pending-offer",
        Stage.INVITED,
        ("low_salary", "offer_pending"),
        Action.NEGOTIATE,
    ),
    ("5-negotiable-cold", Stage.COLD_OUTREACH, ("schedule_setup",), Action.NEGOTIATE),
    ("6-timing-invited", Stage.INVITED, ("timing_conflict",), Action.RESCHEDULE),
    ("6-timing-scheduled", Stage.SCHEDULED, ("timing_conflict",), Action.RESCHEDULE),
    ("6-timing-mid-process", Stage.MID_PROCESS, ("timing_conflict",), Action.RESCHEDULE),
    ("7-timing-cold-outreach", Stage.COLD_OUTREACH, ("timing_conflict",), Action.DECLINE),
    ("7-clear-no", Stage.INVITED, ("happy_current_job",), Action.DECLINE),
    ("7-negotiable-with-clear-no", Stage.SCHEDULED, ("low_salary", "culture_fit"), Action.DECLINE),
    ("7-pending-offer-alone", Stage.INVITED, ("offer_pending",), Action.DECLINE),
    ("7-mid-process-withdraw", Stage.MID_PROCESS, ("offer_accepted",), Action.WITHDRAW),
]


@pytest.mark.parametrize(
    ("stage", "reasons", "expected"),
    [row[1:] for row in RULES],
    ids=[row[0] for row in RULES],
)
def test_rules_table(stage, reasons, expected):
    answers = make_answers(stage=stage, reasons=reasons)

    advice = recommend_action(answers)

    assert advice.action is expected
    assert advice.why
    assert all(sentence.strip() for sentence in advice.why)


@pytest.mark.parametrize(
    "reason", ["offer_accepted", "happy_current_job", "mission", "bad_reputation",
               "culture_fit", "pushy_recruiter", "personal_circumstances", "career_goals",
               "lateral_move", "uninteresting", "vague_description", "long_process"],
)  # fmt: skip
def test_any_clear_no_stops_negotiation(reason):
    advice = recommend_action(make_answers(reasons=("low_salary", reason)))

    assert advice.action is Action.DECLINE


def test_negotiate_why_names_the_reason_and_says_it_is_negotiable():
    advice = recommend_action(make_answers(reasons=("low_salary",)))

    assert advice.why[0] == (
        "You said the pay is well below what you need — that is often negotiable."
    )
    assert "the recruiter" in advice.why[1]


def test_negotiate_why_with_several_reasons_reads_in_the_plural():
    advice = recommend_action(make_answers(reasons=("low_salary", "relocation")))

    assert advice.why[0] == (
        "You said the pay is well below what you need and it would mean relocating — "
        "those are often negotiable."
    )


def test_negotiate_with_timing_mentions_asking_for_another_time():
    advice = recommend_action(make_answers(reasons=("schedule_setup", "timing_conflict")))

    assert any("another time" in sentence for sentence in advice.why)


def test_decline_why_names_every_reason_in_catalogue_order():
    advice = recommend_action(make_answers(reasons=("mission", "career_goals")))

    assert advice.why[0] == (
        "You said it doesn't match your career goals and you don't share the company's mission."
    )


def test_decline_with_a_negotiable_reason_explains_why_not_to_negotiate():
    advice = recommend_action(make_answers(reasons=("low_salary", "happy_current_job")))

    assert advice.why[-1].startswith("The pay could be talked about")


def test_withdraw_why_counts_the_rounds():
    advice = recommend_action(
        make_answers(stage=Stage.MID_PROCESS, rounds_done=2, reasons=("career_goals",))
    )

    assert "After 2 rounds" in advice.why[1]


def test_pause_why_says_kindly_that_not_being_sure_is_fine():
    advice = recommend_action(make_answers(reasons=()))

    assert "haven't ticked a reason" in advice.why[0]
    assert "that's fine" in advice.why[0]


def test_pause_with_a_booked_interview_asks_to_decide_soon():
    advice = recommend_action(make_answers(stage=Stage.SCHEDULED, reasons=()))

    assert "decide soon" in advice.why[1]


def test_other_roles_mentions_the_company_and_the_other_reasons():
    advice = recommend_action(make_answers(reasons=("prefer_other_role", "lateral_move")))

    assert "Acme" in advice.why[0]
    assert "sideways move" in advice.why[1]


def test_reply_to_a_rejection_ignores_reasons_and_adds_no_notes():
    advice = recommend_action(
        make_answers(stage=Stage.REJECTED, reasons=("offer_pending", "illegitimate"))
    )

    assert advice.action is Action.REPLY
    assert advice.notes == ()
    assert "feedback" in advice.why[0]


# Notes ---------------------------------------------------------------------------------------


def test_pending_offer_adds_think_twice_note():
    advice = recommend_action(make_answers(reasons=("offer_pending",)))

    assert advice.notes == (THINK_TWICE,)
    assert "fall through" in THINK_TWICE


def test_pending_offer_note_also_comes_with_negotiation():
    advice = recommend_action(make_answers(reasons=("low_salary", "offer_pending")))

    assert THINK_TWICE in advice.notes


def test_illegitimate_adds_keep_it_minimal_note():
    advice = recommend_action(make_answers(reasons=("illegitimate",)))

    assert advice.notes == (KEEP_IT_MINIMAL, CHECK_THE_COMPANY)
    assert "no personal details" in KEEP_IT_MINIMAL
    assert "official website" in CHECK_THE_COMPANY
    assert "Don't call or reply" in CHECK_THE_COMPANY


def test_illegitimate_advises_a_short_no_without_reason():
    advice = recommend_action(make_answers(reasons=("illegitimate", "prefer_other_role")))

    assert advice.action is Action.DECLINE
    assert "no reason" in advice.why[0]


def test_both_cautions_give_both_notes():
    advice = recommend_action(make_answers(reasons=("illegitimate", "offer_pending")))

    assert advice.notes == (THINK_TWICE, KEEP_IT_MINIMAL, CHECK_THE_COMPANY)


def test_an_offer_with_only_another_unsigned_offer_is_a_pause():
    advice = recommend_action(make_answers(stage=Stage.OFFER, reasons=("offer_pending",)))

    assert advice.action is Action.PAUSE
    assert advice.notes == (THINK_TWICE,)


def test_an_offer_with_only_a_timing_reason_talks_about_the_start_date():
    advice = recommend_action(make_answers(stage=Stage.OFFER, reasons=("timing_conflict",)))

    assert advice.action is Action.NEGOTIATE
    assert "start date" in advice.why[0]


@pytest.mark.parametrize("reasons", [("offer_accepted",), ("prefer_other_role",)])
def test_an_offer_declined_says_it_is_the_most_delicate_message(reasons):
    advice = recommend_action(make_answers(stage=Stage.OFFER, reasons=reasons))

    assert advice.action is Action.DECLINE
    assert OFFER_IS_DELICATE in advice.why


def test_an_offer_can_be_declined_talked_about_or_paused():
    assert actions_for(Stage.OFFER) == (Action.DECLINE, Action.NEGOTIATE, Action.PAUSE)


@pytest.mark.parametrize("stage", [Stage.INVITED, Stage.MID_PROCESS], ids=str)
def test_decline_and_withdraw_add_no_note(stage):
    advice = recommend_action(make_answers(stage=stage, reasons=("happy_current_job",)))

    assert advice.notes == ()


def test_hard_to_undo_is_a_plain_sentence():
    assert "hard to undo" in HARD_TO_UNDO
    assert HARD_TO_UNDO.endswith(".")


# actions_for and labels ----------------------------------------------------------------------

ACTIONS = [
    (Stage.REJECTED, (Action.REPLY,)),
    (
        Stage.COLD_OUTREACH,
        (Action.DECLINE, Action.NEGOTIATE, Action.OTHER_ROLES, Action.PAUSE),
    ),
    (
        Stage.INVITED,
        (Action.DECLINE, Action.RESCHEDULE, Action.NEGOTIATE, Action.OTHER_ROLES, Action.PAUSE),
    ),
    (
        Stage.SCHEDULED,
        (Action.DECLINE, Action.RESCHEDULE, Action.NEGOTIATE, Action.OTHER_ROLES, Action.PAUSE),
    ),
    (
        Stage.MID_PROCESS,
        (Action.WITHDRAW, Action.RESCHEDULE, Action.NEGOTIATE, Action.OTHER_ROLES, Action.PAUSE),
    ),
]


@pytest.mark.parametrize(("stage", "expected"), ACTIONS, ids=[str(row[0]) for row in ACTIONS])
def test_actions_for(stage, expected):
    assert actions_for(stage) == expected


def test_every_action_has_a_label_and_a_hint():
    assert set(ACTION_LABELS) == set(Action)
    assert set(ACTION_HINTS) == set(Action)
    assert ACTION_LABELS[Action.OTHER_ROLES] == "Decline this role, ask about others"


def test_every_reason_can_be_said_back():
    assert set(YOU_SAID) == set(REASONS)
    assert set(NEGOTIABLE_TERMS) == {code for code, reason in REASONS.items() if reason.negotiable}


@given(
    stage=st.sampled_from(Stage),
    reasons=st.lists(st.sampled_from(sorted(REASONS)), unique=True),
    rounds_done=st.integers(min_value=0, max_value=9),
)
def test_the_recommendation_is_always_an_action_offered_at_the_stage(stage, reasons, rounds_done):
    advice = recommend_action(
        make_answers(stage=stage, reasons=tuple(reasons), rounds_done=rounds_done)
    )

    assert advice.action in actions_for(stage)
    assert advice.why
    assert "  " not in " ".join(advice.why)
