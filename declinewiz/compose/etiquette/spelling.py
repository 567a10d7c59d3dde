"""Spelling, with pyspellchecker's English dictionary (shipped inside the package, offline).

The dictionary takes about half a second to load, so it is loaded once, on first use, and
kept. British spellings count as right: a word is known when it, or its American spelling, is.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from declinewiz.compose.etiquette.lexicon import SPELLING_KNOWN

_lock = threading.Lock()
_checker = None

# British endings and their American forms, tried in turn on a word the dictionary lacks.
_BRITISH = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("our", "or"),
    ("ours", "ors"),
    ("ourable", "orable"),
    ("ourite", "orite"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("ement", "ment"),
)
_OUR_INSIDE = re.compile(r"our(?=[a-z])")


def checker():
    """The one SpellChecker, loaded on first use (thread-safe)."""
    global _checker
    if _checker is None:
        with _lock:
            if _checker is None:
                from spellchecker import SpellChecker

                # Suggestions one edit away only: a typo is nearly always one slip (a
                # swapped, missing or extra letter), and two edits away takes seconds on a
                # long made-up word.
                _checker = SpellChecker(language="en", distance=1)
    return _checker


@lru_cache(maxsize=8192)  # the same everyday words come back in every email
def is_known(word: str) -> bool:
    """`word` is lowercase letters, maybe with an apostrophe."""
    if word in SPELLING_KNOWN:
        return True
    dictionary = checker().word_frequency.dictionary
    if word in dictionary:
        return True
    stem = word.split("'")[0].split("\u2019")[0]
    if stem != word and (stem in dictionary or stem in SPELLING_KNOWN or len(stem) <= 2):
        return True
    if word.endswith("s") and word[:-1] in dictionary:
        return True  # plurals the frequency list happens to lack ("analytics")
    for british, american in _BRITISH:
        if word.endswith(british) and word[: -len(british)] + american in dictionary:
            return True
    return _OUR_INSIDE.sub("or", word) in dictionary


@lru_cache(maxsize=512)
def suggestion(word: str) -> str | None:
    """The likeliest correction, or None when the dictionary has nothing close."""
    corrected = checker().correction(word)
    return corrected if corrected and corrected != word else None
