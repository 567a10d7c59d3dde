"""A made-up person's answers, shown composed on the home page so a visitor sees what they get.

Composed like any draft, so the example always reads as the product writes today.
"""

import datetime as dt

from declinewiz.compose.types import (
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

EXAMPLE_ANSWERS = Answers(
    stage=Stage.INVITED,
    company="Northwind Studio",
    role="Product Designer",
    contact=Contact(name="Ana Rivera", role=ContactRole.RECRUITER, phone="+44 20 7946 0000"),
    sender=Sender(name="Sam Lee"),
    now=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC),
    time_zone="Europe/London",
    reasons=("career_goals",),
    channel=Channel.EMAIL,
    tone=Tone.WARM,
    share_reason=ShareReason.BRIEF,
    extras=frozenset({Extra.DOOR_OPEN}),
)
