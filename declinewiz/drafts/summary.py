"""The "Check your answers" page's content: every answer, in words, grouped by step."""

import zoneinfo

from declinewiz.compose import catalogue
from declinewiz.compose.labels import (
    ACTION_LABELS,
    CHANNEL_LABELS,
    CONTACT_ROLE_LABELS,
    EXTRA_LABELS,
    SHARE_LABELS,
    STAGE_LABELS,
    TONE_LABELS,
)
from declinewiz.compose.names import greeting_in_words
from declinewiz.compose.types import Action, Stage, Tone
from declinewiz.drafts.answers import parse_times


def format_moment(moment, zone_name):
    zone = zoneinfo.ZoneInfo(zone_name or "UTC")
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M} ({zone_name or 'UTC'})"


def _situation(draft):
    rows = [("Where you are", STAGE_LABELS.get(draft.stage, ""))]
    if draft.stage == Stage.SCHEDULED and draft.interview_at:
        rows.append(("Interview", format_moment(draft.interview_at, draft.time_zone)))
    if draft.stage == Stage.MID_PROCESS:
        rows.append(("Rounds done", str(draft.rounds_done or "")))
    return rows


def _people(draft):
    tone = Tone(draft.tone) if draft.tone else None
    greeting = draft.greeting or greeting_in_words(
        name=draft.contact_name, title=draft.contact_title, tone=tone
    )
    return [
        ("Company", draft.company),
        ("Role", draft.role),
        (
            "Their name",
            " ".join(part for part in (draft.contact_title, draft.contact_name) if part),
        ),
        ("How you'll greet them", greeting),
        ("Their role", CONTACT_ROLE_LABELS.get(draft.contact_role, "")),
        ("Their email", draft.contact_email),
        ("Their phone", draft.contact_phone),
        ("Their time zone", draft.contact_time_zone.replace("_", " ") or "The same as yours"),
        ("Your name", draft.sender_name),
        ("Your signature", draft.sender_signature),
        ("Your phone", draft.sender_phone),
    ]


def _reasons(draft):
    labels = [catalogue.REASONS[code].label for code in catalogue.ordered(draft.reasons)]
    return [
        ("Your reasons", "\n".join(labels) or "None ticked"),
        ("Private note", draft.private_note),
    ]


def _advice(draft):
    rows = [("What you'll do", ACTION_LABELS.get(draft.action, ""))]
    if draft.action in (Action.DECLINE, Action.WITHDRAW):
        rows.append(
            ("Confirmed", "Yes, you know it's hard to undo" if draft.action_confirmed else "")
        )
    return rows


def _channel(draft):
    return [("How you'll tell them", CHANNEL_LABELS.get(draft.channel, ""))]


def _tone(draft):
    rows = [("Tone", TONE_LABELS.get(draft.tone, ""))]
    if draft.stage != Stage.REJECTED:
        rows.append(("Reason shared", SHARE_LABELS.get(draft.share_reason, "")))
    if draft.action == Action.NEGOTIATE:
        rows.append(("What would make it work", draft.negotiate_ask))
    extras = [EXTRA_LABELS[code] for code in EXTRA_LABELS if code in draft.extras]
    rows.append(("Also", "\n".join(extras)))
    if draft.action == Action.RESCHEDULE:
        times = [format_moment(t, draft.time_zone) for t in parse_times(draft.alternative_times)]
        rows.append(("Times you suggest", "\n".join(times)))
    return rows


SECTIONS = {
    "situation": _situation,
    "people": _people,
    "reasons": _reasons,
    "advice": _advice,
    "channel": _channel,
    "tone": _tone,
}


def check_summary(draft, steps):
    """The answers of `steps` (the applicable ones), a section each."""
    return [
        {"step": step.name, "title": step.short_title, "rows": SECTIONS[step.name](draft)}
        for step in steps
        if step.name in SECTIONS
    ]
