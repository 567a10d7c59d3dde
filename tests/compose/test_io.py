"""The JSON interface: valid answers round-trip, and every invalid field is named."""

from __future__ import annotations

import copy
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declinewiz.compose.advice import actions_for
from declinewiz.compose.catalogue import REASONS, ordered
from declinewiz.compose.etiquette import check_outputs
from declinewiz.compose.exports import script_as_text
from declinewiz.compose.io import (
    AnswersError,
    answers_from_json,
    answers_to_json,
    outputs_to_json,
    outputs_to_text,
)
from declinewiz.compose.types import (
    Action,
    Advice,
    Channel,
    ChannelAdvice,
    ContactRole,
    Email,
    Extra,
    Outputs,
    PhoneScript,
    Pushback,
    ScriptSection,
    ShareReason,
    Stage,
    Tone,
)
from tests.compose.builders import NOW, make_answers

LONDON = ZoneInfo("Europe/London")

MINIMAL = {
    "stage": "invited",
    "company": "Acme",
    "role": "Product Designer",
    "contact": {"name": "Ana Rivera"},
    "sender": {"name": "Sam Lee"},
}

FULL = {
    "stage": "scheduled",
    "interview_at": "2026-03-04T14:30:00+00:00",
    "time_zone": "Europe/London",
    "rounds_done": 0,
    "company": "Acme",
    "role": "Product Designer",
    "contact": {
        "name": "Ana Rivera",
        "title": "Ms",
        "role": "hiring_manager",
        "email": "ana@acme.example",
        "phone": "+44 20 7946 0000",
    },
    "sender": {"name": "Sam Lee", "signature": "Sam Lee\nDesigner", "phone": "07700 900123"},
    "reasons": ["timing_conflict", "low_salary"],
    "action": "reschedule",
    "channel": "phone_then_email",
    "tone": "formal",
    "share_reason": "specific",
    "extras": ["door_open", "apology"],
    "alternative_times": ["2026-03-09T10:00:00+00:00", "2026-03-10T15:00:00+00:00"],
    "variant": 2,
    "now": "2026-03-02T09:00:00+00:00",
    "greeting": "Dear Ms Rivera",
    "negotiate_ask": "two days a week from home",
    "contact_time_zone": "America/New_York",
}


def with_changes(base: dict, **changes) -> dict:
    """A deep copy of base; "contact__name" changes a nested field."""
    data = copy.deepcopy(base)
    for key, value in changes.items():
        *parents, leaf = key.split("__")
        target = data
        for parent in parents:
            target = target[parent]
        target[leaf] = value
    return data


def without(base: dict, key: str) -> dict:
    data = copy.deepcopy(base)
    *parents, leaf = key.split("__")
    target = data
    for parent in parents:
        target = target[parent]
    del target[leaf]
    return data


# Valid input ---------------------------------------------------------------------------------


def test_minimal_answers_take_the_defaults():
    answers = answers_from_json(MINIMAL, now=NOW)

    assert answers == make_answers(
        contact={"email": "", "role": ContactRole.OTHER},
        time_zone="UTC",
    )
    # As for a draft whose contact's role was never given: nobody is called "the recruiter".
    assert answers.contact.role is ContactRole.OTHER
    assert answers.tone is Tone.WARM
    assert answers.share_reason is ShareReason.BRIEF
    assert answers.action is None
    assert answers.channel is None


def test_full_answers_are_read_field_by_field():
    answers = answers_from_json(FULL)

    assert answers.stage is Stage.SCHEDULED
    assert answers.interview_at == dt.datetime(2026, 3, 4, 14, 30, tzinfo=dt.UTC)
    assert answers.contact.role is ContactRole.HIRING_MANAGER
    assert answers.contact.title == "Ms"
    assert answers.sender.signature == "Sam Lee\nDesigner"
    # Reasons come back in catalogue order, whatever order they were given in.
    assert answers.reasons == ("low_salary", "timing_conflict")
    assert answers.action is Action.RESCHEDULE
    assert answers.channel is Channel.PHONE_THEN_EMAIL
    assert answers.tone is Tone.FORMAL
    assert answers.share_reason is ShareReason.SPECIFIC
    assert answers.extras == frozenset({Extra.DOOR_OPEN, Extra.APOLOGY})
    assert len(answers.alternative_times) == 2
    assert answers.variant == 2
    assert answers.now == NOW


def test_answers_round_trip_through_json():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=dt.datetime(2026, 3, 4, 14, 30, tzinfo=LONDON),
        contact={"title": "Dr", "phone": "+44 20 7946 0000", "role": ContactRole.HR},
        sender={"signature": "Sam\nLee", "phone": "07700 900123"},
        reasons=("career_goals", "timing_conflict"),
        action=Action.DECLINE,
        channel=Channel.PHONE,
        tone=Tone.BRIEF,
        share_reason=ShareReason.NONE,
        extras=frozenset({Extra.FEEDBACK, Extra.REFER_SOMEONE}),
        alternative_times=(dt.datetime(2026, 3, 9, 10, tzinfo=LONDON),),
        variant=3,
    )

    data = json.loads(json.dumps(answers_to_json(answers)))

    assert answers_from_json(data) == answers


@given(
    data=st.data(),
    stage=st.sampled_from(Stage),
    reasons=st.lists(st.sampled_from(sorted(REASONS)), unique=True),
    extras=st.frozensets(st.sampled_from(Extra)),
    tone=st.sampled_from(Tone),
    share_reason=st.sampled_from(ShareReason),
    channel=st.none() | st.sampled_from(Channel),
    variant=st.integers(min_value=0, max_value=50),
    minutes_ahead=st.none() | st.integers(min_value=-10_000, max_value=100_000),
)
def test_any_valid_answers_round_trip(
    data, stage, reasons, extras, tone, share_reason, channel, variant, minutes_ahead
):
    action = data.draw(st.none() | st.sampled_from(actions_for(stage)))
    interview_at = None if minutes_ahead is None else NOW + dt.timedelta(minutes=minutes_ahead)
    answers = make_answers(
        stage=stage,
        interview_at=interview_at,
        reasons=ordered(reasons),
        action=action,
        channel=channel,
        tone=tone,
        share_reason=share_reason,
        extras=extras,
        variant=variant,
    )

    assert answers_from_json(json.loads(json.dumps(answers_to_json(answers)))) == answers


def test_json_round_trips_through_answers():
    data = answers_to_json(answers_from_json(FULL))

    assert answers_to_json(answers_from_json(data)) == data


def test_naive_times_are_read_in_the_answers_time_zone():
    data = with_changes(
        MINIMAL,
        stage="scheduled",
        time_zone="America/New_York",
        interview_at="2026-07-01T10:00",
        alternative_times=["2026-07-02T11:00"],
        now="2026-06-30T09:00",
    )

    answers = answers_from_json(data)

    new_york = ZoneInfo("America/New_York")
    assert answers.interview_at == dt.datetime(2026, 7, 1, 10, tzinfo=new_york)
    assert answers.alternative_times == (dt.datetime(2026, 7, 2, 11, tzinfo=new_york),)
    assert answers.now == dt.datetime(2026, 6, 30, 9, tzinfo=new_york)
    assert answers.interview_at.utcoffset() == dt.timedelta(hours=-4)


def test_a_z_suffix_means_utc():
    answers = answers_from_json(with_changes(MINIMAL, now="2026-03-02T09:00:00Z"))

    assert answers.now == NOW


def test_now_in_the_data_wins_over_the_argument():
    answers = answers_from_json(
        with_changes(MINIMAL, now="2026-03-02T09:00:00+00:00"),
        now=NOW + dt.timedelta(days=1),
    )

    assert answers.now == NOW


def test_now_defaults_to_the_current_time():
    before = dt.datetime.now(dt.UTC)

    answers = answers_from_json(MINIMAL)

    assert before <= answers.now <= dt.datetime.now(dt.UTC)


def test_text_is_trimmed_and_titles_normalised():
    data = with_changes(MINIMAL, company="  Acme  ", contact__title="dr.")

    answers = answers_from_json(data, now=NOW)

    assert answers.company == "Acme"
    assert answers.contact.title == "Dr"


def test_null_optional_fields_mean_not_given():
    data = with_changes(
        MINIMAL,
        interview_at=None,
        action=None,
        channel=None,
        tone=None,
        reasons=None,
        extras=None,
        contact__email=None,
        sender__signature=None,
    )

    answers = answers_from_json(data, now=NOW)

    assert answers.interview_at is None
    assert answers.tone is Tone.WARM
    assert answers.reasons == ()
    assert answers.contact.email == ""


def test_repeated_reasons_count_once():
    data = with_changes(MINIMAL, reasons=["mission", "mission"])

    assert answers_from_json(data, now=NOW).reasons == ("mission",)


# Invalid input: each case names its field ----------------------------------------------------


def bad(**changes) -> dict:
    return with_changes(MINIMAL, **changes)


def missing(key: str) -> dict:
    return without(MINIMAL, key)


INVALID = [
    # (id, data, field, a word the message must contain)
    ("not-an-object", ["stage"], "answers", "object"),
    ("unknown-field", bad(colour="blue"), "colour", "not a known field"),
    ("missing-stage", missing("stage"), "stage", "required"),
    ("unknown-stage", bad(stage="ghosted"), "stage", "ghosted"),
    ("stage-not-string", bad(stage=3), "stage", "string"),
    ("missing-company", missing("company"), "company", "required"),
    ("blank-company", bad(company="   "), "company", "required"),
    ("company-not-string", bad(company=["Acme"]), "company", "a list"),
    ("missing-role", missing("role"), "role", "required"),
    ("company-too-long", bad(company="A" * 201), "company", "too long"),
    ("newline-in-role", bad(role="Designer\nBcc: x"), "role", "control"),
    ("missing-contact", missing("contact"), "contact", "required"),
    ("contact-not-object", bad(contact="Ana"), "contact", "object"),
    ("missing-contact-name", missing("contact__name"), "contact.name", "required"),
    ("unknown-contact-field", bad(contact__age=40), "contact.age", "known"),
    ("unknown-title", bad(contact__title="Sir"), "contact.title", "Sir"),
    ("unknown-contact-role", bad(contact__role="boss"), "contact.role", "boss"),
    ("bad-email", bad(contact__email="ana at acme"), "contact.email", "email"),
    ("bad-phone", bad(contact__phone="call me"), "contact.phone", "phone"),
    ("short-phone", bad(contact__phone="123"), "contact.phone", "phone"),
    ("missing-sender", missing("sender"), "sender", "required"),
    ("missing-sender-name", bad(sender={}), "sender.name", "required"),
    ("sender-not-object", bad(sender=["Sam"]), "sender", "object"),
    ("bad-sender-phone", bad(sender__phone="+44\n1"), "sender.phone", "control"),
    ("tab-in-signature", bad(sender__signature="a\tb"), "sender.signature", "line"),
    ("bad-interview-at", bad(interview_at="next Tuesday"), "interview_at", "ISO 8601"),
    ("interview-at-number", bad(interview_at=20260304), "interview_at", "number"),
    ("bad-now", bad(now="2026-13-01T09:00"), "now", "ISO 8601"),
    ("unknown-time-zone", bad(time_zone="Mars/Olympus"), "time_zone", "IANA"),
    ("path-time-zone", bad(time_zone="../etc/passwd"), "time_zone", "IANA"),
    ("blank-time-zone", bad(time_zone=""), "time_zone", "IANA"),
    ("negative-rounds", bad(rounds_done=-1), "rounds_done", "0 or more"),
    ("fractional-rounds", bad(rounds_done=1.5), "rounds_done", "whole number"),
    ("boolean-rounds", bad(rounds_done=True), "rounds_done", "boolean"),
    ("string-rounds", bad(rounds_done="2"), "rounds_done", "string"),
    ("reasons-not-list", bad(reasons="mission"), "reasons", "list"),
    ("unknown-reason", bad(reasons=["mission", "lazy", "x"]), "reasons[1]", "lazy"),
    ("reason-not-string", bad(reasons=[{"code": "mission"}]), "reasons[0]", "reason"),
    ("unknown-action", bad(action="ghost"), "action", "ghost"),
    ("action-not-offered", bad(action="withdraw"), "action", "not offered"),
    ("reply-not-rejected", bad(action="reply"), "action", "not offered"),
    ("unknown-channel", bad(channel="fax"), "channel", "fax"),
    ("unknown-tone", bad(tone="cheeky"), "tone", "cheeky"),
    ("unknown-share-reason", bad(share_reason="all"), "share_reason", "all"),
    ("extras-not-list", bad(extras="door_open"), "extras", "list"),
    ("unknown-extra", bad(extras=["door_open", "gift"]), "extras[1]", "gift"),
    ("alternatives-not-list", bad(alternative_times="2026-03-09"), "alternative_times", "list"),
    ("bad-alternative", bad(alternative_times=["2026-03-09T10:00", "soon"]),
        "alternative_times[1]", "soon"),
    ("null-alternative", bad(alternative_times=[None]), "alternative_times[0]", "null"),
    ("negative-variant", bad(variant=-2), "variant", "0 or more"),
    ("string-variant", bad(variant="1"), "variant", "whole number"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "field", "word"), [row[1:] for row in INVALID], ids=[row[0] for row in INVALID]
)
def test_invalid_field_is_named(data, field, word):
    with pytest.raises(AnswersError) as caught:
        answers_from_json(data, now=NOW)

    assert caught.value.field == field
    assert word in caught.value.message
    assert str(caught.value) == f"{field}: {caught.value.message}"


def test_a_contact_time_zone_must_be_a_known_zone():
    with pytest.raises(AnswersError) as error:
        answers_from_json(with_changes(FULL, contact_time_zone="Mars/Olympus"))

    assert error.value.field == "contact_time_zone"
    assert answers_from_json(without(FULL, "contact_time_zone")).contact_time_zone == ""


def test_every_top_level_field_is_covered_by_full():
    # FULL exercises every field the schema knows, so a new one cannot slip in untested.
    answers = answers_from_json(FULL)

    assert set(FULL) == set(answers_to_json(answers))


# Outputs -------------------------------------------------------------------------------------


def make_outputs() -> Outputs:
    follow_up = Email(subject="Following up on our call", body="Dear Ana,\n\nThanks.\n\nSam")
    outputs = Outputs(
        advice=Advice(
            action=Action.DECLINE,
            why=("You said you're happy where you are.", "Telling them soon is kind."),
            notes=("A note.",),
        ),
        channel=ChannelAdvice(
            recommended=Channel.PHONE_THEN_EMAIL, why=("It is close.",), tips=("Call today.",)
        ),
        action=Action.RESCHEDULE,
        email=Email(subject="Product Designer interview", body="Dear Ana,\n\nThank you.\n\nSam"),
        phone_script=PhoneScript(
            before_you_call=(ScriptSection("Who", "Ana Rivera"),),
            sections=(ScriptSection("Opening", "Hello, this is Sam."),),
            pushback=(Pushback("Why?", "It's not the right fit for me right now."),),
            voicemail="Hello Ana, this is Sam.",
            follow_up_email=follow_up,
        ),
        answers=make_answers(),
    )
    return outputs


def test_outputs_to_json_has_the_documented_shape():
    outputs = make_outputs()
    data = outputs_to_json(outputs)

    assert json.loads(json.dumps(data)) == data
    assert data == {
        "action": "reschedule",
        "advice": {
            "action": "decline",
            "why": ["You said you're happy where you are.", "Telling them soon is kind."],
            "notes": ["A note."],
        },
        "channel": {
            "recommended": "phone_then_email",
            "why": ["It is close."],
            "tips": ["Call today."],
        },
        "email": {
            "subject": "Product Designer interview",
            "body": "Dear Ana,\n\nThank you.\n\nSam",
        },
        "phone_script": {
            "sections": [
                {"title": "Who", "text": "Ana Rivera"},
                {"title": "Opening", "text": "Hello, this is Sam."},
            ],
            "pushback": [
                {"question": "Why?", "answer": "It's not the right fit for me right now."}
            ],
            "voicemail": "Hello Ana, this is Sam.",
            "advised": True,
            "follow_up_email": {
                "subject": "Following up on our call",
                "body": "Dear Ana,\n\nThanks.\n\nSam",
            },
        },
        # The check of the email against the answers it was composed from, finding by finding.
        "etiquette": [
            {"check": finding.check, "ok": finding.ok, "message": finding.message}
            for finding in check_outputs(outputs)
        ],
    }
    assert {"greeting", "thanks"} <= {item["check"] for item in data["etiquette"]}


def test_outputs_to_text_has_every_section_in_order():
    outputs = make_outputs()
    text = outputs_to_text(outputs)

    headings = [
        "Advice",
        "Channel",
        "Email",
        "Phone script",
        "Etiquette",
    ]
    positions = [text.index(f"{heading}\n{'=' * len(heading)}") for heading in headings]
    assert positions == sorted(positions)
    assert "Recommended: Decline" in text
    assert "Composed for your choice: Ask to reschedule" in text
    assert "Recommended: Phone call, then a short email to confirm" in text
    assert "Subject: Product Designer interview" in text
    # The phone script as the site writes it as text (compose.exports.script_as_text).
    assert script_as_text(make_outputs().phone_script) in text
    assert "“Why?”\nIt's not the right fit for me right now." in text
    findings = check_outputs(outputs)
    assert any(not finding.ok for finding in findings)  # so both marks are shown
    for finding in findings:
        assert f"[{'ok' if finding.ok else 'check'}] {finding.message}" in text
    assert text.endswith("\n")
