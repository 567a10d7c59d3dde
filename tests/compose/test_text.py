"""One rule for control characters: Unicode's Cc, folded out of one-line text, dropped from
body text but its line breaks and tabs, refused by the JSON interface."""

import sys
import unicodedata

import pytest

from declinewiz.compose.text import (
    CONTROL_CHARACTERS,
    has_control_characters,
    keep_line_breaks,
    one_line,
)


def test_a_control_character_is_exactly_one_of_unicodes_cc():
    controls = {
        chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cc"
    }
    matched = {
        chr(code) for code in range(sys.maxunicode + 1) if CONTROL_CHARACTERS.match(chr(code))
    }
    assert matched == controls


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Hi\r\nBcc: x@evil.example", "Hi Bcc: x@evil.example"),
        ("Ana\x00Rivera", "Ana Rivera"),
        ("  Ana \t Rivera\x85 ", "Ana Rivera"),
        ("Zoë 👩🏽‍💻 Ñandú", "Zoë 👩🏽‍💻 Ñandú"),
    ],
)
def test_one_line_text_folds_control_characters_and_spaces(typed, kept):
    assert one_line(typed) == kept


def test_body_text_keeps_its_line_breaks_and_tabs_only():
    assert keep_line_breaks("Dear Ana,\r\n\tThank you.\rSam\x00\x07\x9f") == (
        "Dear Ana,\n\tThank you.\nSam"
    )


def test_only_the_allowed_control_characters_pass():
    assert not has_control_characters("Sam Lee\n+44 7700 900123", allow="\n")
    assert has_control_characters("Sam Lee\n+44 7700 900123")
    assert has_control_characters("Sam\tLee", allow="\n")
    assert has_control_characters("Sam\x85Lee", allow="\n")
    assert not has_control_characters("Zoë Ñandú")
