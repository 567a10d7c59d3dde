"""`manage.py etiquette`: the message page's etiquette check for any email text, from files.

The answers are the compose command's JSON format, so the same file serves both: compose the
email, edit it by hand, then check the edited text against the draft it was written for.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import CommandError

from declinewiz.compose.etiquette import check_email
from declinewiz.compose.io import AnswersError, answers_from_json
from declinewiz.drafts.management.commands import compose


class Command(compose.Command):
    help = (
        "Check an email's text against the answers of its draft (the compose command's JSON "
        "format) and print the etiquette findings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--answers",
            required=True,
            metavar="FILE",
            help="JSON file with the draft's answers, or '-' to read them from standard input.",
        )
        parser.add_argument(
            "--text",
            required=True,
            metavar="FILE",
            help="the email's body as plain UTF-8 text, or '-' to read it from standard input.",
        )
        parser.add_argument("--subject", default="", help="the email's subject line, if any.")
        parser.add_argument(
            "--note",
            metavar="FILE",
            help="the draft's private note (text that should never show in the email).",
        )
        parser.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="text (one line per finding, the default) or json.",
        )

    def handle(self, *args, **options):
        stdin = options.get("stdin") or sys.stdin
        if options["answers"] == "-" and options["text"] == "-":
            raise CommandError("Only one of --answers and --text can read standard input.")
        data = self._load(options["answers"], stdin=stdin)
        try:
            answers = answers_from_json(data)
        except AnswersError as error:
            raise CommandError(
                f"Invalid answers in {compose._name(options['answers'])}: {error}"
            ) from None
        text = _read_text(options["text"], stdin=stdin)
        if not text.strip():
            raise CommandError(f"{compose._name(options['text'])} is empty: there is no email.")
        note = _read_text(options["note"], stdin=stdin) if options["note"] else ""

        findings = check_email(text, answers=answers, subject=options["subject"], private_note=note)
        if options["format"] == "json":
            payload = [_as_json(finding) for finding in findings]
            self.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(_as_text(findings), ending="")


def _read_text(source: str, *, stdin) -> str:
    try:
        if source == "-":
            return stdin.read()
        with open(source, encoding="utf-8") as file:
            return file.read()
    except OSError as error:
        raise CommandError(f"Cannot read {compose._name(source)}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CommandError(f"Cannot read {compose._name(source)}: it is not UTF-8 text") from None


def _as_json(finding) -> dict:
    fix = finding.fix
    return {
        "code": finding.code,
        "ok": finding.ok,
        "message": finding.message,
        "quote": finding.quote,
        "fix": (
            {"label": fix.label, "find": fix.find, "replace": fix.replace, "field": fix.field}
            if fix
            else None
        ),
    }


def _as_text(findings) -> str:
    problems = [finding for finding in findings if not finding.ok]
    lines = [f"{len(problems)} to check, {len(findings) - len(problems)} fine.", ""]
    for finding in (*problems, *(finding for finding in findings if finding.ok)):
        lines.append(f"{'CHECK' if not finding.ok else 'OK':<6}{finding.code}: {finding.message}")
        if finding.quote and finding.quote not in finding.message:
            lines.append(f"      \u201c{finding.quote}\u201d")
        if finding.fix:
            lines.append(f"      fix: {finding.fix.label}")
    return "\n".join(lines) + "\n"
