"""Reading an email as a person does: its greeting, its sentences, its close and its signature.

The writer uses the small helpers at the top (word_count, clean_line, signature_lines,
body_without_signature) so that the composer and the check count and clean words the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from declinewiz.compose.text import keep_line_breaks, one_line

# Tokens that hold at least one letter or digit: "14:00" and "(Europe/London)" are one word
# each, a lone dash is none.
_WORD = re.compile(r"[^\s\w]*\w\S*")

# A sentence ends at . ! ? (with any closing quote or bracket) before a space, or at a line end.
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?]+[\"')\u201d\u2019]*(?=\s|$)|(?=\n)|$)")

GREETING_WORDS = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hiya|morning)\b",
    re.IGNORECASE,
)


def word_count(text: str) -> int:
    """Runs of non-space characters with a letter, digit or underscore in them.

    The same count as len(_WORD.findall(text)), in half the time: most runs start with a
    letter (isalnum() is exactly a word character but "_"), and only the others are searched.
    """
    return sum(1 for run in text.split() if run[0].isalnum() or _WORD.search(run))


def clean_line(text: str) -> str:
    """One line of user text, by the site's one rule (compose/text.py): every control
    character and run of spaces becomes one space."""
    return one_line(text)


@lru_cache(maxsize=256)  # asked for several times per message, always of the same signature
def signature_lines(signature: str) -> tuple[str, ...]:
    """The signature as the writer prints it: cleaned, non-empty lines."""
    lines = (clean_line(line) for line in keep_line_breaks(signature).split("\n"))
    return tuple(line for line in lines if line)


def body_without_signature(body: str, *, signature: str) -> str:
    """The body with the user's signature block cut off the end, when it is there.

    Contact details in a signature are not part of the message, so they do not count
    against the word limit.
    """
    lines = nonblank_lines(body)
    block = [line.casefold() for line in signature_lines(signature)]
    if block and [line.casefold() for line in lines[-len(block) :]] == block:
        lines = lines[: -len(block)]
    return "\n".join(lines)


def nonblank_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@lru_cache(maxsize=1024)
def whole_word(word: str) -> re.Pattern[str]:
    """A pattern for `word` standing on its own, matched on casefolded text."""
    return re.compile(rf"(?<!\w){re.escape(word.casefold())}(?!\w)")


def contains_word(text: str, word: str) -> bool:
    return bool(word) and whole_word(word).search(text.casefold()) is not None


def name_forms(name: str) -> tuple[str, ...]:
    """The ways a person's name appears: in full, the first word, the last word."""
    words = clean_line(name).split()
    if not words:
        return ()
    return tuple(dict.fromkeys((" ".join(words), words[0], words[-1])))


@dataclass(frozen=True)
class Sentence:
    text: str  # exactly as in the email, so a fix can find and replace it
    lower: str
    line: int  # index into Letter.lines


@dataclass(frozen=True)
class Letter:
    """An email body cut into its parts: greeting, the sentences between, close, signature."""

    lines: tuple[str, ...]
    greeting: str  # the greeting itself ("Hi Ana,"), "" when there is none
    content_start: int  # first line of the message itself (after a greeting on its own line)
    content_end: int  # one past its last line (before the close and signature)
    close: str  # the courteous close line, "" when there is none
    sentences: tuple[Sentence, ...]

    @cached_property
    def content(self) -> str:
        return "\n".join(sentence.text for sentence in self.sentences)


def split_sentences(line: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.findall(line) if part.strip()]


def read_letter(
    text: str,
    *,
    close: re.Pattern[str],
    sender_forms: tuple[str, ...],
    signature: tuple[str, ...] = (),
) -> Letter:
    """Find the parts of the letter. `close` matches a whole close line; `sender_forms` are
    the sender's name forms, so "Best, Sam" is a close and a signature on one line; a
    `signature` block at the end, however long, is looked past."""
    lines = tuple(nonblank_lines(keep_line_breaks(text)))
    block = [line.casefold() for line in signature]
    end = len(lines)
    if block and [line.casefold() for line in lines[-len(block) :]] == block:
        end -= len(block)
    greeting, first_rest = _greeting(lines[0] if lines else "")
    content_start = 0 if first_rest else (1 if greeting else 0)
    content_end = len(lines)
    close_line = ""
    # The close is one of the last few lines; what follows it is the signature.
    for index in range(end - 1, max(content_start, end - 5) - 1, -1):
        line = lines[index]
        if index == 0 and greeting:
            break
        # As written ("Kind regards," from someone called Regards), or with their name taken
        # out ("Best, Sam").
        as_written = " ".join(line.casefold().split())
        if close.fullmatch(as_written) or close.fullmatch(_without_names(line, sender_forms)):
            close_line = line
            content_end = index
            break
    if not close_line:
        content_end = end
        # Without a close, short lines at the end that hold no sentence are the signature.
        while content_end > content_start + 1 and _looks_like_signature(lines[content_end - 1]):
            content_end -= 1
    sentences = []
    for index in range(content_start, content_end):
        line = first_rest if (index == 0 and greeting) else lines[index]
        for part in split_sentences(line):
            sentences.append(Sentence(part, part.lower(), index))
    return Letter(
        lines=lines,
        greeting=greeting,
        content_start=content_start,
        content_end=content_end,
        close=close_line,
        sentences=tuple(sentences),
    )


def _greeting(first: str) -> tuple[str, str]:
    """The greeting on the first line, and whatever follows it on that line."""
    if not first:
        return "", ""
    starts = GREETING_WORDS.match(first) or first.lower().startswith("to whom it may concern")
    if starts:
        head, sep, rest = first.partition(",")
        if not sep:
            for mark in ("!", " \u2013 ", " - ", ":"):
                head, sep, rest = first.partition(mark)
                if sep:
                    break
        if sep and word_count(head) <= 6:
            return head + sep.strip(), rest.strip()
        return first, ""
    # "Tom," alone on the first line greets by name without a greeting word.
    if first.endswith(",") and word_count(first) <= 3 and not first[:-1].rstrip().endswith("."):
        return first, ""
    return "", first


def _without_names(line: str, forms: tuple[str, ...]) -> str:
    for form in forms:
        line = whole_word(form).sub("", line.casefold())
    return " ".join(line.split())


def _looks_like_signature(line: str) -> bool:
    return word_count(line) <= 4 and not line.rstrip().endswith((".", "?", "!"))
