"""Decline an interview in the calendar: answer the employer's invitation with an iTIP REPLY.

The person uploads the invitation (.ics) they received; the answer is a calendar of its own
(RFC 5546, METHOD:REPLY) for the same event — the same UID, SEQUENCE and RECURRENCE-ID, the
organizer kept — holding only the person's own ATTENDEE line, with PARTSTAT=DECLINED. Their
mail or calendar app sends it to the organizer, and the event leaves both calendars.

The file comes from outside, so it is read as hostile: its size is limited before parsing,
anything that is not exactly one invitation to one event is refused with a message the person
can act on, and nothing of it is copied into the reply except a few values checked one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import icalendar

from declinewiz.compose.text import one_line

PRODID = "-//declinewiz//calendar reply//EN"
MAX_BYTES = 256 * 1024  # invitations are a few KB; a large attachment inside is not needed
MAX_COMPONENTS = 50  # an event, its alarms and time zones; more is not an invitation
MAX_ATTENDEES = 500

# What an address in the file may look like: one mailto: address, no spaces or controls.
_MAILTO = re.compile(r"^mailto:([^\s@<>\"]+@[^\s@<>\"]+)$", re.IGNORECASE)


class InvitationError(ValueError):
    """The file cannot be answered; the message says why, in words for the person."""


NOT_A_CALENDAR = (
    "This file isn't a calendar invitation. Upload the .ics file attached to the "
    "invitation email (it is often called invite.ics)."
)
TOO_LARGE = "This file is larger than an invitation can be (the limit is 256 KB)."
SEVERAL_EVENTS = (
    "This file holds more than one event. Upload the invitation for just the interview you "
    "want to decline."
)
NO_EVENT = "This calendar file holds no event to decline."
NOT_AN_INVITATION = (
    "This file isn't an invitation to answer (it may be a cancellation or someone's reply). "
    "Upload the invitation the employer sent you."
)
NO_ORGANIZER = "The invitation doesn't say who sent it, so there is nobody to send the reply to."
NO_UID = "The invitation has no event identifier (UID), so a calendar couldn't match a reply to it."
DAMAGED = "Part of this invitation is damaged or unreadable, so it can't be answered safely."


def not_invited(addresses: Iterable[str]) -> str:
    shown = ", ".join(sorted(addresses)) or "your address"
    return (
        f"The invitation isn't addressed to {shown}. If it was sent to another of your "
        "addresses, enter that address and upload it again."
    )


def decline_invitation(data: bytes, *, attendee_emails: Iterable[str], now: dt.datetime) -> bytes:
    """The iTIP REPLY declining the one event in `data` for the first of `attendee_emails`
    the invitation names. Raises InvitationError with a message for the person."""
    emails = {address.strip().lower() for address in attendee_emails if address.strip()}
    request = _one_event(_parse(data))
    organizer = _address_of(request.get("organizer"))
    if organizer is None:
        raise InvitationError(NO_ORGANIZER)
    uid = one_line(str(request.get("uid", "")))
    if not uid:
        raise InvitationError(NO_UID)
    attendee = _own_attendee(request, emails)

    reply = icalendar.Calendar()
    reply.add("prodid", PRODID)
    reply.add("version", "2.0")
    reply.add("method", "REPLY")
    event = icalendar.Event()
    event.add("uid", uid)
    # The reply is to this revision of the invitation (RFC 5546 2.1.4): the same SEQUENCE.
    event.add("sequence", _sequence(request))
    event.add("dtstamp", _aware(now).astimezone(dt.UTC))
    for name in ("recurrence-id", "dtstart", "dtend"):
        # Kept as parsed dates and times, never as text; RECURRENCE-ID says which occurrence.
        if (moment := _moment(request, name)) is not None:
            event.add(name, moment)
    if summary := one_line(str(request.get("summary", ""))):
        event.add("summary", summary[:200])
    event.add("organizer", _calendar_address(organizer))
    event.add("attendee", _calendar_address(attendee, partstat="DECLINED"))
    reply.add_component(event)
    return reply.to_ical()


def _parse(data: bytes) -> icalendar.Calendar:
    if len(data) > MAX_BYTES:
        raise InvitationError(TOO_LARGE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvitationError(NOT_A_CALENDAR) from None
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise InvitationError(NOT_A_CALENDAR)
    if text.upper().count("BEGIN:") > MAX_COMPONENTS:
        raise InvitationError(SEVERAL_EVENTS if _event_count(text) > 1 else DAMAGED)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        raise InvitationError(NOT_A_CALENDAR) from None
    if not isinstance(calendar, icalendar.Calendar) or calendar.name != "VCALENDAR":
        raise InvitationError(NOT_A_CALENDAR)
    return calendar


def _event_count(text: str) -> int:
    return len(re.findall(r"^BEGIN:VEVENT\s*$", text, re.IGNORECASE | re.MULTILINE))


def _one_event(calendar: icalendar.Calendar) -> icalendar.Event:
    method = str(calendar.get("method", "REQUEST")).strip().upper()
    if method not in ("REQUEST", "PUBLISH"):
        raise InvitationError(NOT_AN_INVITATION)
    components = list(calendar.walk())
    if len(components) > MAX_COMPONENTS:
        raise InvitationError(DAMAGED)
    events = [component for component in components if component.name == "VEVENT"]
    if not events:
        raise InvitationError(NO_EVENT)
    if len(events) > 1:
        raise InvitationError(SEVERAL_EVENTS)
    event = events[0]
    if event not in calendar.subcomponents:
        raise InvitationError(DAMAGED)  # an event nested inside something else
    if any(component.errors for component in components):
        raise InvitationError(DAMAGED)
    return event


def _own_attendee(event: icalendar.Event, emails: set[str]) -> tuple[str, str]:
    attendees = event.get("attendee", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    if len(attendees) > MAX_ATTENDEES:
        raise InvitationError(DAMAGED)
    for attendee in attendees:
        address = _address_of(attendee)
        if address is not None and address[0].lower() in emails:
            return address
    raise InvitationError(not_invited(emails))


def _address_of(value) -> tuple[str, str] | None:
    """(email, display name) of an ORGANIZER or ATTENDEE value, or None when it is not one
    plain mailto: address."""
    if value is None or isinstance(value, list):
        return None
    match = _MAILTO.match(str(value).strip())
    if match is None:
        return None
    name = getattr(value, "params", {}).get("CN", "")
    return match.group(1), _parameter(str(name))


def _calendar_address(address: tuple[str, str], *, partstat: str = "") -> icalendar.vCalAddress:
    email, name = address
    value = icalendar.vCalAddress(f"mailto:{email}")
    if name:
        value.params["CN"] = name
    if partstat:
        value.params["PARTSTAT"] = partstat
    return value


def _moment(event: icalendar.Event, name: str) -> dt.date | None:
    """A date, or a time in UTC (so the reply needs no time zone definitions), or None."""
    if name not in event:
        return None
    try:
        value = event.decoded(name)
    except (ValueError, KeyError, TypeError):
        raise InvitationError(DAMAGED) from None
    if isinstance(value, dt.datetime):
        return _aware(value).astimezone(dt.UTC)
    return value if isinstance(value, dt.date) else None


def _sequence(event: icalendar.Event) -> int:
    try:
        sequence = int(str(event.get("sequence", 0)).strip())
    except ValueError:
        raise InvitationError(DAMAGED) from None
    if not 0 <= sequence < 2**31:
        raise InvitationError(DAMAGED)
    return sequence


def _parameter(text: str) -> str:
    # Parameter values are quoted in the reply: a quote, or anything that ends a line, goes.
    return one_line(text.replace('"', " "))[:120]


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
