"""The calendar reply to an interview invitation (RFC 5546 iTIP REPLY), and hostile files."""

import datetime as dt

import icalendar
import pytest

from declinewiz.compose import calendar_reply
from declinewiz.compose.calendar_reply import InvitationError, decline_invitation

NOW = dt.datetime(2030, 3, 1, 9, 30, tzinfo=dt.UTC)
ME = "sam@example.com"


def invitation(*, method="METHOD:REQUEST", event_lines="", attendees=None, extra=""):
    attendees = attendees or [
        "ATTENDEE;CN=Sam Lee;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:Sam@Example.com",
        'ATTENDEE;CN="Omar Haddad";PARTSTAT=ACCEPTED:mailto:omar@acme.example',
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Acme//Hiring//EN",
        method,
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:STANDARD",
        "DTSTART:19701025T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:interview-42@acme.example",
        "SEQUENCE:3",
        "DTSTAMP:20300220T080000Z",
        "DTSTART;TZID=Europe/London:20300305T100000",
        "DTEND;TZID=Europe/London:20300305T110000",
        "SUMMARY:Interview: Product Designer",
        'ORGANIZER;CN="Ana Rivera":mailto:ana@acme.example',
        *attendees,
        *([event_lines] if event_lines else []),
        "END:VEVENT",
        *([extra] if extra else []),
        "END:VCALENDAR",
    ]
    lines = [line for line in lines if line]
    return ("\r\n".join(lines) + "\r\n").encode()


def reply_to(data, emails=(ME,)):
    return icalendar.Calendar.from_ical(decline_invitation(data, attendee_emails=emails, now=NOW))


def the_event(calendar):
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_the_reply_declines_the_same_event_for_the_person_only():
    reply = reply_to(invitation())
    assert reply["method"] == "REPLY"
    event = the_event(reply)
    assert event["uid"] == "interview-42@acme.example"
    assert event["sequence"] == 3  # the revision answered
    assert event.decoded("dtstamp") == NOW  # when the reply was made
    assert event.decoded("dtstart") == dt.datetime(2030, 3, 5, 10, tzinfo=dt.UTC)
    assert str(event["organizer"]) == "mailto:ana@acme.example"
    assert event["organizer"].params["CN"] == "Ana Rivera"
    attendee = event["attendee"]
    assert not isinstance(attendee, list), "only the person's own attendee line"
    assert str(attendee).lower() == f"mailto:{ME}"
    assert attendee.params["PARTSTAT"] == "DECLINED"
    assert attendee.params["CN"] == "Sam Lee"


def test_without_sequence_the_reply_is_to_revision_0_and_a_recurrence_is_named():
    data = invitation().replace(b"SEQUENCE:3\r\n", b"")
    data = data.replace(b"SUMMARY:", b"RECURRENCE-ID:20300305T100000Z\r\nSUMMARY:")
    event = the_event(reply_to(data))
    assert event["sequence"] == 0
    assert event.decoded("recurrence-id") == dt.datetime(2030, 3, 5, 10, tzinfo=dt.UTC)


def test_the_persons_other_address_can_be_named():
    reply = reply_to(invitation(), emails=("someone@else.example", "sam@example.com"))
    assert str(the_event(reply)["attendee"]).lower() == "mailto:sam@example.com"


def refused(data, emails=(ME,)):
    with pytest.raises(InvitationError) as error:
        decline_invitation(data, attendee_emails=emails, now=NOW)
    return str(error.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", calendar_reply.NOT_A_CALENDAR),
        (b"%PDF-1.7 not a calendar", calendar_reply.NOT_A_CALENDAR),
        (b"\xff\xfe\x00garbage", calendar_reply.NOT_A_CALENDAR),
        (b"BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n", None),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", calendar_reply.NO_EVENT),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", calendar_reply.NOT_A_CALENDAR),
    ],
    ids=["empty", "not ics", "binary", "bad line", "no event", "cut short"],
)
def test_a_file_that_is_not_an_invitation_is_refused_with_a_message(data, message):
    said = refused(data)
    assert said
    if message is not None:
        assert said == message


def test_a_huge_file_is_refused_before_it_is_read():
    padding = "X-FILLER:" + "a" * 70
    data = invitation(event_lines="\r\n".join([padding] * 4000))
    assert len(data) > calendar_reply.MAX_BYTES
    assert refused(data) == calendar_reply.TOO_LARGE


def test_several_events_are_refused():
    second = invitation().split(b"BEGIN:VEVENT")[1].split(b"END:VEVENT")[0]
    data = invitation(extra="BEGIN:VEVENT" + second.decode() + "END:VEVENT")
    assert refused(data) == calendar_reply.SEVERAL_EVENTS


def test_nested_garbage_is_refused():
    nested = "BEGIN:VALARM\r\nBEGIN:VEVENT\r\nUID:inner\r\nEND:VEVENT\r\nEND:VALARM"
    assert refused(invitation(event_lines=nested)) == calendar_reply.SEVERAL_EVENTS
    deep = "\r\n".join(["BEGIN:X-JUNK"] * 60 + ["END:X-JUNK"] * 60)
    assert refused(invitation(event_lines=deep)) == calendar_reply.DAMAGED
    assert refused(invitation(event_lines="DTSTART:20301399T999999")) == calendar_reply.DAMAGED


def test_an_invitation_not_addressed_to_the_person_is_refused():
    said = refused(invitation(), emails=("nobody@example.com",))
    assert "isn't addressed to nobody@example.com" in said


@pytest.mark.parametrize("method", ["METHOD:CANCEL", "METHOD:REPLY", "METHOD:COUNTER"])
def test_a_cancellation_or_a_reply_is_not_answered(method):
    assert refused(invitation(method=method)) == calendar_reply.NOT_AN_INVITATION


def test_no_organizer_or_no_uid_is_refused():
    no_organizer = invitation().replace(
        b'ORGANIZER;CN="Ana Rivera":mailto:ana@acme.example\r\n', b""
    )
    assert refused(no_organizer) == calendar_reply.NO_ORGANIZER
    not_mailto = invitation().replace(b":mailto:ana@acme.example", b":https://evil.example/")
    assert refused(not_mailto) == calendar_reply.NO_ORGANIZER
    no_uid = invitation().replace(b"UID:interview-42@acme.example\r\n", b"")
    assert refused(no_uid) == calendar_reply.NO_UID


def test_line_breaks_and_quotes_in_fields_cannot_add_lines_to_the_reply():
    hostile = invitation(
        attendees=[
            # Escaped line breaks and a quote in the name, to end the line or the parameter.
            'ATTENDEE;CN="Sam\\nMETHOD:CANCEL";PARTSTAT=NEEDS-ACTION:mailto:sam@example.com',
            "ATTENDEE;CN=Mallory;PARTSTAT=ACCEPTED:mailto:mallory@evil.example",
        ]
    ).replace(
        b"SUMMARY:Interview: Product Designer",
        b"SUMMARY:Interview\\r\\nATTENDEE;PARTSTAT=ACCEPTED:mailto:sam@example.com\\n",
    )
    raw = decline_invitation(hostile, attendee_emails=(ME,), now=NOW)
    lines = raw.decode().split("\r\n")
    assert sum(line.startswith("ATTENDEE") for line in lines) == 1
    assert sum(line.startswith("METHOD") for line in lines) == 1
    # The summary's text stays text, on its own (folded) line; no other attendee comes along.
    assert not any(line.startswith("ATTENDEE") and "ACCEPTED" in line for line in lines)
    assert "mallory" not in raw.decode()
    event = the_event(icalendar.Calendar.from_ical(raw))
    assert event["attendee"].params["PARTSTAT"] == "DECLINED"
    assert "\n" not in str(event["summary"])
