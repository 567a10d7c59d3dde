"""`manage.py compose`: answers from a file or stdin, text or JSON out, clear errors.

These tests have no database mark, so pytest-django would fail any of them that touched the
database: the command must not.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.answers import FULL, NOW, as_json

ROOT = Path(__file__).resolve().parents[2]

# The full answers, with an interview tomorrow and a reason that makes the advice a decline
# (chosen by neither the person nor this test: the advice recommends it).
ANSWERS = as_json(
    {
        **FULL,
        "interview_at": NOW + dt.timedelta(days=1, hours=5),
        "reasons": ["happy_current_job"],
        "action": "",
        "channel": "",
    }
)


def write_answers(tmp_path: Path, data) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def compose(*args, stdin=None) -> str:
    out = io.StringIO()
    call_command("compose", *args, stdout=out, stdin=stdin)
    return out.getvalue()


def test_text_format_has_every_section(tmp_path):
    text = compose("--answers", str(write_answers(tmp_path, ANSWERS)))

    for heading in ("Advice", "Channel", "Email", "Phone script", "Etiquette"):
        assert f"\n{heading}\n" in f"\n{text}"
    # The phone script as the site's page and .txt write it.
    assert "\nVOICEMAIL\n" in text
    assert "AFTER THE CALL, EMAIL" in text
    assert "Recommended: Decline" in text
    # The interview is tomorrow and there is a number: call, then confirm.
    assert "Recommended: Phone call, then a short email to confirm" in text
    assert "Ana" in text


def test_text_is_the_default_format(tmp_path):
    path = str(write_answers(tmp_path, ANSWERS))

    assert compose("--answers", path) == compose("--answers", path, "--format", "text")


def test_json_format(tmp_path):
    data = json.loads(
        compose("--answers", str(write_answers(tmp_path, ANSWERS)), "--format", "json")
    )

    assert data["advice"]["action"] == "decline"
    assert data["channel"]["recommended"] == "phone_then_email"
    assert data["email"]["subject"]
    assert "Sam Lee" in data["email"]["body"]
    assert data["phone_script"]["sections"]
    assert data["phone_script"]["voicemail"]
    assert data["phone_script"]["follow_up_email"]["body"]
    assert {"check", "ok", "message"} <= set(data["etiquette"][0])


def test_the_same_answers_give_the_same_words(tmp_path):
    path = str(write_answers(tmp_path, ANSWERS))

    assert compose("--answers", path, "--format", "json") == compose(
        "--answers", path, "--format", "json"
    )


def test_reads_standard_input_with_a_dash(tmp_path):
    from_file = compose("--answers", str(write_answers(tmp_path, ANSWERS)), "--format", "json")

    from_stdin = compose(
        "--answers", "-", "--format", "json", stdin=io.StringIO(json.dumps(ANSWERS))
    )

    assert from_stdin == from_file


def test_invalid_json_names_the_line(tmp_path):
    path = write_answers(tmp_path, '{"stage": "invited",\n "company": }')

    with pytest.raises(CommandError, match=r"not valid JSON: .*line 2"):
        compose("--answers", str(path))


def test_invalid_answers_name_the_field(tmp_path):
    data = {**ANSWERS, "contact": {"name": ""}}

    with pytest.raises(CommandError, match=r"contact\.name: is required"):
        compose("--answers", str(write_answers(tmp_path, data)))


def test_unknown_reason_names_its_position(tmp_path):
    data = {**ANSWERS, "reasons": ["mission", "boredom"]}

    with pytest.raises(CommandError, match=r"reasons\[1\]: 'boredom'"):
        compose("--answers", str(write_answers(tmp_path, data)))


def test_answers_that_are_not_an_object(tmp_path):
    with pytest.raises(CommandError, match=r"answers: must be a JSON object"):
        compose("--answers", str(write_answers(tmp_path, "[1, 2]")))


def test_missing_file(tmp_path):
    with pytest.raises(CommandError, match=r"Cannot read .*missing\.json"):
        compose("--answers", str(tmp_path / "missing.json"))


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "answers.json"
    path.write_bytes(b'{"company": "\xff"}')

    with pytest.raises(CommandError, match="not UTF-8"):
        compose("--answers", str(path))


def run_manage(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_invalid_file_exits_non_zero_without_a_traceback(tmp_path):
    path = write_answers(tmp_path, {**ANSWERS, "interview_at": "tomorrow at ten"})

    result = run_manage("compose", "--answers", str(path))

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "interview_at: 'tomorrow at ten' is not an ISO 8601 date and time" in result.stderr
    assert result.stdout == ""


def test_bad_json_on_stdin_exits_non_zero_without_a_traceback():
    result = run_manage("compose", "--answers", "-", stdin="{not json")

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "standard input is not valid JSON" in result.stderr


def test_valid_file_exits_zero(tmp_path):
    result = run_manage(
        "compose", "--answers", str(write_answers(tmp_path, ANSWERS)), "--format", "json"
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["advice"]["action"] == "decline"
