"""`manage.py etiquette`: any email text checked against a draft's answers, text or JSON out.

No database mark: the command must not touch the database.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from declinewiz.compose.etiquette import CHECKS
from tests.answers import BASIC, as_json

ROOT = Path(__file__).resolve().parents[2]

ANSWERS = as_json({**BASIC, "reasons": ["culture_fit"], "action": "decline"})
GOOD = (
    "Hi Ana,\n\nThank you for inviting me to interview. I've decided to decline, as the role "
    "isn't the right fit for me right now.\n\nBest wishes,\nSam"
)
BAD = "Hi Ana,\n\nNo thanks. I don't think the culture would suit me at Globex.\n\nSam"


@pytest.fixture
def files(tmp_path):
    def write(answers=ANSWERS, text=GOOD):
        answers_path = tmp_path / "answers.json"
        answers_path.write_text(
            answers if isinstance(answers, str) else json.dumps(answers), encoding="utf-8"
        )
        text_path = tmp_path / "email.txt"
        text_path.write_bytes(text if isinstance(text, bytes) else text.encode())
        return str(answers_path), str(text_path)

    return write


def check(*args, stdin=None) -> str:
    out = io.StringIO()
    call_command("etiquette", *args, stdout=out, stdin=stdin)
    return out.getvalue()


def test_json_lists_every_finding_with_code_ok_message_and_quote(files):
    answers, text = files(text=BAD)
    findings = json.loads(check("--answers", answers, "--text", text, "--format", "json"))

    assert {finding["code"] for finding in findings} == set(CHECKS)
    problems = {finding["code"]: finding for finding in findings if not finding["ok"]}
    assert set(problems) == {"thanks", "curt", "decision", "company", "private", "close"}
    assert problems["company"]["quote"] == "Globex"
    assert problems["company"]["fix"] == {
        "label": "Use \u201cAcme\u201d",
        "find": "Globex",
        "replace": "Acme",
        "field": "body",
    }
    assert all(set(finding) == {"code", "ok", "message", "quote", "fix"} for finding in findings)


def test_a_good_email_is_all_fine_in_text(files):
    answers, text = files()
    output = check("--answers", answers, "--text", text)
    assert output.startswith(f"0 to check, {len(CHECKS)} fine.")
    assert "CHECK" not in output


def test_text_puts_what_to_change_first_with_its_fix(files):
    answers, text = files(text=BAD)
    lines = check("--answers", answers, "--text", text).splitlines()
    assert lines[0] == "6 to check, 11 fine."
    assert lines[2].startswith("CHECK company:")
    assert "      fix: Use \u201cAcme\u201d" in lines


def test_the_private_note_and_the_subject_are_checked(files, tmp_path):
    answers, text = files(text=GOOD.replace("right now.", "right now. The office smelled."))
    note = tmp_path / "note.txt"
    note.write_text("The whole office smelled of burnt toast.", encoding="utf-8")
    findings = json.loads(
        check(
            "--answers", answers, "--text", text, "--note", str(note),
            "--subject", "Interview at [Company]", "--format", "json",
        )
    )  # fmt: skip
    failed = {finding["code"] for finding in findings if not finding["ok"]}
    assert failed == {"private", "placeholder"}


def test_the_text_can_come_from_standard_input(files):
    answers, _ = files()
    assert check("--answers", answers, "--text", "-", stdin=io.StringIO(BAD)).startswith(
        "6 to check"
    )


@pytest.mark.parametrize(
    ("answers", "text", "message"),
    [
        ("{", GOOD, "is not valid JSON"),
        ({**ANSWERS, "stage": "nowhere"}, GOOD, "Invalid answers in"),
        (ANSWERS, "  \n", "is empty: there is no email"),
        (ANSWERS, b"\xff\xfe", "it is not UTF-8 text"),
    ],
)
def test_invalid_input_is_a_clear_error(files, answers, text, message):
    answers_path, text_path = files(answers=answers, text=text)
    with pytest.raises(CommandError, match=message):
        check("--answers", answers_path, "--text", text_path)


def test_a_missing_file_and_two_standard_inputs_are_refused(files):
    answers, text = files()
    with pytest.raises(CommandError, match="Cannot read"):
        check("--answers", answers, "--text", text + ".missing")
    with pytest.raises(CommandError, match="Only one of --answers and --text"):
        check("--answers", "-", "--text", "-", stdin=io.StringIO(""))


def test_from_the_shell_an_error_exits_non_zero_without_a_traceback(files):
    answers, text = files(text="   ")
    done = subprocess.run(
        [sys.executable, "manage.py", "etiquette", "--answers", answers, "--text", text],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "is empty" in done.stderr
    assert "Traceback" not in done.stderr
