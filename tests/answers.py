"""The one set of answers tests and the bench start from, named as the draft's fields.

BASIC is what a draft holds once the situation and the people are answered; FULL answers every
step, so every step applies. The rest is derived from them, so a new answer is added here once:
the form data each step posts (step_posts), the JSON interface's form (as_json) and the
composer's Answers (composer_answers). A test that needs another situation derives it, as in
`{**FULL, "stage": "invited"}`.

Plain Python (the composer's JSON interface, no Django), so the load script can use it too.
"""

import datetime as dt

from declinewiz.compose import catalogue
from declinewiz.compose.io import answers_from_json

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday: the composer tests' clock

# An invited candidate at Acme, writing to the recruiter who invited them.
BASIC = {
    "stage": "invited",
    "time_zone": "Europe/London",
    "company": "Acme",
    "role": "Product Designer",
    "contact_name": "Ana Rivera",
    "contact_role": "recruiter",
    "contact_email": "ana@acme.example",
    "sender_name": "Sam Lee",
}
# Every answer given; a contact phone makes the channel step apply. The interview's moment is
# the caller's (it must stay in the future): `interview_at` on a draft, a day in the posts.
FULL = {
    **BASIC,
    "stage": "scheduled",
    "contact_title": "Ms",
    "contact_phone": "+44 20 7946 0000",
    "sender_signature": "Sam Lee\n+44 20 7946 0001",
    "sender_phone": "+44 20 7946 0001",
    "reasons": ["career_goals", "low_salary", "offer_accepted"],
    "reasons_done": True,
    "private_note": "They seemed nice; keep in touch.",
    "action": "decline",
    "action_confirmed": True,
    "channel": "phone_then_email",
    "tone": "warm",
    "share_reason": "brief",
    "extras": ["door_open", "apology"],
}
# The answers each step asks for (the situation's moment is posted as a date and a time).
PEOPLE_FIELDS = (
    "company",
    "role",
    "contact_name",
    "contact_title",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contact_time_zone",
    "greeting",
    "sender_name",
    "sender_signature",
    "sender_phone",
)
TONE_FIELDS = ("tone", "share_reason", "extras", "negotiate_ask")
# Kept for the person on the draft, never read by the composer.
DRAFT_ONLY = frozenset({"reasons_done", "private_note", "action_confirmed", "status", "title"})
CONTACT = frozenset({"name", "title", "role", "email", "phone"})
SENDER = frozenset({"name", "signature", "phone"})


def step_posts(values=FULL, *, interview_day="", interview_time="14:30"):
    """What each step's form posts to give `values` (a browser sends CRLF breaks)."""
    people = {name: values[name] for name in PEOPLE_FIELDS if name in values}
    if "sender_signature" in people:
        people["sender_signature"] = people["sender_signature"].replace("\n", "\r\n")
    reasons = {}
    for code in values.get("reasons", ()):
        reasons.setdefault(f"reasons_{catalogue.REASONS[code].group}", []).append(code)
    scheduled = values["stage"] == "scheduled"
    advice = {"action": values["action"]} if values.get("action") else {}
    if values.get("action_confirmed"):
        advice["confirm"] = "on"
    return {
        "situation": {
            "stage": values["stage"],
            "interview_date": interview_day if scheduled else "",
            "interview_time": interview_time if scheduled else "",
            "time_zone": values.get("time_zone", ""),
            "rounds_done": str(values.get("rounds_done") or ""),
        },
        "people": people,
        "reasons": {**reasons, "private_note": values.get("private_note", "")},
        "advice": advice,
        "channel": {"channel": values["channel"]} if values.get("channel") else {},
        "tone": {name: values[name] for name in TONE_FIELDS if name in values},
        "check": {},
    }


def as_json(values, *, now=NOW):
    """`values` as the JSON interface takes them (`contact` and `sender` are objects)."""
    data = {"contact": {}, "sender": {}, "now": now.isoformat()}
    for name, value in values.items():
        if name in DRAFT_ONLY or value in ("", None):
            continue
        person, _, field = name.partition("_")
        if person == "contact" and field in CONTACT:
            data["contact"][field] = value
        elif person == "sender" and field in SENDER:
            data["sender"][field] = value
        else:
            data[name] = value.isoformat() if isinstance(value, dt.datetime) else value
    return data


def composer_answers(values=BASIC, *, now=NOW):
    """`values` as the composer's Answers, read by the JSON interface's own rules."""
    return answers_from_json(as_json(values, now=now))
