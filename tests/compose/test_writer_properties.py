"""The writer across the whole space of answers: safe, complete, within limits, deterministic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from declinewiz.compose.catalogue import REASONS
from declinewiz.compose.channel import interview_is_close
from declinewiz.compose.etiquette import check_email, check_outputs, word_count
from declinewiz.compose.types import VOICEMAIL_WORD_LIMIT, Extra
from declinewiz.compose.writer import compose_all, extras_for, reading, today_where_they_are
from tests.compose.builders import answers_strategy, texts_sent_or_said

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENSITIVE = [reason for reason in REASONS.values() if reason.sensitive]
# The words that give a sensitive reason away, beyond its code and label.
SENSITIVE_WORDS = re.compile(
    r"\b(?:mission|culture|reputation|pushy|misleading|legitimate|illegitimate|worrying)\b",
    re.IGNORECASE,
)
PLACEHOLDER = re.compile(r"\[|\]|\{|\}|<|>|\bXXX\b|\bTBD\b|\bINSERT\b", re.IGNORECASE)
# A Python None that leaked into the words (user text in these tests never spells it).
LEAKED_NONE = re.compile(r"\bNone\b")
# Holes left by an empty field: "at .", "on ,", a space before punctuation, doubled stops.
HOLE = re.compile(r"\s[.,;:?!]|\.\.|,,|\b(?:at|on|for|with|about)\s*[.,]")
APOLOGY = re.compile(r"\bsorry\b|\bapolog\w*|\bregret\w*", re.IGNORECASE)


@FAST
@given(answers=answers_strategy())
def test_outputs_are_safe_complete_and_within_limits(answers):
    outputs = compose_all(answers)

    for text in texts_sent_or_said(outputs):
        assert text.strip()
        assert not PLACEHOLDER.search(text), text
        assert not LEAKED_NONE.search(text), text
        assert "  " not in text, text
        assert not HOLE.search(text), text
        folded = text.casefold()
        for reason in SENSITIVE:
            assert reason.code not in folded
            assert reason.label.casefold() not in folded
        assert not SENSITIVE_WORDS.search(text), text

    # Every etiquette check passes, on the email and on the confirmation after a call; that
    # covers greeting by name, thanks, decision, placeholders, tone, apology, length, close and
    # signature.
    findings = check_outputs(outputs)
    assert all(finding.ok for finding in findings), findings
    follow_up = outputs.phone_script.follow_up_email
    findings = check_email(
        follow_up.body, answers=answers, subject=follow_up.subject, action=outputs.action
    )
    assert all(finding.ok for finding in findings), (findings, follow_up.body)

    # Greeted by a name they gave (capitalised when typed in lower case).
    names = answers.contact.name.casefold().split()
    first_line = outputs.email.body.splitlines()[0].casefold()
    assert names[0] in first_line or names[-1] in first_line

    voicemail = outputs.phone_script.voicemail
    assert word_count(voicemail) <= VOICEMAIL_WORD_LIMIT, voicemail
    assert answers.sender.name in voicemail
    assert "email" in voicemail.casefold()
    if answers.sender.phone and "illegitimate" not in answers.reasons:
        assert answers.sender.phone in voicemail

    apologies = len(APOLOGY.findall(outputs.email.body))
    # An apology is said only when chosen and when the action takes one (see extras_for).
    takes = extras_for(action=outputs.action, stage=answers.stage, reasons=answers.reasons)
    if Extra.APOLOGY in answers.extras and Extra.APOLOGY in takes:
        assert apologies == 1, outputs.email.body
    else:
        assert apologies == 0, outputs.email.body
    assert not APOLOGY.search(follow_up.body)
    assert not APOLOGY.search(voicemail)


@settings(FAST, max_examples=40)
@given(answers=answers_strategy())
def test_same_answers_same_words_and_the_next_variant_reads_differently(answers):
    outputs = compose_all(answers)
    assert compose_all(dataclasses.replace(answers)) == outputs
    other = compose_all(dataclasses.replace(answers, variant=answers.variant + 1))
    assert other.email.body != outputs.email.body


@FAST
@given(answers=answers_strategy(), seconds=st.integers(-3 * 86400, 3 * 86400))
def test_the_words_depend_on_the_moment_only_through_its_reading(answers, seconds):
    # The message page keeps the words and their check by reading(answers), so two moments
    # with one reading must give the same words and the same findings, and a moment that
    # changes today's date or the interview's closeness must change the reading.
    later = dataclasses.replace(answers, now=answers.now + dt.timedelta(seconds=seconds))
    same_day = today_where_they_are(later) == today_where_they_are(answers)
    same_closeness = interview_is_close(later) == interview_is_close(answers)
    assert (reading(later) == reading(answers)) == (same_day and same_closeness)
    assume(reading(later) == reading(answers))
    assert compose_all(later) == compose_all(answers)
    assert check_outputs(compose_all(later)) == check_outputs(compose_all(answers))
