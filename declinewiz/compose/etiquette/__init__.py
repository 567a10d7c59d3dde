"""The etiquette check: reads any email text, generated or edited, and says what to change.

It knows the draft (company, role, names, the person's private reasons and note), so it can
tell a wrong name or a private reason that slipped into the words. Every check gives either one
finding that says all is well, or one finding per problem, each quoting the words it is about
and, where there is an obvious one, a fix the page can apply in one click. It advises and never
raises: the user may still send what they wrote.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from declinewiz.compose.etiquette.text import (
    body_without_signature,
    clean_line,
    signature_lines,
    word_count,
)
from declinewiz.compose.text import keep_line_breaks
from declinewiz.compose.types import Action, Answers, EtiquetteFinding, Outputs, Stage

__all__ = [
    "CHECKS",
    "Finding",
    "Fix",
    "apply_fix",
    "body_without_signature",
    "check_email",
    "clean_line",
    "signature_lines",
    "word_count",
]

# The stable codes, in the order the findings are listed.
CHECKS = (
    "greeting",
    "contact",
    "company",
    "thanks",
    "curt",
    "decision",
    "hedging",
    "contradiction",
    "placeholder",
    "private",
    "negative",
    "grovelling",
    "shouting",
    "spelling",
    "length",
    "close",
    "signature",
)


@dataclass(frozen=True)
class Fix:
    """A one-click change: replace the first `find` in the field with `replace`."""

    label: str  # what the button says: "Use \u201cAcme\u201d", "Remove this sentence"
    find: str
    replace: str
    field: str = "body"  # or "subject"

    @property
    def key(self) -> str:
        """Names this fix in a form, so the page can find it again after a reload."""
        digest = hashlib.blake2s(f"{self.field}\0{self.find}\0{self.replace}".encode())
        return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Finding(EtiquetteFinding):
    quote: str = ""  # the words the finding is about, exactly as written
    fix: Fix | None = None

    @property
    def code(self) -> str:
        return self.check


def check_email(
    text: str,
    *,
    answers: Answers,
    subject: str = "",
    action: Action | None = None,
    private_note: str = "",
) -> tuple[Finding, ...]:
    """Check an email body (and its subject) against good practice and against the draft.

    `action` is what the message is meant to do; when not given it is the user's choice in
    `answers`, and with no choice yet any clear decision counts. `private_note` is the note the
    person kept for themselves: none of it should show in the email.
    """
    from declinewiz.compose.etiquette.checks import run_checks

    if action is None:
        action = Action.REPLY if answers.stage is Stage.REJECTED else answers.action
    return run_checks(
        text, subject=subject, answers=answers, action=action, private_note=private_note
    )


def check_outputs(outputs: Outputs) -> tuple[Finding, ...]:
    """The check of the email as composed, against the answers it was composed from."""
    return check_email(
        outputs.email.body,
        answers=outputs.answers,
        subject=outputs.email.subject,
        action=outputs.action,
    )


def apply_fix(*, subject: str, body: str, fix: Fix) -> tuple[str, str]:
    """The subject and body with `fix` applied; unchanged when its words are no longer there."""
    if fix.field == "subject":
        fixed = _replace_once(subject, fix)
        return (fixed if fixed.strip() else subject), body
    fixed = _replace_once(body, fix)
    # A fix never empties the email: an empty box would bring the generated text back.
    return subject, (fixed if fixed.strip() else body)


def _replace_once(text: str, fix: Fix) -> str:
    if fix.find and fix.find not in text:
        # The check reads the text without control characters; so does the fix.
        text = keep_line_breaks(text)
    if not fix.find or fix.find not in text:
        return text
    before, _, after = text.partition(fix.find)
    if fix.replace:
        return before + fix.replace + after
    # Removing a sentence: close up the space it leaves, keep the paragraphs.
    before_stripped = before.rstrip(" \t")
    after_stripped = after.lstrip(" \t")
    if (
        before_stripped.endswith("\n")
        or not before_stripped
        or after_stripped.startswith("\n")
        or not after_stripped
    ):
        joined = before_stripped + after_stripped
    else:
        joined = f"{before_stripped} {after_stripped}"
    # A paragraph left empty by the removal goes with it.
    while "\n\n\n" in joined:
        joined = joined.replace("\n\n\n", "\n\n")
    return joined.strip()
