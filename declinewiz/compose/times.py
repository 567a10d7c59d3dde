"""Dates and times as people write and say them, with the time zone in words, never its id.

Written: "Thursday 5 March at 2:30 pm UK time". Said: "Thursday 5 March at 2:30 p.m. UK time".
Babel does the calendar work; the zone's name comes from its CLDR data, with a few names put
the way people in those places say them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date, get_timezone, get_timezone_name

LOCALE = "en_GB"

# What people call these zones; the rest use CLDR's generic name ("Eastern Time").
_SAID_AS = {
    "Europe/London": "UK time",
    "Europe/Belfast": "UK time",
    "GB": "UK time",
    "Europe/Dublin": "Irish time",
    "Asia/Kolkata": "India time",
    "Asia/Calcutta": "India time",
    "UTC": "UTC",
    "Etc/UTC": "UTC",
    "Etc/GMT": "GMT",
    "GMT": "GMT",
}


def zone(name: str) -> dt.tzinfo:
    """The zone for an IANA name, UTC when it is empty or unknown."""
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


@lru_cache(maxsize=128)
def zone_in_words(name: str) -> str:
    """ "UK time", "Eastern Time", "Central European Time"; never "Europe/London"."""
    if name in _SAID_AS:
        return _SAID_AS[name]
    try:
        words = get_timezone_name(get_timezone(name), "long", locale=LOCALE)
    except (LookupError, ValueError):
        return "UTC"
    # CLDR falls back to "Country (City) Time" or even the id itself for some zones.
    if "(" in words:
        words = f"{words.split('(')[0].strip()} time"
    if "/" in words or "Unknown" in words:
        return "local time"
    return words


def as_aware(moment: dt.datetime) -> dt.datetime:
    # A naive time would be read in the server's zone; treat it as UTC so output is stable.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


@lru_cache(maxsize=512)
def day(value: dt.date, *, today: dt.date) -> str:
    """ "Thursday 5 March", with the year only when it is not this year's."""
    pattern = "EEEE d MMMM" if value.year == today.year else "EEEE d MMMM y"
    return format_date(value, pattern, locale=LOCALE)


def clock(moment: dt.datetime, *, spoken: bool) -> str:
    """ "2 pm", "2:30 pm" written; "2 p.m.", "2:30 p.m." said; "midday" either way."""
    hour, minute = moment.hour, moment.minute
    if hour == 12 and minute == 0:
        return "midday"
    if hour == 0 and minute == 0:
        return "midnight"
    twelve = hour % 12 or 12
    time = f"{twelve}" if minute == 0 else f"{twelve}:{minute:02d}"
    if spoken:
        return f"{time} {'a.m.' if hour < 12 else 'p.m.'}"
    return f"{time} {'am' if hour < 12 else 'pm'}"


def moment_in_words(
    moment: dt.datetime, *, zone_name: str, today: dt.date, spoken: bool = False
) -> str:
    """ "Thursday 5 March at 2:30 pm UK time"."""
    local = as_aware(moment).astimezone(zone(zone_name))
    return (
        f"{day(local.date(), today=today)} at {clock(local, spoken=spoken)} "
        f"{zone_in_words(zone_name)}"
    )


def business_hours(*, zone_name: str) -> str:
    """ "9 a.m. to 5 p.m. Eastern Time" for the contact; "their time" when we do not know it."""
    where = zone_in_words(zone_name) if zone_name else "their time"
    return f"9 a.m. to 5 p.m. {where}"


def moments_in_words(
    moments, *, zone_name: str, today: dt.date, spoken: bool = False, word: str = "or"
) -> str:
    """Several times in one phrase, the zone said once and each day once:
    "either Tuesday 3 March at 2 pm or Wednesday 4 March at 9 am UK time",
    "Thursday 5 March at either 10 am or 2 pm UK time"."""
    groups: list[tuple[str, list[str]]] = []
    for moment in moments:
        local = as_aware(moment).astimezone(zone(zone_name))
        name = day(local.date(), today=today)
        if groups and groups[-1][0] == name:
            groups[-1][1].append(clock(local, spoken=spoken))
        else:
            groups.append((name, [clock(local, spoken=spoken)]))
    either = word == "or" and (len(groups) == 2 or (len(groups) == 1 and len(groups[0][1]) == 2))
    if len(groups) == 1:
        name, clocks = groups[0]
        text = f"{name} at {_join(clocks, word, either=either)}"
    else:
        text = _join([f"{name} at {_join(c, word)}" for name, c in groups], word, either=either)
    return f"{text} {zone_in_words(zone_name)}"


def _join(items: list[str], word: str, *, either: bool = False) -> str:
    if len(items) == 1:
        return items[0]
    if either and len(items) == 2:
        return f"either {items[0]} or {items[1]}"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
