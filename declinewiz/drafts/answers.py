"""The bridge from a saved draft to the composer's plain `Answers`."""

import datetime as dt

from django.utils import timezone

from declinewiz.compose import catalogue
from declinewiz.compose.types import (
    Action,
    Answers,
    Channel,
    Contact,
    ContactRole,
    Extra,
    Sender,
    ShareReason,
    Stage,
    Tone,
)

EXTRA_CODES = {extra.value for extra in Extra}


def parse_times(values):
    times = []
    for value in values or ():
        try:
            moment = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            continue
        if moment.tzinfo is not None:
            times.append(moment)
    return tuple(times)


def answers_from_draft(draft, *, now=None):
    """The draft's answers as the composer takes them; unanswered ones get neutral defaults."""
    return Answers(
        stage=Stage(draft.stage or Stage.INVITED),
        company=draft.company,
        role=draft.role,
        contact=Contact(
            name=draft.contact_name,
            title=draft.contact_title,
            # Not known (a process added in a close-out): no role is claimed for them.
            role=ContactRole(draft.contact_role or ContactRole.OTHER),
            email=draft.contact_email,
            phone=draft.contact_phone,
        ),
        sender=Sender(
            name=draft.sender_name, signature=draft.sender_signature, phone=draft.sender_phone
        ),
        now=now or timezone.now(),
        time_zone=draft.time_zone or "UTC",
        interview_at=draft.interview_at,
        rounds_done=draft.rounds_done or 0,
        reasons=catalogue.ordered(draft.reasons),
        action=Action(draft.action) if draft.action else None,
        channel=Channel(draft.channel) if draft.channel else None,
        tone=Tone(draft.tone or Tone.WARM),
        share_reason=ShareReason(draft.share_reason or ShareReason.BRIEF),
        extras=frozenset(Extra(code) for code in draft.extras if code in EXTRA_CODES),
        alternative_times=parse_times(draft.alternative_times),
        variant=draft.variant,
        greeting=draft.greeting,
        negotiate_ask=draft.negotiate_ask,
        contact_time_zone=draft.contact_time_zone,
    )
