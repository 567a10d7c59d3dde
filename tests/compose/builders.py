"""Shared builders for compose tests: a sensible default `Answers` and ways to vary it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from declinewiz.compose.types import Answers, Contact, ContactRole, Outputs, Sender, Stage
from tests.answers import composer_answers

# The default: an invited candidate at Acme (tests/answers.py BASIC, the one set of answers).
DEFAULT = composer_answers()
NOW = DEFAULT.now  # a Monday


def make_contact(**overrides) -> Contact:
    return dataclasses.replace(DEFAULT.contact, **overrides)


def make_sender(**overrides) -> Sender:
    return dataclasses.replace(DEFAULT.sender, **overrides)


def make_answers(**overrides) -> Answers:
    """Answers for an invited candidate at Acme; any field may be overridden.

    `contact` and `sender` accept either a full object or a dict of fields to change on the
    default one, so `make_answers(contact={"title": "Ms"})` keeps Ana Rivera's other details.
    """
    contact = overrides.pop("contact", None)
    sender = overrides.pop("sender", None)
    return dataclasses.replace(
        DEFAULT,
        contact=contact if isinstance(contact, Contact) else make_contact(**(contact or {})),
        sender=sender if isinstance(sender, Sender) else make_sender(**(sender or {})),
        **overrides,
    )


def texts_sent_or_said(outputs: Outputs) -> list[str]:
    """Everything the employer may read or hear (not the advice, which is for the user)."""
    script = outputs.phone_script
    return [
        outputs.email.subject,
        outputs.email.body,
        *(section.text for section in script.before_you_call),
        *(section.text for section in script.sections),
        *(item.answer for item in script.pushback),
        script.voicemail,
        script.follow_up_email.subject,
        script.follow_up_email.body,
    ]


def every_text(outputs: Outputs) -> list[str]:
    """Every text of the outputs: what is sent or said, the advice for the user and the
    questions they may be asked on the call."""
    return [
        *texts_sent_or_said(outputs),
        *outputs.advice.why,
        *outputs.advice.notes,
        *outputs.channel.why,
        *outputs.channel.tips,
        *(item.question for item in outputs.phone_script.pushback),
    ]


def replace(answers: Answers, **changes) -> Answers:
    return dataclasses.replace(answers, **changes)


# --- Hypothesis: the whole space of valid answers. ------------------------------------------

# Letters from several scripts (accents, right-to-left, CJK) so odd but valid names get tried.
_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "éèçñöüßÉÅøłžšğİıÑÖ"
    "אבגדהוזחטיכלמנ"
    "ابتثجحخدذرزسش"
    "中文字"
)
# User text that would itself trip a check (an apology word in a company name, say) is not
# what these properties are about, so it is filtered out.
BANNED_IN_USER_TEXT = (
    "sorry",
    "apolog",
    "regret",
    "xxx",
    "tbd",
    "tbc",
    "insert",
    "mission",
    "culture",
    "reputation",
    "pushy",
    "misleading",
    "legitimate",
    "worrying",
    "joke",
    "cheap",
    "rude",
    "awful",
    "scam",
    "lied",
    "liar",
    "worst",
    "toxic",
    "shady",
    "because",
    "since",
    "as i",
    "none",
)


# What would make a negotiation work, as people type it (any text is valid).
NEGOTIATE_ASKS = (
    "",
    "a salary of £65,000",
    "two days a week working from home",
    "a start date in May, and 10% more",
    "a four-day week, or 20% more",
)


def _user_text_ok(text: str) -> bool:
    folded = text.casefold()
    return not any(word in folded for word in BANNED_IN_USER_TEXT)


# Real-world odd names: accents, apostrophes, hyphens, right-to-left scripts, CJK, emoji, and
# one very long word.
_ODD_WORDS = (
    "Ana",
    "Zo\u00eb",
    "O'Brien",
    "D\u2019Arcy",
    "Nguy\u1ec5n",
    "Jos\u00e9-Mar\u00eda",
    "\u05e8\u05d0\u05d5\u05d1\u05df",
    "\u0645\u062d\u0645\u062f",
    "\u674e",
    "Ana\U0001f389",
    "\U0001f600",
    "Wolfeschlegelsteinhausenbergerdorff",
    "\u00c5sa",
    "\u0130lkay",
)


def text_words(*, min_words: int = 1, max_words: int = 4, max_size: int = 80):
    """Words of user text, joined by spaces, at most `max_size` characters."""
    from hypothesis import strategies as st

    word = st.one_of(
        st.sampled_from(_ODD_WORDS), st.text(alphabet=_LETTERS, min_size=1, max_size=12)
    )
    return (
        st.lists(word, min_size=min_words, max_size=max_words)
        .map(" ".join)
        .filter(lambda text: len(text) <= max_size and _user_text_ok(text))
    )


def answers_strategy():
    """Any valid Answers: every stage, an action valid for it (or none), tone, share mode,
    subsets of reasons and extras, optional fields present or not, variants 0..5."""
    from hypothesis import strategies as st

    from declinewiz.compose.advice import actions_for
    from declinewiz.compose.catalogue import REASONS, ordered
    from declinewiz.compose.types import TITLES, Extra, ShareReason, Tone

    zones = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]
    zones.append("America/Argentina/Buenos_Aires")
    phones = st.sampled_from(["", "+44 20 7946 0018", "(555) 010-0199"])

    @st.composite
    def build(draw):
        stage = draw(st.sampled_from(list(Stage)))
        now = draw(
            st.datetimes(
                min_value=dt.datetime(2026, 1, 1),
                max_value=dt.datetime(2027, 12, 31),
                timezones=st.just(dt.UTC),
            )
        )
        sender_name = draw(text_words(max_words=4))
        signature = draw(
            st.one_of(
                st.just(""),
                st.lists(
                    st.one_of(text_words(max_words=3, max_size=40), phones.filter(bool)),
                    min_size=1,
                    max_size=3,
                ).map("\n".join),
                text_words(max_words=2, max_size=30).map(lambda role: f"{sender_name}\n{role}"),
            )
        )
        contact_name = draw(text_words(max_words=4))
        # The greeting the person confirmed: usually none, else one that names the contact.
        greeting = draw(st.sampled_from(("", "Dear {name}", "Hello {first}!")))
        hours = st.integers(min_value=1, max_value=24 * 20)
        interview_at = draw(st.none() | hours.map(lambda h: now + dt.timedelta(hours=h)))
        alternatives = draw(st.lists(hours, max_size=3, unique=True))
        return make_answers(
            stage=stage,
            company=draw(text_words(max_words=4, max_size=60)),
            role=draw(text_words(max_words=6)),
            contact=make_contact(
                name=contact_name,
                title=draw(st.sampled_from(("", *TITLES))),
                role=draw(st.sampled_from(list(ContactRole))),
                email=draw(st.sampled_from(["", "ana@acme.example"])),
                phone=draw(phones),
            ),
            sender=make_sender(name=sender_name, signature=signature, phone=draw(phones)),
            now=now,
            time_zone=draw(st.sampled_from(zones)),
            interview_at=interview_at,
            rounds_done=draw(st.integers(min_value=0, max_value=12)),
            reasons=ordered(draw(st.frozensets(st.sampled_from(sorted(REASONS))))),
            action=draw(st.none() | st.sampled_from(actions_for(stage))),
            tone=draw(st.sampled_from(list(Tone))),
            share_reason=draw(st.sampled_from(list(ShareReason))),
            extras=draw(st.frozensets(st.sampled_from(list(Extra)))),
            alternative_times=tuple(now + dt.timedelta(hours=h) for h in sorted(alternatives)),
            variant=draw(st.integers(min_value=0, max_value=5)),
            greeting=greeting.format(name=contact_name, first=contact_name.split()[0]),
            negotiate_ask=draw(st.sampled_from(NEGOTIATE_ASKS)),
            contact_time_zone=draw(st.sampled_from(["", *zones])),
        )

    return build()
