"""Rules an answer follows however it arrives: the wizard's and the profile's forms and the
JSON interface (compose/io.py) all apply these, so they can never disagree."""

import re

PHONE_MAX_LENGTH = 40
PHONE_HINT = (
    "Enter a phone number using digits, spaces and + ( ) - only, for example "
    "+44 20 7946 0000, and any extension after it, such as ext 12."
)
# Digits and the usual separators, then an optional extension ("ext 12", "ext. 12", "x12").
_PHONE = re.compile(r"[0-9+()./\- ]+(?:\s*(?:ext\.?|x)\s*[0-9]+)?", re.IGNORECASE)
_FEWEST_DIGITS = 5


def is_phone_number(text: str) -> bool:
    """Whether `text` (stripped) reads as a phone number someone could dial."""
    return (
        len(text) <= PHONE_MAX_LENGTH
        and _PHONE.fullmatch(text) is not None
        and sum(character.isdigit() for character in text) >= _FEWEST_DIGITS
    )
