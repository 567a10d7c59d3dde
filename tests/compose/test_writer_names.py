"""Names as people write them, the offer received, the doubtful invitation and true reasons."""

from __future__ import annotations

import pytest

from declinewiz.compose.names import parse_name, suggest_greeting
from declinewiz.compose.types import Action, Extra, ShareReason, Stage, Tone
from declinewiz.compose.writer import compose_all, compose_email, extras_for, phone_script_text
from tests.compose.builders import make_answers, replace


@pytest.mark.parametrize(
    ("name", "title", "formal", "warm"),
    [
        ("Pieter van der Berg", "Mr", "Dear Mr van der Berg,", "Hi Pieter,"),
        ("María José García López", "Ms", "Dear Ms García López,", "Hi María José,"),
        ("Priya", "Dr", "Dear Priya,", "Hi Priya,"),
        ("ana rivera", "", "Dear Ana Rivera,", "Hi Ana,"),
        ("ANA RIVERA", "Ms", "Dear Ms Rivera,", "Hi Ana,"),
        ("Seán O'Brien", "Mr", "Dear Mr O'Brien,", "Hi Seán,"),
        ("mary o'neil", "Ms", "Dear Ms O'Neil,", "Hi Mary,"),
        ("Ludwig van Beethoven", "Mr", "Dear Mr van Beethoven,", "Hi Ludwig,"),
        ("John Smith Jr.", "Mr", "Dear Mr Smith,", "Hi John,"),
    ],
)
def test_greetings_as_people_write_them(name, title, formal, warm):
    contact = {"name": name, "title": title}
    for tone, expected in ((Tone.FORMAL, formal), (Tone.WARM, warm)):
        body = compose_email(make_answers(contact=contact, tone=tone), action=Action.DECLINE).body
        assert body.splitlines()[0] == expected
        assert suggest_greeting(name=name, title=title, tone=tone) == expected


def test_a_title_never_goes_with_a_given_name_alone():
    assert "Ms Priya" not in suggest_greeting(name="Priya", title="Ms", tone=Tone.FORMAL)


def test_the_confirmed_greeting_wins():
    answers = make_answers(
        contact={"name": "María José García López", "title": "Ms"},
        greeting="Estimada Sra. García López",
    )
    outputs = compose_all(answers)
    assert outputs.email.body.startswith("Estimada Sra. García López,\n")
    assert outputs.phone_script.follow_up_email.body.startswith("Estimada Sra. García López,")


def test_a_name_the_parser_cannot_read_is_kept_as_typed():
    assert parse_name("Ana\U0001f389 Zoë").first == "Ana\U0001f389"


@pytest.mark.parametrize(
    ("typed", "full", "first"),
    [
        # A letter whose capital is two letters ("ß" to "SS") or another letter's ("ı" to
        # "I") is left as typed: capitalising it would misspell the name (and once ran the
        # words together: "SSAna").
        ("ß Ana", "ß Ana", "ß"),
        ("ßara lopez", "ßara Lopez", "ßara"),
        ("ana ßmith", "Ana ßmith", "Ana"),
        ("ŉoa kealoha", "ŉoa Kealoha", "ŉoa"),
        ("ı", "ı", "ı"),
        ("ılgaz yılmaz", "ılgaz Yılmaz", "ılgaz"),
    ],
)
def test_capitalising_a_name_never_changes_its_letters_or_spacing(typed, full, first):
    name = parse_name(typed)
    assert (name.full, name.first) == (full, first)


def test_declining_an_offer_thanks_them_for_the_offer_and_says_no_early():
    answers = make_answers(
        stage=Stage.OFFER, reasons=("offer_accepted",), share_reason=ShareReason.SPECIFIC
    )
    for variant in range(3):
        email = compose_email(replace(answers, variant=variant), action=Action.DECLINE)
        assert "offer" in email.subject.casefold()
        assert "interview" not in email.subject.casefold()
        first = " ".join(email.body.split("\n\n")[1:2])
        assert "offer" in first
        assert "decline" in first


def test_the_offer_pushback_answers_honestly_without_bargaining():
    answers = make_answers(
        stage=Stage.OFFER, reasons=("offer_accepted",), share_reason=ShareReason.SPECIFIC
    )
    pushback = {item.question: item.answer for item in compose_all(answers).phone_script.pushback}
    assert "but no" in pushback["Is there anything we could change?"]
    assert "already said yes to the other offer" in pushback["Can we match it?"]
    assert len(pushback) >= 5


def test_about_to_accept_is_never_called_accepted():
    answers = make_answers(reasons=("offer_accepting",), share_reason=ShareReason.SPECIFIC)
    outputs = compose_all(answers)
    texts = [outputs.email.body, outputs.phone_script.voicemail]
    texts += [item.answer for item in outputs.phone_script.pushback]
    assert "about to accept another offer" in outputs.email.body
    assert not any("accepted" in text for text in texts)


def test_a_pause_says_what_is_being_considered():
    body = compose_email(make_answers(stage=Stage.OFFER), action=Action.PAUSE).body
    assert "to think over your offer?" in body


def test_negotiate_says_what_would_make_it_work_in_the_email_and_on_the_phone():
    answers = make_answers(
        reasons=("low_salary",), negotiate_ask="a salary of £65,000", action=Action.NEGOTIATE
    )
    outputs = compose_all(answers)
    assert "a salary of £65,000" in outputs.email.body
    pushback = {item.question: item.answer for item in outputs.phone_script.pushback}
    assert "a salary of £65,000" in pushback["What would you need?"]


def test_a_doubtful_invitation_gets_no_call_to_its_number_and_a_minimal_reply():
    answers = make_answers(
        reasons=("illegitimate",),
        contact={"phone": "+44 20 7946 0018"},
        extras=frozenset({Extra.DOOR_OPEN}),
    )
    outputs = compose_all(answers)
    script = outputs.phone_script
    assert not script.advised
    assert script.sections == ()
    text = phone_script_text(script)
    assert "+44 20 7946 0018" not in text
    assert "official website" in text
    assert len(outputs.email.body.split()) < 25
    assert extras_for(action=Action.DECLINE, stage=Stage.INVITED, reasons=("illegitimate",)) == ()


def test_extras_an_action_does_not_use_are_not_offered():
    assert extras_for(action=Action.NEGOTIATE, stage=Stage.INVITED) == ()
    assert extras_for(action=Action.RESCHEDULE, stage=Stage.SCHEDULED) == (Extra.APOLOGY,)
    assert Extra.OTHER_ROLES not in extras_for(action=Action.OTHER_ROLES, stage=Stage.INVITED)
    assert Extra.APOLOGY not in extras_for(action=Action.DECLINE, stage=Stage.COLD_OUTREACH)
    assert set(extras_for(action=Action.REPLY, stage=Stage.REJECTED)) == {
        Extra.FEEDBACK,
        Extra.PART_TIME,
    }


def test_the_phone_script_text_has_every_part_once():
    answers = make_answers(contact={"phone": "+44 20 7946 0018"}, sender={"phone": "07700 900123"})
    text = phone_script_text(compose_all(answers).phone_script)
    for heading in (
        "What to say",
        "If they ask",
        "If you get their voicemail",
        "The email to send afterwards",
    ):
        assert text.count(f"\n{heading}\n") == 1
    assert "Europe/London" not in text
