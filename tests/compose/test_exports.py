"""Exports: mailto, .eml (safe from header injection), .ics, follow-up dates and .txt."""

from __future__ import annotations

import datetime as dt
import email.policy
from email.parser import BytesParser
from urllib.parse import parse_qs, unquote, urlsplit

import icalendar
import pytest

from declinewiz.compose.exports import (
    eml_bytes,
    follow_up_date,
    ics_bytes,
    mailto_url,
    script_as_text,
    text_export,
)
from declinewiz.compose.types import Action
from declinewiz.compose.writer import compose_email, compose_phone_script
from tests.compose.builders import NOW, make_answers

BODY = "Hi Zoë,\n\nThank you — I've decided to decline.\n\nBest regards,\nSam Lee"


def parse(raw: bytes):
    return BytesParser(policy=email.policy.default).parsebytes(raw)


def make_eml(**overrides) -> bytes:
    values = {
        "to_name": "Zoë Rivera",
        "to_email": "zoe@acme.example",
        "from_name": "Sam Lee",
        "from_email": "sam@example.com",
        "subject": "Interview for Product Designer at Acme",
        "body": BODY,
        "date": NOW,
    }
    values.update(overrides)
    return eml_bytes(**values)


# --- mailto -------------------------------------------------------------------------------


def test_mailto_round_trips_subject_and_body_with_crlf():
    url = mailto_url(to="ana@acme.example", subject="Interview & you?", body=BODY)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "ana@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Interview & you?"]
    assert query["body"] == [BODY.replace("\n", "\r\n")]
    assert "%0D%0A" in url
    assert " " not in url
    assert "\n" not in url


def test_mailto_cannot_smuggle_extra_fields():
    url = mailto_url(to="ana@acme.example?bcc=evil@example.com", subject="a&bcc=x", body="b")
    query = parse_qs(urlsplit(url).query)
    assert set(query) == {"subject", "body"}
    assert unquote(urlsplit(url).path) == "ana@acme.example?bcc=evil@example.com"


def test_mailto_without_an_address():
    url = mailto_url(to="", subject="Hi", body="Hello")
    assert url.startswith("mailto:?subject=Hi&body=Hello")


# --- .eml ---------------------------------------------------------------------------------


def test_eml_round_trips_headers_and_utf8_body():
    message = parse(make_eml())
    assert message["To"].addresses[0].display_name == "Zoë Rivera"
    assert message["To"].addresses[0].addr_spec == "zoe@acme.example"
    assert message["From"].addresses[0].addr_spec == "sam@example.com"
    assert message["Subject"] == "Interview for Product Designer at Acme"
    assert message["Date"].datetime == NOW
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY


def test_eml_uses_crlf_line_endings():
    raw = make_eml()
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")


@pytest.mark.parametrize(
    "overrides",
    [
        {"subject": "Hi\r\nBcc: evil@example.com"},
        {"subject": "Hi\nBcc: evil@example.com"},
        {"subject": "Hi\rBcc: evil@example.com\x00"},
        {"to_name": "Ana\nBcc: evil@example.com"},
        {"from_name": "Sam\r\nBcc: evil@example.com\r\n"},
        {"to_email": "zoe@acme.example\r\nBcc: evil@example.com"},
        {"from_name": "Sam\x00Lee\x1b[0m", "to_name": "Zoë\u0085Bcc: evil@example.com"},
    ],
)
def test_header_injection_never_adds_a_header(overrides):
    clean = parse(make_eml())
    message = parse(make_eml(**overrides))
    assert message["Bcc"] is None
    assert len(message.keys()) <= len(clean.keys())
    assert set(message.keys()) <= set(clean.keys())
    raw = make_eml(**overrides)
    assert b"\x00" not in raw
    assert b"\r\nBcc:" not in raw


def test_subject_with_a_line_break_stays_on_one_line():
    message = parse(make_eml(subject="Hi\r\nBcc: evil@example.com"))
    assert message["Subject"] == "Hi Bcc: evil@example.com"


def test_eml_without_an_address_leaves_to_out_for_the_mail_client():
    message = parse(make_eml(to_email=""))
    assert message["To"] is None
    assert message["Subject"]


def test_eml_without_a_sender_address_leaves_from_out():
    assert parse(make_eml(from_email=""))["From"] is None


def test_eml_with_a_message_id():
    message = parse(make_eml(message_id="<draft-1@declinewiz.example>"))
    assert message["Message-ID"] == "<draft-1@declinewiz.example>"


# --- .ics ---------------------------------------------------------------------------------


def test_ics_all_day_reminder_with_display_alarm():
    raw = ics_bytes(
        summary="Follow up with Ana at Acme",
        description="No reply yet?\nSend a short, friendly follow-up.",
        start=dt.date(2026, 3, 5),
        uid="draft-1-follow-up@declinewiz",
        now=NOW,
    )
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "Follow up with Ana at Acme"
    assert event["DESCRIPTION"] == "No reply yet?\nSend a short, friendly follow-up."
    assert event.decoded("DTSTART") == dt.date(2026, 3, 5)
    assert event.decoded("DTSTAMP") == NOW
    assert event["UID"] == "draft-1-follow-up@declinewiz"
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)


def test_ics_timed_reminder_is_in_utc():
    start = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    raw = ics_bytes(summary="Call Ana", description="", start=start, uid="u1", now=NOW)
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert event.decoded("DTSTART") == start
    assert b"DTSTART:20260305T090000Z" in raw


def test_ics_summary_cannot_add_a_property():
    raw = ics_bytes(
        summary="Follow up\r\nATTENDEE:mailto:evil@example.com",
        description="x",
        start=dt.date(2026, 3, 5),
        uid="u1",
        now=NOW,
    )
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert "ATTENDEE" not in event


# --- follow-up date and .txt ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (dt.date(2026, 3, 2), dt.date(2026, 3, 5)),  # Monday -> Thursday
        (dt.date(2026, 3, 5), dt.date(2026, 3, 10)),  # Thursday -> Tuesday
        (dt.date(2026, 3, 6), dt.date(2026, 3, 11)),  # Friday -> Wednesday
        (dt.date(2026, 3, 7), dt.date(2026, 3, 11)),  # Saturday -> Wednesday
    ],
)
def test_follow_up_date_skips_weekends(sent, expected):
    assert follow_up_date(sent) == expected


def test_follow_up_date_with_another_number_of_days():
    assert follow_up_date(dt.date(2026, 3, 6), business_days=1) == dt.date(2026, 3, 9)


def test_text_export_holds_the_email_and_the_script():
    answers = make_answers()
    email = compose_email(answers, action=Action.DECLINE)
    script = compose_phone_script(answers, action=Action.DECLINE)
    text = text_export(email, script_as_text(script))
    assert text.startswith(f"Subject: {email.subject}\n\n{email.body}")
    assert "PHONE SCRIPT\n\nBEFORE YOU CALL" in text
    assert script.voicemail in text
    assert "“Can I ask why?”" in text
    assert text_export(email) == f"Subject: {email.subject}\n\n{email.body}\n"
