"""How the messages read, over the whole space of answers: the seams a careful reader spots.

No filler before the reason, no phrase said twice, one sign-off, the role named once, no run
of sentences starting with "I", no time zone id, no full name said aloud, and wordings that
differ in structure, not only in a word or two.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from declinewiz.compose.etiquette import clean_line, signature_lines
from declinewiz.compose.names import parse_name
from declinewiz.compose.pushback import PUSHBACK
from declinewiz.compose.types import Answers, Outputs
from declinewiz.compose.writer import _fields, _Values, compose_all
from tests.compose.builders import answers_strategy, every_text

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words a writer reaches for when the sentence does not know how to start.
FILLERS = (
    "simply put",
    "put simply",
    "in short",
    "it comes down to this",
    "the main consideration",
    "to be honest",
    "needless to say",
    "at the end of the day",
    "i hope this email finds you well",
    "please be advised",
    "as per",
    "moving forward",
    "i just wanted to",
    "that being said",
    "with that in mind",
)
# A phrase of three words made only of these is grammar, not content ("I would be").
FUNCTION_WORDS = frozenset(
    [
        "i",
        "i'd",
        "i've",
        "i'm",
        "i'll",
        "me",
        "my",
        "you",
        "your",
        "you've",
        "you'll",
        "we",
        "our",
        "us",
        "it",
        "it's",
        "its",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "if",
        "that",
        "this",
        "is",
        "be",
        "am",
        "are",
        "was",
        "been",
        "have",
        "has",
        "had",
        "do",
        "would",
        "could",
        "will",
        "can",
        "may",
        "should",
        "very",
        "also",
        "all",
        "any",
        "there",
        "about",
        "not",
        "no",
    ]
)
SIGN_OFF = re.compile(
    r"(?:kind regards|best regards|warm regards|regards|sincerely|best wishes|all the best"
    r"|thanks again|with thanks|take care|cheers|best)[,.!]?",
    re.IGNORECASE,
)
ZONE_ID = re.compile(r"\b[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+")
FIRST_PERSON = frozenset({"I", "I'd", "I've", "I'm", "I'll"})
USER = "\u2063"  # one token standing for any text the person typed
# Dates and times repeat their words by nature ("Monday 2 March at 9 am or 2 pm"): data, not prose.
DATA = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|am|pm|a\.m\.|p\.m\."
    r"|midday|midnight|\d[\d:]*)(?!\w)",
    re.IGNORECASE,
)


def masked(text: str, answers: Answers) -> str:
    """The text with everything the person typed as one token each, so only our words count."""
    typed = [
        answers.company,
        answers.role,
        answers.contact.name,
        parse_name(clean_line(answers.contact.name)).full,
        answers.sender.name,
        answers.negotiate_ask,
        answers.greeting,
        *signature_lines(answers.sender.signature),
    ]
    for value in sorted({clean_line(v) for v in typed if clean_line(v)}, key=len, reverse=True):
        text = text.replace(value, f" {USER} ")
    return DATA.sub(USER, text)


def words(text: str) -> list[str]:
    return re.findall(r"[\w\u2063][\w'\u2019\u2063]*", text.lower())


def message_text(body: str) -> str:
    """The body between the greeting line and the sign-off."""
    paragraphs = body.split("\n\n")
    return "\n\n".join(paragraphs[1:-1])


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if part]


def repeated_phrase(text: str) -> str | None:
    tokens = words(text)
    seen = set()
    for index in range(len(tokens) - 2):
        trigram = tuple(tokens[index : index + 3])
        if USER in "".join(trigram) or all(word in FUNCTION_WORDS for word in trigram):
            continue
        if trigram in seen:
            return " ".join(trigram)
        seen.add(trigram)
    return None


def spoken_parts(outputs: Outputs) -> list[str]:
    script = outputs.phone_script
    return [
        *(section.text for section in script.sections),
        *(item.answer for item in script.pushback),
        script.voicemail,
    ]


@FAST
@given(answers=answers_strategy())
def test_no_filler_and_no_phrase_said_twice(answers):
    outputs = compose_all(answers)
    script = outputs.phone_script
    for text in (outputs.email.body, script.voicemail, script.follow_up_email.body):
        folded = text.casefold()
        for filler in FILLERS:
            assert filler not in folded, (filler, text)
        assert repeated_phrase(masked(text, answers)) is None, (
            repeated_phrase(masked(text, answers)),
            text,
        )


@FAST
@given(answers=answers_strategy())
def test_one_sign_off_and_the_role_named_at_most_once(answers):
    outputs = compose_all(answers)
    for body in (outputs.email.body, outputs.phone_script.follow_up_email.body):
        lines = [line.strip() for line in body.splitlines()]
        closes = [line for line in lines if SIGN_OFF.fullmatch(line)]
        assert len(closes) == 1, body
    role = clean_line(answers.role)
    others = masked(outputs.email.body, dataclasses.replace(answers, role=""))
    # A role spelt like a name the message also uses (the company's, the contact's, the
    # sender's) is counted with those names, so only a role that stands alone is held to once.
    names = (answers.company, answers.contact.name, answers.sender.name)
    said = len(re.findall(rf"(?<!\w){re.escape(role)}(?!\w)", others))
    assert said <= 1 or any(role in clean_line(name) for name in names), outputs.email.body


@FAST
@given(answers=answers_strategy())
def test_never_three_sentences_in_a_row_starting_with_i(answers):
    outputs = compose_all(answers)
    for text in (message_text(outputs.email.body), outputs.phone_script.voicemail):
        run = 0
        for sentence in sentences(masked(text, answers)):
            run = run + 1 if sentence.split()[0].strip(",:;") in FIRST_PERSON else 0
            assert run < 3, text


@FAST
@given(answers=answers_strategy())
def test_no_time_zone_id_anywhere_and_no_full_name_said_aloud(answers):
    outputs = compose_all(answers)
    for text in every_text(outputs):
        assert not ZONE_ID.search(text), text
    person = parse_name(clean_line(answers.contact.name))
    if person.full != person.first:
        # Only the contact's name: the same words typed as the role or company may be said.
        others = dataclasses.replace(
            answers, contact=dataclasses.replace(answers.contact, name=""), greeting=""
        )
        for text in spoken_parts(outputs):
            said = masked(text, others)
            assert person.full not in said, text
            assert clean_line(answers.contact.name) not in said, text


def similarity(first: str, other: str) -> float:
    """How much of the composer's own word sequence two texts share (typed text left out)."""
    ours = [[word for word in words(text) if USER not in word] for text in (first, other)]
    return difflib.SequenceMatcher(None, *ours, autojunk=False).ratio()


@settings(FAST, max_examples=40)
@given(answers=answers_strategy())
def test_each_other_wording_differs_in_structure_from_the_first(answers):
    first = compose_all(dataclasses.replace(answers, variant=0))
    for variant in (1, 2):
        other = compose_all(dataclasses.replace(answers, variant=variant))
        email = similarity(masked(first.email.body, answers), masked(other.email.body, answers))
        assert email < 0.6, (email, first.email.body, other.email.body)
        voicemail = similarity(
            masked(first.phone_script.voicemail, answers),
            masked(other.phone_script.voicemail, answers),
        )
        assert voicemail < 0.8, (voicemail, first.phone_script.voicemail)
        assert other.phone_script.pushback != first.phone_script.pushback
        assert other.phone_script.follow_up_email != first.phone_script.follow_up_email


@settings(FAST, max_examples=40)
@given(answers=answers_strategy(), lower=st.booleans())
def test_a_name_typed_in_one_case_is_greeted_with_capitals(answers, lower):
    name = "ana rivera" if lower else "ANA RIVERA"
    contact = dataclasses.replace(answers.contact, name=name, title="")
    outputs = compose_all(dataclasses.replace(answers, contact=contact, greeting=""))
    assert "Ana" in outputs.email.body.splitlines()[0]
    assert name not in outputs.email.body


@settings(FAST, max_examples=60)
@given(answers=answers_strategy())
def test_another_wording_answers_every_question_in_other_words(answers):
    """ "Try another wording" gives new answers on the phone too, not the same ones reordered."""
    said: dict[str, list[str]] = {}
    for variant in range(3):
        script = compose_all(dataclasses.replace(answers, variant=variant)).phone_script
        for item in script.pushback:
            said.setdefault(item.question, []).append(item.answer)
    for question, answers_given in said.items():
        assert len(set(answers_given)) == len(answers_given), (question, answers_given)


def test_every_question_has_three_distinct_answers_whichever_details_are_known():
    """The same over the whole table: each tone answers each question three ways, and the three
    stay different whether a detail ({reason}, {times}, {if_pay}...) is known or not."""
    for kind, questions in PUSHBACK.items():
        for question, by_tone, _ in questions:
            for tone, wordings in by_tone.items():
                assert len(wordings) == 3, (kind, question, tone)
                # "{reason_cap}" is known exactly when "{reason}" is.
                fields = {
                    name: name.removesuffix("_cap")
                    for wording in wordings
                    for template in ((wording,) if isinstance(wording, str) else wording)
                    for name in _fields(template)
                }
                details = sorted(set(fields.values()))
                for known in itertools.product((False, True), repeat=len(details)):
                    on = {
                        detail for detail, is_known in zip(details, known, strict=True) if is_known
                    }
                    values = _Values(
                        {name: f"<{name}>" for name, detail in fields.items() if detail in on}
                    )
                    chosen = [values.first(wording) for wording in wordings]
                    assert all(chosen) or not any(chosen), (kind, question, tone, known, chosen)
                    assert len(set(chosen)) == 3 or not any(chosen), (kind, question, tone, chosen)
