"""Ways out of declinewiz: a mailto link, a real .eml message, a .txt, a follow-up reminder .ics.

All user text that lands in a header or a calendar property is stripped of control characters
first, so nobody can add a header (a Bcc, say) by typing a line break into a name or subject.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
from email.headerregistry import Address
from email.message import EmailMessage
from urllib.parse import quote

import icalendar

from declinewiz.compose.text import keep_line_breaks, one_line
from declinewiz.compose.types import Email, PhoneScript

PRODID = "-//declinewiz//follow-up reminder//EN"
# All-day reminders ring at 09:00 on the day, when there is time to act on them.
ALL_DAY_ALARM = dt.timedelta(hours=9)
TIMED_REMINDER_LENGTH = dt.timedelta(minutes=30)


def mailto_url(*, to: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens the user's mail app with the message filled in."""
    address = quote(one_line(to), safe="@")
    query = f"subject={quote(one_line(subject), safe='')}&body={quote(_crlf(body), safe='')}"
    return f"mailto:{address}?{query}"


def eml_bytes(
    *,
    to_name: str,
    to_email: str,
    from_name: str,
    from_email: str,
    subject: str,
    body: str,
    date: dt.datetime,
    message_id: str = "",
) -> bytes:
    """A plain-text UTF-8 RFC 5322 message a mail client opens as a draft.

    With no address for someone, that header is left out for the user to fill in their client,
    rather than holding a name with nowhere to send to.
    """
    message = EmailMessage(policy=email.policy.SMTP)
    sender = _address(from_name, from_email)
    if sender is not None:
        message["From"] = sender
    recipient = _address(to_name, to_email)
    if recipient is not None:
        message["To"] = recipient
    message["Subject"] = one_line(subject)
    message["Date"] = email.utils.format_datetime(_aware(date))
    if message_id:
        message["Message-ID"] = one_line(message_id)
    # Outlook opens a message marked unsent as a draft, ready to send.
    message["X-Unsent"] = "1"
    message.set_content(keep_line_breaks(body), charset="utf-8")
    return message.as_bytes()


def ics_bytes(
    *,
    summary: str,
    description: str,
    start: dt.date | dt.datetime,
    uid: str,
    now: dt.datetime,
) -> bytes:
    """A one-event calendar (RFC 5545) reminding the user to follow up, with a display alarm.

    A date gives an all-day event; a datetime a short timed one, written in UTC so no
    VTIMEZONE block is needed.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", one_line(uid))
    event.add("dtstamp", _aware(now).astimezone(dt.UTC))
    event.add("summary", one_line(summary))
    event.add("description", keep_line_breaks(description))
    if isinstance(start, dt.datetime):
        begins = _aware(start).astimezone(dt.UTC)
        event.add("dtstart", begins)
        event.add("dtend", begins + TIMED_REMINDER_LENGTH)
        trigger = dt.timedelta(0)
    else:
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(days=1))
        trigger = ALL_DAY_ALARM
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", one_line(summary))
    alarm.add("trigger", trigger)
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


def follow_up_date(sent_on: dt.date, business_days: int = 3) -> dt.date:
    """The date `business_days` working days after `sent_on`, skipping Saturdays and Sundays."""
    day = sent_on.date() if isinstance(sent_on, dt.datetime) else sent_on
    remaining = business_days
    while remaining > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return day


def script_as_text(script: PhoneScript) -> str:
    """The phone script as plain text: what the person edits on the page, downloads in the
    .txt, prints and reads in the terminal. The one plain-text form of it."""
    parts = ["BEFORE YOU CALL"]
    parts += [f"{section.title}: {section.text}" for section in script.before_you_call]
    for section in script.sections:
        parts += ["", section.title.upper(), section.text]
    parts += ["", "IF THEY ASK"]
    for item in script.pushback:
        parts += [f"“{item.question}”", item.answer, ""]
    parts += ["VOICEMAIL", script.voicemail]
    parts += ["", "AFTER THE CALL, EMAIL", f"Subject: {script.follow_up_email.subject}", ""]
    parts.append(script.follow_up_email.body)
    return "\n".join(parts).strip()


def text_export(email: Email, script: str | None = None) -> str:
    """The message, and the phone script (as script_as_text writes it, or as the person edited
    it) when there is one, as plain text for a .txt file."""
    text = f"Subject: {one_line(email.subject)}\n\n{email.body.strip()}\n"
    if script is not None:
        text += f"\n\nPHONE SCRIPT\n\n{keep_line_breaks(script).strip()}\n"
    return text


def _address(name: str, addr_spec: str) -> Address | None:
    addr_spec = one_line(addr_spec)
    if not addr_spec:
        return None
    try:
        return Address(display_name=one_line(name), addr_spec=addr_spec)
    except (ValueError, IndexError, TypeError):
        # Not an address the header can hold: leave it for the user to type in their client.
        return None


def _crlf(text: str) -> str:
    return keep_line_breaks(text).replace("\n", "\r\n")


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
