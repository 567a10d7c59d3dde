"""`manage.py compose`: every output for a JSON file of answers, without the web app.

Useful for scripting, for checking wording by hand, and as a plain way into the composer.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from declinewiz.compose.io import AnswersError, answers_from_json, outputs_to_json, outputs_to_text
from declinewiz.compose.writer import compose_all


class Command(BaseCommand):
    help = (
        "Compose the advice, email, phone script and etiquette check for the answers in a JSON "
        "file (or '-' for standard input)."
    )
    # Plain composition: no database, no models, so no checks or migrations to wait for.
    requires_system_checks = []
    requires_migrations_checks = False
    # Lets tests hand in their own standard input through call_command(stdin=...).
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--answers",
            required=True,
            metavar="FILE",
            help="JSON file with the answers, or '-' to read them from standard input.",
        )
        parser.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="text (readable sections, the default) or json.",
        )

    def handle(self, *args, **options):
        source = options["answers"]
        data = self._load(source, stdin=options.get("stdin") or sys.stdin)
        try:
            answers = answers_from_json(data)
        except AnswersError as error:
            raise CommandError(f"Invalid answers in {_name(source)}: {error}") from None

        outputs = compose_all(answers)
        if options["format"] == "json":
            self.stdout.write(json.dumps(outputs_to_json(outputs), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(outputs_to_text(outputs), ending="")

    def _load(self, source: str, *, stdin):
        try:
            if source == "-":
                text = stdin.read()
            else:
                with open(source, encoding="utf-8") as file:
                    text = file.read()
        except OSError as error:
            raise CommandError(f"Cannot read {_name(source)}: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"Cannot read {_name(source)}: it is not UTF-8 text") from None
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{_name(source)} is not valid JSON: {error.msg} "
                f"(line {error.lineno}, column {error.colno})"
            ) from None


def _name(source: str) -> str:
    return "standard input" if source == "-" else source
