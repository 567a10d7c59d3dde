"""People's names as a careful writer uses them: the first name to say, the surname to title.

nameparser knows particles ("van der Berg"), suffixes ("Jr.") and casing; what it cannot know
(whose culture writes two surnames, or the family name first) the person confirms on the people
step, where `suggest_greeting` shows what we would write and the answer `greeting` wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName

from declinewiz.compose.types import Tone

# A four-word name with no particle ("María José García López") is most often two given names
# and two family names; the people step lets the person correct it when it is not.
_DOUBLE_SURNAME_WORDS = 4


@dataclass(frozen=True)
class PersonName:
    full: str  # as written, tidied: "Pieter van der Berg"
    first: str  # what a friendly greeting uses: "Pieter", "María José"
    surname: str  # what goes with a title: "van der Berg", "García López"; "" for one name


@lru_cache(maxsize=512)  # parsing is the slow part of composing, and names repeat
def parse_name(name: str) -> PersonName:
    """The parts of a contact's name, with lower- or upper-case input given capitals."""
    written = " ".join(name.split())
    if not written:
        return PersonName("", "", "")
    parsed = HumanName(written)
    # Only text typed all in one case is recapitalised: "McDonald" or "de la Cruz" stay as typed.
    parsed.capitalize(force=False)
    first = parsed.first or parsed.last or written.split()[0]
    surname = parsed.last if parsed.first else ""
    words = written.split()
    middle = parsed.middle.split()
    if (
        len(words) == _DOUBLE_SURNAME_WORDS
        and len(middle) == 2
        and not parsed.title
        and not parsed.suffix
        and all(word[:1].isupper() and not word.endswith(".") for word in words)
    ):
        first = f"{parsed.first} {middle[0]}"
        surname = f"{middle[1]} {parsed.last}"
    full = " ".join(part for part in (parsed.first, parsed.middle, parsed.last) if part)
    # Trust the parser only when it read the name as people write one: a title or suffix
    # spelled like one ("Dr", "Jr.", not "fR" or a lone "I"), the first name first (after any
    # title) and the surname last (before any suffix), or "Surname, Given" with a comma.
    plain = _looks_like_title(parsed.title) and _looks_like_suffix(parsed.suffix)
    typed = [word.strip(",").casefold() for word in words]
    lowered = [word.strip(",").lower() for word in words]
    in_order = "," in written or (
        (parsed.title or first.split()[0].casefold() == typed[0])
        and (parsed.suffix or not surname or surname.split()[-1].casefold() == typed[-1])
    )
    # Compared letter for letter but for case: nameparser capitalises "ßmith" as "Ssmith".
    kept = all(word.lower() in lowered for word in f"{full} {first} {surname}".split())
    if not (plain and in_order and kept):
        # An emoji, a symbol or a word it took for something else: keep the words as typed
        # (capitalised if typed in one case) rather than greet someone by half a name.
        if written.islower() or written.isupper():
            words = [_capital(word.lower()) for word in words]
        first, surname = words[0], (words[-1] if len(words) > 1 else "")
        full = " ".join(words)
    # A given name always starts with a capital, even one the parser took for a small word
    # (a lone "Y" is Spanish for "and" to it).
    if first[:1].islower():
        capital = _capital(first)
        full = capital + full[len(first) :] if full.startswith(first) else full
        first = capital
    return PersonName(full=full or written, first=first, surname=surname)


def _capital(word: str) -> str:
    # Only where the capital is the same letter: not "ß" (its capital is "SS") nor the dotless
    # "ı" (its capital "I" is another letter's), which would misspell the name.
    head = word[:1].upper()
    return head + word[1:] if len(head) == 1 and head.lower() == word[:1] else word


def _looks_like_title(title: str) -> bool:
    return not title or (title[:1].isupper() and not title[1:].isupper())


def _looks_like_suffix(suffix: str) -> bool:
    return not suffix or len(suffix.rstrip(".")) > 1


def suggest_greeting(*, name: str, title: str = "", tone: Tone = Tone.WARM) -> str:
    """The greeting line we would write, for the people step to show ("Dear Ms García López,").

    A title goes with a surname only: with a single name the formal greeting uses that name
    alone ("Dear Priya,"), never "Dear Ms Priya,".
    """
    person = parse_name(name)
    if tone is Tone.FORMAL:
        if title and person.surname:
            return f"Dear {title} {person.surname},"
        return f"Dear {person.full},"
    return f"Hi {person.first},"


def titled_name(*, name: str, title: str) -> str:
    """How to name them formally mid-sentence: "Ms Rivera", or the full name without a title."""
    person = parse_name(name)
    if title and person.surname:
        return f"{title} {person.surname}"
    return person.full


def greeting_in_words(*, name: str, title: str = "", tone: Tone | None = None) -> str:
    """The greeting we would write, said for the person to confirm: the one for their tone,
    or before a tone is chosen both ("“Dear Ms García López” in a formal email, “Hi María
    José” otherwise"). Empty without a name."""
    if not " ".join(name.split()):
        return ""
    formal = suggest_greeting(name=name, title=title, tone=Tone.FORMAL).rstrip(",")
    friendly = suggest_greeting(name=name, title=title, tone=Tone.WARM).rstrip(",")
    if tone is Tone.FORMAL:
        return f"“{formal}”"
    if tone is not None:
        return f"“{friendly}”"
    return f"“{formal}” in a formal email, “{friendly}” otherwise"
