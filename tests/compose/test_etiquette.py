"""The etiquette check on bad drafts (each flaw found, kindly) and on the generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declinewiz.compose.etiquette import CHECKS, check_email, word_count
from declinewiz.compose.types import Action, Stage, Tone
from declinewiz.compose.writer import compose_all
from tests.compose.builders import make_answers

ANSWERS = make_answers(action=Action.DECLINE)

GOOD = """Hi Ana,

Thank you for inviting me to interview for the Product Designer role at Acme. After some \
thought, I've decided to decline the invitation.

I'd be glad to stay in touch.

Best regards,
Sam Lee"""


def findings(text: str, answers=ANSWERS, **kwargs) -> dict[str, object]:
    return {finding.check: finding for finding in check_email(text, answers=answers, **kwargs)}


def failed(text: str, answers=ANSWERS, **kwargs) -> set[str]:
    return {code for code, finding in findings(text, answers, **kwargs).items() if not finding.ok}


def test_a_good_draft_passes_every_check_in_a_fixed_order():
    result = check_email(GOOD, answers=ANSWERS)
    assert tuple(finding.check for finding in result) == CHECKS
    assert all(finding.ok for finding in result)
    assert all(finding.message for finding in result)


@pytest.mark.parametrize(
    "answers",
    [
        make_answers(action=Action.DECLINE, tone=Tone.FORMAL, contact={"title": "Ms"}),
        make_answers(stage=Stage.MID_PROCESS, rounds_done=3, tone=Tone.BRIEF),
        make_answers(stage=Stage.REJECTED),
        make_answers(stage=Stage.SCHEDULED, action=Action.RESCHEDULE),
        make_answers(reasons=("low_salary",)),
        make_answers(),
    ],
)
def test_the_generated_email_passes_every_check(answers):
    assert all(finding.ok for finding in compose_all(answers).etiquette)


def test_a_rant_about_pay_is_negative():
    rant = GOOD.replace(
        "I'd be glad to stay in touch.",
        "Frankly the salary was a lowball offer and insulting for this kind of work.",
    )
    result = findings(rant)
    assert not result["negative"].ok
    assert "lowball" in result["negative"].message
    assert "neutral" in result["negative"].message


@pytest.mark.parametrize(
    "remark",
    [
        "Your reviews on Glassdoor are terrible.",
        "The process was disorganised and a waste of time.",
        "The recruiter was rude and unprofessional.",
        "The company culture seems toxic.",
        "I was underpaid enough at my last job.",
    ],
)
def test_criticism_of_the_company_or_its_people_is_negative(remark):
    assert "negative" in failed(GOOD.replace("I'd be glad to stay in touch.", remark))


def test_three_apologies_are_too_many():
    sorry = GOOD.replace(
        "I'd be glad to stay in touch.",
        "I'm so sorry. I apologise for this. I regret any trouble.",
    )
    result = findings(sorry)
    assert not result["apology"].ok
    assert "3 times" in result["apology"].message


def test_one_apology_is_fine():
    assert "apology" not in failed(GOOD.replace("touch.", "touch. Sorry for the short notice."))


@pytest.mark.parametrize("hole", ["[Name]", "{company}", "<Your name>", "XXX", "TBD", "INSERT"])
def test_a_placeholder_left_in_is_found(hole):
    text = GOOD.replace("Product Designer", f"Product Designer {hole}")
    result = findings(text)
    assert not result["placeholder"].ok
    assert hole in result["placeholder"].message


def test_a_placeholder_in_the_subject_is_found():
    assert "placeholder" in failed(GOOD, subject="Interview at [Company]")


def test_an_email_address_in_angle_brackets_is_not_a_placeholder():
    text = GOOD + "\nSam Lee <sam@example.com>"
    assert "placeholder" not in failed(text)


def test_no_greeting_by_name():
    text = GOOD.replace("Hi Ana,", "Dear Hiring Manager,")
    result = findings(text)
    assert not result["greeting"].ok
    assert "Hi Ana," in result["greeting"].message


@pytest.mark.parametrize("greeting", ["Dear Ms Rivera,", "Dear Ana Rivera,", "Hello Ana,"])
def test_greeting_by_surname_first_name_or_full_name(greeting):
    assert "greeting" not in failed(GOOD.replace("Hi Ana,", greeting))


def test_no_thanks():
    text = GOOD.replace("Thank you for inviting me", "You invited me")
    result = findings(text)
    assert not result["thanks"].ok
    assert (
        result["thanks"].message == "Add a thank-you for their time, for example in the first line."
    )


def test_no_decision():
    text = GOOD.replace("I've decided to decline the invitation", "I have been thinking")
    assert "decision" in failed(text)


def test_a_decision_buried_at_the_end_should_move_up():
    text = GOOD.replace(
        "After some thought, I've decided to decline the invitation.",
        "I read about your team. I liked the product. I saw the office photos.",
    ).replace("I'd be glad to stay in touch.", "In the end, I've decided to decline.")
    result = findings(text)
    assert not result["decision"].ok
    assert "Move your decision up" in result["decision"].message


def test_decision_words_depend_on_the_action():
    reschedule = make_answers(action=Action.RESCHEDULE)
    assert "decision" in failed(GOOD, reschedule)
    moved = GOOD.replace("decline the invitation", "ask whether we could move the interview")
    assert "decision" not in failed(moved, reschedule)


def test_an_excuse_paragraph_is_flagged():
    excuse = GOOD.replace(
        "I'd be glad to stay in touch.",
        "The reason is that my commute would be long.",
    )
    assert "excuse" in failed(excuse)
    justification = GOOD.replace(
        "I'd be glad to stay in touch.",
        "I decided this because " + "my situation has changed in many small ways " * 8 + ".",
    )
    assert "excuse" in failed(justification)


def test_too_long_for_the_tone():
    long = GOOD.replace("I'd be glad to stay in touch.", "I enjoyed our chat. " * 20)
    brief = make_answers(action=Action.DECLINE, tone=Tone.BRIEF)
    result = findings(long, brief)
    assert not result["length"].ok
    assert "80 or fewer" in result["length"].message
    # The same text is fine for a warm message, which may be longer.
    assert "length" not in failed(long, make_answers(action=Action.DECLINE, tone=Tone.WARM))


def test_signature_block_does_not_count_towards_the_length():
    signature = "Sam Lee\n" + "\n".join(["Senior Product Designer, Studio Example"] * 10)
    answers = make_answers(action=Action.DECLINE, tone=Tone.BRIEF, sender={"signature": signature})
    text = GOOD.replace("Sam Lee", signature)
    assert "length" not in failed(text, answers)
    assert "signature" not in failed(text, answers)


def test_no_close_and_no_signature():
    text = GOOD.replace("\n\nBest regards,\nSam Lee", "")
    result = findings(text)
    assert not result["close"].ok
    assert not result["signature"].ok
    assert "Sam Lee" in result["signature"].message


def test_it_advises_and_never_raises_on_odd_text():
    for text in ("", "   ", "\x00\r\n", "[", "Hi\n\n\n"):
        result = check_email(text, answers=ANSWERS)
        assert len(result) == len(CHECKS)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("Thank you for your time.", 5),
        ("At 14:00 (Europe/London) \u2013 see you", 5),  # a lone dash is no word
        ("snake_case _ __ \u00e9t\u00e9 \u0661\u0662", 5),  # underscores, accents, other digits
        ("line\x1cbreak\u2028and\xa0space", 4),  # every kind of space separates
    ],
)
def test_word_count_counts_runs_with_a_letter_or_digit(text, words):
    assert word_count(text) == words


@given(st.text())
def test_word_count_is_the_count_of_word_tokens(text):
    # The definition word_count is a faster form of: tokens holding a word character.
    assert word_count(text) == len(re.findall(r"[^\s\w]*\w\S*", text))
