"""The vocabulary of the domain: what the user answers and what declinewiz gives back.

Everything here is a frozen dataclass or a string enum, so answers can be compared, hashed and
cached, and the same answers always give the same words. No Django import, ever.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Stage(StrEnum):
    COLD_OUTREACH = "cold_outreach"
    INVITED = "invited"
    SCHEDULED = "scheduled"
    MID_PROCESS = "mid_process"
    OFFER = "offer"  # an offer received: to decline, or to talk about first
    REJECTED = "rejected"


class ContactRole(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    HR = "hr"
    OTHER = "other"


class Action(StrEnum):
    DECLINE = "decline"
    WITHDRAW = "withdraw"
    RESCHEDULE = "reschedule"
    NEGOTIATE = "negotiate"
    OTHER_ROLES = "other_roles"
    PAUSE = "pause"
    # Not offered by the advisor: the only action for a reply to a rejection.
    REPLY = "reply"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    PHONE_THEN_EMAIL = "phone_then_email"


class Tone(StrEnum):
    FORMAL = "formal"
    WARM = "warm"
    BRIEF = "brief"


class ShareReason(StrEnum):
    NONE = "none"
    BRIEF = "brief"
    SPECIFIC = "specific"


class Extra(StrEnum):
    DOOR_OPEN = "door_open"
    OTHER_ROLES = "other_roles"
    REFER_SOMEONE = "refer_someone"
    PART_TIME = "part_time"
    FEEDBACK = "feedback"
    APOLOGY = "apology"


# Titles offered for a formal greeting ("Dear Ms Rivera"). Empty means "use the full name".
TITLES = ("Ms", "Mr", "Mrs", "Mx", "Dr", "Prof")

# Word limits of an email body, per tone.
WORD_LIMITS = {Tone.BRIEF: 80, Tone.WARM: 180, Tone.FORMAL: 180}
VOICEMAIL_WORD_LIMIT = 75


@dataclass(frozen=True)
class Contact:
    name: str
    title: str = ""
    role: ContactRole = ContactRole.RECRUITER
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Sender:
    name: str
    signature: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Answers:
    """Everything the wizard asks, already validated. Optional text is "" when not given."""

    stage: Stage
    company: str
    role: str
    contact: Contact
    sender: Sender
    now: dt.datetime  # aware; fixes "today" so the output is deterministic
    time_zone: str = "UTC"  # IANA name, used to show times to the user and the contact
    interview_at: dt.datetime | None = None  # aware
    rounds_done: int = 0
    reasons: tuple[str, ...] = ()  # catalogue codes, in catalogue order
    action: Action | None = None  # None: the advisor decides
    channel: Channel | None = None  # None: the channel advice decides
    tone: Tone = Tone.WARM
    share_reason: ShareReason = ShareReason.BRIEF
    extras: frozenset[Extra] = field(default_factory=frozenset)
    alternative_times: tuple[dt.datetime, ...] = ()  # aware; for a reschedule
    variant: int = 0  # "Try another wording": 0, 1, 2, ... wraps around
    # The greeting the person confirmed on the people step ("Dear Ms García López"); when set
    # it wins over the one suggested from the name.
    greeting: str = ""
    # For a negotiation: what would make it work ("a salary of £65,000", "two days remote").
    negotiate_ask: str = ""
    # The contact's IANA zone when it differs from the person's; "" means the same.
    contact_time_zone: str = ""


@dataclass(frozen=True)
class Advice:
    """What the advisor recommends, and why, in plain words naming the user's answers."""

    action: Action
    why: tuple[str, ...]
    notes: tuple[str, ...] = ()  # cautions: "think twice", "share no personal details", ...


@dataclass(frozen=True)
class ChannelAdvice:
    recommended: Channel
    why: tuple[str, ...]
    tips: tuple[str, ...] = ()  # "call in business hours", "have the voicemail ready", ...


@dataclass(frozen=True)
class Email:
    subject: str
    body: str


@dataclass(frozen=True)
class ScriptSection:
    title: str
    text: str


@dataclass(frozen=True)
class Pushback:
    question: str
    answer: str


@dataclass(frozen=True)
class PhoneScript:
    before_you_call: tuple[ScriptSection, ...]  # who, number, best time, the one sentence
    sections: tuple[ScriptSection, ...]  # opening, decision, reason, thanks, extras, close
    pushback: tuple[Pushback, ...]
    voicemail: str
    follow_up_email: Email
    # False when calling is not advised (a suspected scam: never ring the number it gives);
    # before_you_call then says why and what to do instead.
    advised: bool = True


@dataclass(frozen=True)
class EtiquetteFinding:
    check: str  # stable code, e.g. "greeting", "thanks", "placeholder"
    ok: bool
    message: str  # what is right, or what to change


@dataclass(frozen=True)
class Outputs:
    advice: Advice
    channel: ChannelAdvice
    action: Action  # the action composed for (the user's choice, else the advice)
    email: Email
    phone_script: PhoneScript
    # What the words were composed from, for the etiquette check (check_outputs); not part
    # of what they are.
    answers: Answers | None = field(default=None, compare=False)
