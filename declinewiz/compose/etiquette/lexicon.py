"""The word lists of lexicon.toml, compiled once when the check is first imported."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

with (Path(__file__).with_name("lexicon.toml")).open("rb") as file:
    DATA = tomllib.load(file)


def any_of(patterns, *, whole: bool = True) -> re.Pattern[str]:
    """One pattern matching any of `patterns`, at word boundaries unless whole is False."""
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    return re.compile(rf"(?<!\w)(?:{joined})(?!\w)" if whole else joined)


NEGATIVE_GROUPS = ("general", "conditions", "company", "process", "people")
NEGATIVE = {group: any_of(DATA["negative"][group]) for group in NEGATIVE_GROUPS}
NEGATIVE_ANY = any_of([p for group in NEGATIVE_GROUPS for p in DATA["negative"][group]])
# Words that are negative about the employer only when they are not about the writer's own
# feelings: "the process was terrible" is criticism, "I feel terrible" is grovelling.
FEELINGS = re.compile(r"\b(?:i|i'm|i am|i was|i felt|i feel|feel|felt|me)\s+(?:\w+\s+){0,2}$")

GROVELLING = any_of(DATA["grovelling"]["phrases"])
APOLOGY = re.compile(DATA["grovelling"]["apology"])

HEDGING = any_of(DATA["hedging"]["words"])

CURT_SENTENCE = re.compile("|".join(f"(?:{p})" for p in DATA["curt"]["sentences"]))
CURT_PHRASE = any_of(DATA["curt"]["phrases"])
SOFTENER = any_of(DATA["curt"]["softeners"], whole=False)
NOT_INTERESTED = re.compile(r"\bnot (?:really |at all )?interested\b")
TIME_ONLY = any_of(DATA["curt"]["time_only"])
CLIPPED = [(re.compile(rf"{start}\b"), subject) for start, subject in DATA["curt"]["clipped"]]

FORWARD = any_of(DATA["contradiction"]["forward"])
FORWARD_OBJECT = any_of(DATA["contradiction"]["objects"], whole=False)
FORWARD_FINE = any_of(DATA["contradiction"]["fine"])
FORWARD_NEXT = any_of(DATA["contradiction"]["next"])
ATTEND = any_of(DATA["contradiction"]["attend"])
WILLING = any_of(DATA["contradiction"]["willing"])
ATTEND_ANCHOR = any_of(DATA["contradiction"]["anchors"])
INSIST = any_of(DATA["contradiction"]["insist"])
NEGATION = re.compile(r"n't\b|\b(?:not|no longer|never|unable|cannot)\b")

PLACEHOLDER_CAPS_WORDS = frozenset(DATA["placeholder"]["caps_words"])
PLACEHOLDER_MEANING = {
    field: re.compile("|".join(DATA["placeholder"][field]))
    for field in ("company", "role", "contact", "sender")
}

ACRONYMS = frozenset(DATA["shouting"]["acronyms"])

SPELLING_KNOWN = frozenset(DATA["spelling"]["known"])

DECISION_WORDS = {
    key: any_of(DATA["decision"][key], whole=False)
    for key in ("step_out", "reschedule", "negotiate", "pause", "reply", "other_roles")
}

CLOSE = re.compile(
    r"(?:" + "|".join(f"(?:{line})" for line in DATA["close"]["lines"]) + r")[\s,.!\u2013-]*"
)
