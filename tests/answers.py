"""One full set of answers for which every wizard step applies: as the draft's fields, and as
the form data each step posts. The bench seeds and posts these; tests can start from them.

The form data is worked out from the fields, so the two can never drift apart.
"""

from declinewiz.compose import catalogue

# Every answer given; a contact phone makes the channel step apply. The interview's moment is
# the caller's (it must stay in the future): `interview_at` on a draft, a day in the posts.
FULL = {
    "stage": "scheduled",
    "time_zone": "Europe/London",
    "company": "Acme",
    "role": "Product Designer",
    "contact_name": "Ana Rivera",
    "contact_title": "Ms",
    "contact_role": "recruiter",
    "contact_email": "ana@acme.example",
    "contact_phone": "+44 20 7946 0000",
    "sender_name": "Sam Lee",
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
PEOPLE_FIELDS = (
    "company",
    "role",
    "contact_name",
    "contact_title",
    "contact_role",
    "contact_email",
    "contact_phone",
    "sender_name",
    "sender_signature",
    "sender_phone",
)


def step_posts(*, interview_day, interview_time="14:30"):
    """What each step's form posts to give the FULL answers (a browser sends CRLF breaks)."""
    people = {name: FULL[name] for name in PEOPLE_FIELDS}
    people["sender_signature"] = people["sender_signature"].replace("\n", "\r\n")
    reasons = {}
    for code in FULL["reasons"]:
        reasons.setdefault(f"reasons_{catalogue.REASONS[code].group}", []).append(code)
    return {
        "situation": {
            "stage": FULL["stage"],
            "interview_date": interview_day,
            "interview_time": interview_time,
            "time_zone": FULL["time_zone"],
            "rounds_done": "",
        },
        "people": people,
        "reasons": {**reasons, "private_note": FULL["private_note"]},
        "advice": {"action": FULL["action"], "confirm": "on"},
        "channel": {"channel": FULL["channel"]},
        "tone": {key: FULL[key] for key in ("tone", "share_reason", "extras")},
        "check": {},
    }
