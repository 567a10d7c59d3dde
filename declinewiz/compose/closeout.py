"""Closing out a search: after accepting an offer, what to do about every other process.

For each process the advisor and the channel advice decide as they do for a single draft, with
the true reason — an offer accepted elsewhere — so a cold outreach gets a short email, an
invitation a decline, a booked interview a cancellation (by phone first when it is within
about two days), a process several rounds in a withdrawal, another offer a decline by phone
first. The checklist then puts what is most urgent on top: booked interviews, soonest first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from declinewiz.compose.advice import recommend_action
from declinewiz.compose.channel import recommend_channel
from declinewiz.compose.text import one_line
from declinewiz.compose.types import Action, Answers, Channel, PhoneScript, ShareReason, Stage

# The reason every close-out message gives unless the person picks another one.
OFFER_ACCEPTED = "offer_accepted"
CALLS = frozenset({Channel.PHONE, Channel.PHONE_THEN_EMAIL})
ONE_SENTENCE = "The one sentence to say"

# Lower is more urgent. A booked interview has someone preparing for it; an offer waits on an
# answer; a process rounds in has people invested; an invitation and a cold message least.
_URGENCY = {
    Stage.SCHEDULED: 0,
    Stage.OFFER: 2,
    Stage.MID_PROCESS: 3,
    Stage.INVITED: 4,
    Stage.COLD_OUTREACH: 5,
    Stage.REJECTED: 6,
}


@dataclass(frozen=True)
class Plan:
    """What the advisor picks for one process: the action and how to tell them."""

    action: Action
    channel: Channel

    @property
    def call_first(self) -> bool:
        return self.channel in CALLS


def with_reason(answers: Answers, reason: str = OFFER_ACCEPTED) -> Answers:
    """The answers with one reason, shared in neutral words: what a close-out message says."""
    return dataclasses.replace(answers, reasons=(reason,), share_reason=ShareReason.SPECIFIC)


def plan_for(answers: Answers) -> Plan:
    """The action and channel for a process: the person's choice where they made one, else
    what fits its stage, contact and interview date."""
    action = answers.action or recommend_action(answers).action
    if answers.channel is not None:
        return Plan(action=action, channel=answers.channel)
    return Plan(action=action, channel=recommend_channel(answers, action=action).recommended)


def urgency(*, stage: str, interview_at: dt.datetime | None) -> tuple:
    """A sort key: booked interviews first (soonest first), then by stage."""
    booked = interview_at is not None and stage in (Stage.SCHEDULED, Stage.MID_PROCESS)
    rank = _URGENCY.get(stage, len(_URGENCY))
    if booked:
        return (0, interview_at.timestamp(), rank)
    return (1, 0.0, rank)


# The legal form a company's name may end with: "Initech Ltd" and "Initech, Inc." are Initech.
_LEGAL_FORMS = frozenset(
    {
        *("ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "plc", "corp"),
        *("corporation", "co", "company", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl"),
        *("spa", "bv", "nv", "pty", "oy", "ab", "&"),
    }
)


def company_key(name: str) -> str:
    """A company's name as compared: case, spacing, full stops, commas and the legal form
    at the end ignored. A name that is all legal form ("The Company") keeps its first word."""
    words = re.sub(r"[.,]", " ", name).casefold().split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def same_company(one: str, other: str) -> bool:
    return bool(company_key(one)) and company_key(one) == company_key(other)


def same_job(*, company: str, role: str, other_company: str, other_role: str) -> bool:
    """The same role at the same company, however each was typed."""
    return same_company(company, other_company) and (
        one_line(role).casefold() == one_line(other_role).casefold()
    )


def one_sentence(script: PhoneScript) -> str:
    """What to say on the call, in one sentence (the call sheet's line for this process)."""
    for section in script.before_you_call:
        if section.title == ONE_SENTENCE:
            return section.text
    return script.before_you_call[-1].text if script.before_you_call else ""
