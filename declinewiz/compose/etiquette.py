"""The etiquette check: reads any email text, generated or edited, and says what to change.

One finding per check, in a fixed order, with a stable code. It advises and never raises: a
finding with ok=False is a kind suggestion, the user may still send what they wrote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from declinewiz.compose.types import (
    WORD_LIMITS,
    Action,
    Answers,
    EtiquetteFinding,
    Stage,
)

CHECKS = (
    "greeting",
    "thanks",
    "decision",
    "placeholder",
    "negative",
    "apology",
    "excuse",
    "length",
    "close",
    "signature",
)

# Tokens that hold at least one letter or digit: "14:00" and "(Europe/London)" are one word
# each, a lone dash is none.
_WORD = re.compile(r"[^\s\w]*\w\S*")

# Unicode category Cc, less the whitespace ones (tab, line breaks, \x1c-\x1f, NEL) that the
# callers split on and collapse.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

_THANKS = re.compile(r"\bthank|\bgrateful\b|\bappreciat|\bgratitude\b")

# What states each decision. Checked in the opening sentences, so keep these specific.
_STEP_OUT = (
    r"\bdeclin",
    r"\bwithdraw",
    r"\bnot (?:to )?(?:go|move|be moving|be going) forward",
    r"\bnot (?:to )?(?:proceed|continue|pursue)",
    r"\bno longer (?:be )?(?:pursu|continu|proceed|interested|available|consider)",
    r"\bstep(?:ping)? back\b",
    r"\bpass(?:ing)? on\b",
    r"\bturn(?:ing)? down\b",
    r"\bcancel",
)
_DECISION_WORDS: dict[Action, tuple[str, ...]] = {
    Action.DECLINE: _STEP_OUT,
    Action.WITHDRAW: _STEP_OUT,
    Action.OTHER_ROLES: _STEP_OUT,
    Action.RESCHEDULE: (
        r"\breschedul",
        r"\bmove\b",
        r"\bnew time",
        r"\banother time",
        r"\bdifferent time",
        r"\bother times",
        r"\brearrang",
        r"\bpostpon",
    ),
    Action.NEGOTIATE: (r"\bflexib", r"\bnegotiat", r"\bdiscuss"),
    Action.PAUSE: (
        r"\bfew days\b",
        r"\buntil\b",
        r"\bconsider",
        r"\bthink it over\b",
        r"\bmore time\b",
        r"\bto decide\b",
    ),
    Action.REPLY: (r"\bfuture\b", r"\binterested\b", r"\bletting me know\b", r"\bfeedback\b"),
}

# Compiled once; a message with no action yet may state any decision.
_DECISIONS: dict[Action | None, re.Pattern[str]] = {
    action: re.compile("|".join(words)) for action, words in _DECISION_WORDS.items()
}
_DECISIONS[None] = re.compile(
    "|".join(dict.fromkeys(w for ws in _DECISION_WORDS.values() for w in ws))
)

# The word patterns below are lowercase and run on lowercased text: case-insensitive matching
# of Unicode text is ten times slower, and the check runs each time the user edits the text.
_PLACEHOLDERS = (
    re.compile(r"\[[^\[\]\n]{0,40}\]"),
    re.compile(r"\{[^{}\n]{0,40}\}"),
    # <Name>, <company>: word-like only, so "Sam <sam@example.com>" is not one.
    re.compile(r"<\s*[^\W\d_][\w .'-]{0,38}>"),
    re.compile(r"\b(?:X{3,}|x{3,}|TB[DC]|tb[dc]|INSERT)\b"),
    re.compile(r"_{3,}"),
)

# Remarks that criticise the employer, its people, its pay or its reviews.
_NEGATIVE = re.compile(
    r"\b(?:"
    r"low-?ball(?:ed|ing)?|insult(?:ing|ed)?|toxic|unprofessional(?:ly)?|rude(?:ly|ness)?"
    r"|disorgani[sz]ed|chaotic|(?:a |complete |total )?waste of (?:my )?time|wasted my time"
    r"|ridiculous(?:ly)?|terrible|awful|horrible|horrendous|appalling|dreadful|pathetic"
    r"|scam(?:s|my)?|joke|laughable|underpa(?:id|y|ying)|cheap|stingy|greedy|exploit(?:ative|ing)?"
    r"|incompetent|clueless|arrogant|disrespectful|dishonest|shady|sketchy|liars?|lied"
    r"|worst|useless|bad reviews?|negative reviews?|red flags?|unacceptable|a mess"
    r")\b"
)

_APOLOGY = re.compile(r"\bsorry\b|\bapolog\w*|\bregret\w*")

_EXCUSE_PHRASES = re.compile(
    r"\b(?:the reason (?:is|was) that|i have to explain|i must explain|let me explain"
    r"|unfortunately,? my|to be honest|i hope you (?:can )?understand|please understand"
    r"|i know this is)\b"
)
_JUSTIFYING = re.compile(r"\bbecause\b|\bsince\b|\bas i\b")
EXCUSE_PARAGRAPH_WORDS = 60

_CLOSE = re.compile(
    r"\b(?:regards|sincerely|thanks|thank you|best|wishes|cheers|respectfully|cordially"
    r"|yours|with gratitude|take care|warmly|all the best)\b"
)
_CLOSE_MAX_WORDS = 6


def word_count(text: str) -> int:
    """Runs of non-space characters with a letter, digit or underscore in them.

    The same count as len(_WORD.findall(text)), in half the time: most runs start with a
    letter (isalnum() is exactly a word character but "_"), and only the others are searched.
    """
    return sum(1 for run in text.split() if run[0].isalnum() or _WORD.search(run))


def clean_line(text: str) -> str:
    """One line of user text: control characters dropped, whitespace runs made one space."""
    return " ".join(_drop_controls(text).split())


@lru_cache(maxsize=256)  # asked for several times per message, always of the same signature
def signature_lines(signature: str) -> tuple[str, ...]:
    """The signature as the writer prints it: cleaned, non-empty lines."""
    lines = (clean_line(line) for line in _drop_controls(signature, keep="\n").split("\n"))
    return tuple(line for line in lines if line)


def body_without_signature(body: str, *, signature: str) -> str:
    """The body with the user's signature block cut off the end, when it is there.

    Contact details in a signature are not part of the message, so they do not count
    against the word limit.
    """
    lines = _lines(body)
    block = [line.casefold() for line in signature_lines(signature)]
    if block and [line.casefold() for line in lines[-len(block) :]] == block:
        lines = lines[: -len(block)]
    return "\n".join(lines)


def check_email(
    text: str, *, answers: Answers, subject: str = "", action: Action | None = None
) -> tuple[EtiquetteFinding, ...]:
    """Check an email body (and its subject) against good practice.

    `action` is what the message is meant to do; when not given it is the user's choice in
    `answers`, and with no choice yet any clear decision counts.
    """
    if action is None:
        action = Action.REPLY if answers.stage is Stage.REJECTED else answers.action
    lines = _lines(text)
    return (
        _greeting(lines, answers=answers),
        _thanks(text),
        _decision(lines, action=action),
        _placeholder(f"{subject}\n{text}"),
        _negative(f"{subject}\n{text}"),
        _apology(text),
        _excuse(text),
        _length(text, answers=answers),
        _close(lines, answers=answers),
        _signature(lines, answers=answers),
    )


def _greeting(lines: list[str], *, answers: Answers) -> EtiquetteFinding:
    names = _name_forms(answers.contact.name)
    first_line = lines[0] if lines else ""
    if any(_contains(first_line, name) for name in names):
        return EtiquetteFinding("greeting", True, "You greet them by name.")
    example = _greeting_example(answers)
    return EtiquetteFinding(
        "greeting",
        False,
        f"Start with a greeting that uses their name, for example \u201c{example}\u201d.",
    )


def _thanks(text: str) -> EtiquetteFinding:
    if _THANKS.search(text.lower()):
        return EtiquetteFinding("thanks", True, "You thank them for their time.")
    return EtiquetteFinding(
        "thanks",
        False,
        "Add a thank-you for their time, for example in the first line.",
    )


def _decision(lines: list[str], *, action: Action | None) -> EtiquetteFinding:
    decision = _DECISIONS[action]
    sentences = _sentences("\n".join(lines[1:]).lower())
    if any(decision.search(sentence) for sentence in sentences[:3]):
        return EtiquetteFinding("decision", True, "Your decision is clear and comes early.")
    if any(decision.search(sentence) for sentence in sentences):
        return EtiquetteFinding(
            "decision",
            False,
            "Move your decision up, into the first two sentences, so it can't be missed.",
        )
    return EtiquetteFinding(
        "decision",
        False,
        f"Say your decision plainly near the top, for example \u201c{_decision_example(action)}"
        "\u201d.",
    )


def _placeholder(text: str) -> EtiquetteFinding:
    for pattern in _PLACEHOLDERS:
        found = pattern.search(text)
        if found:
            return EtiquetteFinding(
                "placeholder",
                False,
                f"Replace \u201c{found.group(0)}\u201d with the real words before you send it.",
            )
    return EtiquetteFinding("placeholder", True, "No placeholder is left to fill in.")


def _negative(text: str) -> EtiquetteFinding:
    found = _NEGATIVE.search(text.lower())
    if found:
        return EtiquetteFinding(
            "negative",
            False,
            f"Take out \u201c{found.group(0)}\u201d: keep any reason neutral and about you, not "
            "about the company, its people or its pay.",
        )
    return EtiquetteFinding("negative", True, "The tone stays positive about them.")


def _apology(text: str) -> EtiquetteFinding:
    count = len(_APOLOGY.findall(text.lower()))
    if count <= 1:
        return EtiquetteFinding("apology", True, "No more than one apology: just right.")
    return EtiquetteFinding(
        "apology",
        False,
        f"You apologise {count} times; once is enough, so keep the one that matters most.",
    )


def _excuse(text: str) -> EtiquetteFinding:
    text = text.lower()
    found = _EXCUSE_PHRASES.search(text)
    if found:
        return EtiquetteFinding(
            "excuse",
            False,
            f"You don't owe an explanation: consider cutting the part that starts with "
            f"\u201c{found.group(0)}\u201d.",
        )
    for paragraph in re.split(r"\n\s*\n", text):
        if word_count(paragraph) > EXCUSE_PARAGRAPH_WORDS and _JUSTIFYING.search(paragraph):
            return EtiquetteFinding(
                "excuse",
                False,
                "One paragraph reads like a long justification; a one-line reason is plenty.",
            )
    return EtiquetteFinding("excuse", True, "No long excuses: short and clear.")


def _length(text: str, *, answers: Answers) -> EtiquetteFinding:
    limit = WORD_LIMITS[answers.tone]
    words = word_count(body_without_signature(text, signature=answers.sender.signature))
    if words <= limit:
        return EtiquetteFinding("length", True, f"{words} words: a good length.")
    return EtiquetteFinding(
        "length",
        False,
        f"It is {words} words; for a {answers.tone.value} message aim for {limit} or fewer. "
        "Try trimming the reason or an extra sentence.",
    )


def _close(lines: list[str], *, answers: Answers) -> EtiquetteFinding:
    body = _lines(body_without_signature("\n".join(lines), signature=answers.sender.signature))
    for line in body[-3:]:
        if word_count(line) <= _CLOSE_MAX_WORDS and _CLOSE.search(line.lower()):
            return EtiquetteFinding("close", True, "It ends with a courteous close.")
    return EtiquetteFinding(
        "close",
        False,
        "End with a courteous close such as \u201cKind regards,\u201d or \u201cThanks again,"
        "\u201d just above your name.",
    )


def _signature(lines: list[str], *, answers: Answers) -> EtiquetteFinding:
    name = clean_line(answers.sender.name)
    ending = lines[-(3 + len(signature_lines(answers.sender.signature))) :]
    forms = _name_forms(name)
    if any(_contains(line, form) for line in ending for form in forms):
        return EtiquetteFinding("signature", True, "You sign with your name.")
    return EtiquetteFinding(
        "signature",
        False,
        f"Sign with your name, \u201c{name}\u201d, on the line after the close."
        if name
        else "Sign with your name on the line after the close.",
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def _name_forms(name: str) -> tuple[str, ...]:
    words = clean_line(name).split()
    if not words:
        return ()
    return tuple(dict.fromkeys((" ".join(words), words[0], words[-1])))


def _contains(text: str, word: str) -> bool:
    return _whole_word(word).search(text.casefold()) is not None


@lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word.casefold())}(?!\w)")


def _greeting_example(answers: Answers) -> str:
    words = clean_line(answers.contact.name).split() or ["Ana"]
    title = clean_line(answers.contact.title)
    if title:
        return f"Dear {title} {words[-1]},"
    return f"Hi {words[0]},"


def _decision_example(action: Action | None) -> str:
    return {
        Action.RESCHEDULE: "Could we move the interview to another time?",
        Action.NEGOTIATE: "Is there any flexibility on the salary?",
        Action.PAUSE: "Could I have until Friday to consider it?",
        Action.REPLY: "I remain very interested in future roles with you.",
    }.get(action, "I have decided to decline the invitation.")


def _drop_controls(text: str, *, keep: str = "") -> str:
    if "\n" in keep:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)
