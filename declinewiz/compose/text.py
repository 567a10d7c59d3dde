"""What a control character is, for the whole site, and the ways user text is cleaned of them.

A control character is one of Unicode's category Cc: C0 (NUL to US), DEL and C1. Nobody types
them on purpose; in a header or a calendar property a line break would start a new one, so
one-line text folds them to spaces and body text keeps only its line breaks and tabs.
"""

import re

# tests/compose/test_text.py checks this is exactly unicodedata's Cc.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """`text` on one line: every control character (CR, LF, NUL, ...) and run of spaces
    becomes one space, with none at either end."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", text).split())


def keep_line_breaks(text: str) -> str:
    """`text` with LF line breaks and no control characters other than line breaks and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub(lambda found: found[0] if found[0] in "\n\t" else "", text)


def has_control_characters(text: str, *, allow: str = "") -> bool:
    """Whether `text` holds a control character other than those in `allow`."""
    return any(character not in allow for character in CONTROL_CHARACTERS.findall(text))
