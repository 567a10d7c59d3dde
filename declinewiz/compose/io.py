"""The JSON interface: answers in, outputs out, for `manage.py compose` and anyone scripting it.

Input is checked field by field; anything wrong raises AnswersError naming the field by its
path ("contact.name", "reasons[2]"), so a person can fix the file without reading code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from declinewiz.compose.advice import actions_for
from declinewiz.compose.catalogue import REASONS, ordered
from declinewiz.compose.etiquette import check_outputs
from declinewiz.compose.exports import script_as_text
from declinewiz.compose.labels import ACTION_LABELS, CHANNEL_LABELS
from declinewiz.compose.rules import PHONE_MAX_LENGTH, is_phone_number
from declinewiz.compose.text import has_control_characters
from declinewiz.compose.types import (
    TITLES,
    Action,
    Answers,
    Channel,
    Contact,
    ContactRole,
    Extra,
    Outputs,
    Sender,
    ShareReason,
    Stage,
    Tone,
)

E = TypeVar("E", bound=StrEnum)

# Generous, but bounded: these end up in mail headers, calendar files and printed pages.
SHORT_TEXT = 200
LONG_TEXT = 2000

_TOP_LEVEL = frozenset(
    {
        "stage",
        "interview_at",
        "time_zone",
        "rounds_done",
        "company",
        "role",
        "contact",
        "sender",
        "reasons",
        "action",
        "channel",
        "tone",
        "share_reason",
        "extras",
        "alternative_times",
        "variant",
        "now",
        "greeting",
        "negotiate_ask",
        "contact_time_zone",
    }
)
_CONTACT_FIELDS = frozenset({"name", "title", "role", "email", "phone"})
_SENDER_FIELDS = frozenset({"name", "signature", "phone"})

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class AnswersError(ValueError):
    """One invalid field of the JSON answers: where it is and what to change."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def answers_from_json(data: Any, *, now: dt.datetime | None = None) -> Answers:
    """Validate JSON answers (already parsed) and build Answers from them.

    Naive times are read in the answers' time zone. `now` comes from the data, else from the
    argument, else the clock — pass it for deterministic results.
    """
    if not isinstance(data, dict):
        raise AnswersError("answers", "must be a JSON object")
    _no_unknown_keys(data, _TOP_LEVEL, prefix="")

    time_zone = _time_zone(data.get("time_zone"))
    zone = ZoneInfo(time_zone)
    stage = _choice(data, "stage", Stage, required=True)
    action = _choice(data, "action", Action)
    if action is not None and action not in actions_for(stage):
        offered = ", ".join(actions_for(stage))
        raise AnswersError("action", f"{action} is not offered at stage {stage}; use {offered}")

    given_now = _datetime(data.get("now"), "now", zone)
    if given_now is None:
        given_now = now if now is not None else dt.datetime.now(dt.UTC)
        if given_now.tzinfo is None:
            given_now = given_now.replace(tzinfo=zone)

    return Answers(
        stage=stage,
        company=_text(data, "company", required=True),
        role=_text(data, "role", required=True),
        contact=_contact(data.get("contact")),
        sender=_sender(data.get("sender")),
        now=given_now,
        time_zone=time_zone,
        interview_at=_datetime(data.get("interview_at"), "interview_at", zone),
        rounds_done=_count(data, "rounds_done"),
        reasons=_reasons(data.get("reasons")),
        action=action,
        channel=_choice(data, "channel", Channel),
        tone=_choice(data, "tone", Tone) or Tone.WARM,
        share_reason=_choice(data, "share_reason", ShareReason) or ShareReason.BRIEF,
        extras=frozenset(_codes(data.get("extras"), "extras", Extra)),
        alternative_times=_datetimes(data.get("alternative_times"), "alternative_times", zone),
        variant=_count(data, "variant"),
        greeting=_text(data, "greeting"),
        negotiate_ask=_text(data, "negotiate_ask"),
        contact_time_zone=_time_zone(data.get("contact_time_zone"), "contact_time_zone")
        if data.get("contact_time_zone")
        else "",
    )


def answers_to_json(answers: Answers) -> dict[str, Any]:
    """The JSON form of answers; answers_from_json reads it back to equal answers."""
    return {
        "stage": str(answers.stage),
        "interview_at": answers.interview_at.isoformat() if answers.interview_at else None,
        "time_zone": answers.time_zone,
        "rounds_done": answers.rounds_done,
        "company": answers.company,
        "role": answers.role,
        "contact": {
            "name": answers.contact.name,
            "title": answers.contact.title,
            "role": str(answers.contact.role),
            "email": answers.contact.email,
            "phone": answers.contact.phone,
        },
        "sender": {
            "name": answers.sender.name,
            "signature": answers.sender.signature,
            "phone": answers.sender.phone,
        },
        "reasons": list(answers.reasons),
        "action": str(answers.action) if answers.action else None,
        "channel": str(answers.channel) if answers.channel else None,
        "tone": str(answers.tone),
        "share_reason": str(answers.share_reason),
        "extras": sorted(str(extra) for extra in answers.extras),
        "alternative_times": [time.isoformat() for time in answers.alternative_times],
        "variant": answers.variant,
        "now": answers.now.isoformat(),
        "greeting": answers.greeting,
        "negotiate_ask": answers.negotiate_ask,
        "contact_time_zone": answers.contact_time_zone,
    }


def outputs_to_json(outputs: Outputs) -> dict[str, Any]:
    """Every output as plain JSON: advice, channel, email, phone script and etiquette."""
    script = outputs.phone_script
    return {
        "action": str(outputs.action),
        "advice": {
            "action": str(outputs.advice.action),
            "why": list(outputs.advice.why),
            "notes": list(outputs.advice.notes),
        },
        "channel": {
            "recommended": str(outputs.channel.recommended),
            "why": list(outputs.channel.why),
            "tips": list(outputs.channel.tips),
        },
        "email": {"subject": outputs.email.subject, "body": outputs.email.body},
        "phone_script": {
            "sections": [
                {"title": section.title, "text": section.text}
                for section in (*script.before_you_call, *script.sections)
            ],
            "pushback": [
                {"question": item.question, "answer": item.answer} for item in script.pushback
            ],
            "voicemail": script.voicemail,
            "advised": script.advised,
            "follow_up_email": {
                "subject": script.follow_up_email.subject,
                "body": script.follow_up_email.body,
            },
        },
        "etiquette": [
            {"check": finding.check, "ok": finding.ok, "message": finding.message}
            for finding in check_outputs(outputs)
        ],
    }


def outputs_to_text(outputs: Outputs) -> str:
    """Every output as plain text in readable sections, for a terminal or a .txt file."""
    parts = [
        _heading("Advice"),
        f"Recommended: {ACTION_LABELS[outputs.advice.action]}",
        *outputs.advice.why,
        *(f"Note: {note}" for note in outputs.advice.notes),
    ]
    if outputs.action is not outputs.advice.action:
        parts.append(f"Composed for your choice: {ACTION_LABELS[outputs.action]}")
    parts += [
        "",
        _heading("Channel"),
        f"Recommended: {CHANNEL_LABELS[outputs.channel.recommended]}",
        *outputs.channel.why,
        *(f"- {tip}" for tip in outputs.channel.tips),
        "",
        _heading("Email"),
        f"Subject: {outputs.email.subject}",
        "",
        outputs.email.body,
        "",
        _heading("Phone script"),
        script_as_text(outputs.phone_script),
        "",
        _heading("Etiquette"),
        *(
            f"[{'ok' if finding.ok else 'check'}] {finding.message}"
            for finding in check_outputs(outputs)
        ),
    ]
    return "\n".join(parts) + "\n"


def _heading(title: str) -> str:
    return f"{title}\n{'=' * len(title)}"


def _no_unknown_keys(data: dict, known: frozenset[str], *, prefix: str) -> None:
    for key in data:
        if key not in known:
            path = f"{prefix}{key}"
            raise AnswersError(
                path, f"is not a known field; known fields: {', '.join(sorted(known))}"
            )


def _text(
    data: dict,
    key: str,
    *,
    prefix: str = "",
    required: bool = False,
    multiline: bool = False,
    limit: int = SHORT_TEXT,
) -> str:
    path = f"{prefix}{key}"
    value = data.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise AnswersError(path, f"must be a string, not {_json_type(value)}")
    value = value.strip()
    if required and not value:
        raise AnswersError(path, "is required")
    if len(value) > limit:
        raise AnswersError(path, f"is too long: at most {limit} characters")
    # Control characters would break the headers of an .eml or .ics; only a signature may
    # span lines.
    if has_control_characters(value, allow="\n" if multiline else ""):
        allowed = "line breaks only" if multiline else "no line breaks or tabs"
        raise AnswersError(path, f"contains control characters ({allowed})")
    return value


def _contact(value: Any) -> Contact:
    if value is None:
        raise AnswersError("contact", "is required (at least contact.name)")
    if not isinstance(value, dict):
        raise AnswersError("contact", f"must be an object, not {_json_type(value)}")
    _no_unknown_keys(value, _CONTACT_FIELDS, prefix="contact.")
    email = _text(value, "email", prefix="contact.")
    if email and not _EMAIL.fullmatch(email):
        raise AnswersError("contact.email", f"{email!r} is not an email address")
    return Contact(
        name=_text(value, "name", prefix="contact.", required=True),
        title=_title(value),
        # Unknown, as a draft without one: the words then claim no role for them.
        role=_choice(value, "role", ContactRole, prefix="contact.") or ContactRole.OTHER,
        email=email,
        phone=_phone(value, prefix="contact."),
    )


def _sender(value: Any) -> Sender:
    if value is None:
        raise AnswersError("sender", "is required (at least sender.name)")
    if not isinstance(value, dict):
        raise AnswersError("sender", f"must be an object, not {_json_type(value)}")
    _no_unknown_keys(value, _SENDER_FIELDS, prefix="sender.")
    return Sender(
        name=_text(value, "name", prefix="sender.", required=True),
        signature=_text(value, "signature", prefix="sender.", multiline=True, limit=LONG_TEXT),
        phone=_phone(value, prefix="sender."),
    )


def _title(contact: dict) -> str:
    title = _text(contact, "title", prefix="contact.")
    if not title:
        return ""
    # "ms", "Ms." and "Ms" all mean the one title the greeting knows.
    for known in TITLES:
        if title.rstrip(".").casefold() == known.casefold():
            return known
    raise AnswersError("contact.title", f"{title!r} is not one of {', '.join(TITLES)} (or empty)")


def _phone(data: dict, *, prefix: str) -> str:
    phone = _text(data, "phone", prefix=prefix, limit=PHONE_MAX_LENGTH)
    if phone and not is_phone_number(phone):
        raise AnswersError(f"{prefix}phone", f"{phone!r} is not a phone number")
    return phone


def _choice(
    data: dict, key: str, enum: type[E], *, prefix: str = "", required: bool = False
) -> E | None:
    path = f"{prefix}{key}"
    value = data.get(key)
    if value is None:
        if required:
            raise AnswersError(path, f"is required; one of {_options(enum)}")
        return None
    return _code(value, path, enum)


def _code(value: Any, path: str, enum: type[E]) -> E:
    if not isinstance(value, str):
        raise AnswersError(path, f"must be a string, one of {_options(enum)}")
    try:
        return enum(value)
    except ValueError:
        raise AnswersError(path, f"{value!r} is not one of {_options(enum)}") from None


def _codes(value: Any, path: str, enum: type[E]) -> list[E]:
    return [_code(item, f"{path}[{index}]", enum) for index, item in enumerate(_list(value, path))]


def _reasons(value: Any) -> tuple[str, ...]:
    codes = _list(value, "reasons")
    for index, code in enumerate(codes):
        if not isinstance(code, str) or code not in REASONS:
            raise AnswersError(
                f"reasons[{index}]", f"{code!r} is not a reason code; use {', '.join(REASONS)}"
            )
    return ordered(codes)


def _list(value: Any, path: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise AnswersError(path, f"must be a list, not {_json_type(value)}")
    return value


def _count(data: dict, key: str) -> int:
    value = data.get(key)
    if value is None:
        return 0
    # bool is an int in Python, but `true` rounds is surely a mistake.
    if isinstance(value, float):
        raise AnswersError(key, f"must be a whole number, not {value}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise AnswersError(key, f"must be a whole number, not {_json_type(value)}")
    if value < 0:
        raise AnswersError(key, "must be 0 or more")
    return value


def _time_zone(value: Any, path: str = "time_zone") -> str:
    if value is None:
        return "UTC"
    if not isinstance(value, str) or not value.strip():
        raise AnswersError(path, "must be an IANA time zone name such as Europe/London")
    name = value.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise AnswersError(
            path, f"{name!r} is not a known IANA time zone (e.g. Europe/London)"
        ) from None
    return name


def _datetime(value: Any, path: str, zone: ZoneInfo) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswersError(
            path, f"must be an ISO 8601 date and time string, not {_json_type(value)}"
        )
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise AnswersError(
            path, f"{value!r} is not an ISO 8601 date and time (e.g. 2026-03-04T14:30:00+01:00)"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed


def _datetimes(value: Any, path: str, zone: ZoneInfo) -> tuple[dt.datetime, ...]:
    times = []
    for index, item in enumerate(_list(value, path)):
        item_path = f"{path}[{index}]"
        if item is None:
            raise AnswersError(item_path, "must be an ISO 8601 date and time, not null")
        times.append(_datetime(item, item_path, zone))
    return tuple(times)


def _options(enum: Iterable[StrEnum]) -> str:
    return ", ".join(str(member) for member in enum)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
