"""The product's own emails raise no etiquette finding, across the whole space of answers.

A finding on words the composer wrote is a false alarm, so this is the check's precision on
the text it sees most. The private notes are the kind people write: if one of them shows in
a generated email, the check or the composer has a bug.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declinewiz.compose.etiquette import CHECKS, apply_fix, check_email
from declinewiz.compose.types import Action
from declinewiz.compose.writer import compose_all
from tests.compose.builders import answers_strategy, make_answers

ANY_ANSWERS = make_answers(action=Action.DECLINE, reasons=("culture_fit", "low_salary"))

NOTES = (
    "",
    "The salary was an insult and the office felt like a frat house.",
    "Friends say the managers there are bullies.",
    "The recruiter kept ringing me at work and misled me about remote work.",
    "Glassdoor reviews are awful. Unpaid take-home test of twelve hours.",
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy(), note=st.sampled_from(NOTES))
def test_generated_emails_raise_no_finding(answers, note):
    outputs = compose_all(answers)
    for email in (outputs.email, outputs.phone_script.follow_up_email):
        findings = check_email(
            email.body,
            answers=answers,
            subject=email.subject,
            action=outputs.action,
            private_note=note,
        )
        problems = [finding for finding in findings if not finding.ok]
        assert not problems, (email.subject, email.body, problems)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400),
    subject=st.text(max_size=60),
)
def test_any_text_gets_advice_and_never_an_error(text, subject):
    answers = ANY_ANSWERS
    findings = check_email(text, answers=answers, subject=subject, private_note=text[:50])
    assert {finding.code for finding in findings} == set(CHECKS)
    for finding in findings:
        assert finding.message
        if finding.fix is not None:
            # Every fix offered changes the words it was offered for.
            assert apply_fix(subject=subject, body=text, fix=finding.fix) != (subject, text)
