"""The wording that matters, pinned by example: one test per action, greeting and apology rule."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from declinewiz.compose.etiquette import word_count
from declinewiz.compose.types import (
    WORD_LIMITS,
    Action,
    Extra,
    ShareReason,
    Stage,
    Tone,
)
from declinewiz.compose.writer import compose_all, compose_email, compose_phone_script
from tests.compose.builders import NOW, make_answers

APOLOGY = re.compile(r"\bsorry\b|\bapolog\w*|\bregret\w*", re.IGNORECASE)


def opening(body: str, sentences: int = 2) -> str:
    """The first sentences of the body, after the greeting line."""
    text = " ".join(body.split("\n\n")[1:])
    return " ".join(re.split(r"(?<=[.!?])\s+", text)[:sentences])


def test_formal_greeting_uses_title_and_surname():
    answers = make_answers(tone=Tone.FORMAL, contact={"title": "Ms"})
    body = compose_email(answers, action=Action.DECLINE).body
    assert body.startswith("Dear Ms Rivera,\n")


def test_formal_greeting_without_title_uses_full_name():
    body = compose_email(make_answers(tone=Tone.FORMAL), action=Action.DECLINE).body
    assert body.startswith("Dear Ana Rivera,\n")


def test_warm_greeting_uses_first_name():
    body = compose_email(make_answers(tone=Tone.WARM), action=Action.DECLINE).body
    assert body.startswith("Hi Ana,\n")


@pytest.mark.parametrize(("variant", "hello"), [(0, "Hi Ana,"), (1, "Hello Ana,")])
def test_brief_greeting_is_hi_or_hello(variant, hello):
    answers = make_answers(tone=Tone.BRIEF, variant=variant)
    assert compose_email(answers, action=Action.DECLINE).body.startswith(hello + "\n")


def test_subject_names_role_and_company():
    email = compose_email(make_answers(), action=Action.DECLINE)
    assert email.subject == "Your interview invitation: Product Designer at Acme"


@pytest.mark.parametrize("variant", [0, 1, 2])
@pytest.mark.parametrize("action", [Action.DECLINE, Action.OTHER_ROLES, Action.NEGOTIATE])
def test_a_reply_to_a_cold_message_has_no_interview_in_its_subject(action, variant):
    answers = make_answers(stage=Stage.COLD_OUTREACH, variant=variant)
    assert "interview" not in compose_email(answers, action=action).subject.casefold()


def test_decline_thanks_for_the_invitation_then_declines():
    email = compose_email(make_answers(reasons=("career_goals",)), action=Action.DECLINE)
    first_two = opening(email.body)
    assert "inviting me to interview for the Product Designer role at Acme" in first_two
    assert "decided to decline the invitation." in first_two
    assert first_two.count("interview") == 1  # "inviting me to interview" says it once


def test_cold_outreach_thanks_for_reaching_out():
    answers = make_answers(stage=Stage.COLD_OUTREACH, tone=Tone.BRIEF)
    first_two = opening(compose_email(answers, action=Action.DECLINE).body)
    assert "Thanks for reaching out to me about the Product Designer role at Acme." in first_two
    assert "decline this opportunity" in first_two


def test_withdraw_after_rounds_thanks_the_team_and_withdraws():
    answers = make_answers(stage=Stage.MID_PROCESS, rounds_done=2, tone=Tone.FORMAL)
    body = compose_email(answers, action=Action.WITHDRAW).body
    first_two = opening(body)
    assert "the time you and the team have given me over two rounds of interviews" in first_two
    assert "decided to withdraw my application." in first_two
    assert "Meeting everyone and learning about your work has been a pleasure" in body


def test_reschedule_lists_each_alternative_in_the_time_zone():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC),
        alternative_times=(
            dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 11, 8, 30, tzinfo=dt.UTC),
        ),
        time_zone="Europe/London",
        tone=Tone.FORMAL,
    )
    body = compose_email(answers, action=Action.RESCHEDULE).body
    # The day to move from, with "interview" said once: the thanks already named it.
    assert "move it from Thursday 5 March to another time" in opening(body)
    assert opening(body).count("interview") == 1
    assert "either Tuesday 10 March at 2 pm or Wednesday 11 March at 8:30 am UK time" in body
    assert "Europe/London" not in body
    assert "decline" not in body.casefold()


def test_reschedule_shows_times_in_the_users_time_zone_across_daylight_saving():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        alternative_times=(dt.datetime(2026, 4, 7, 13, 0, tzinfo=dt.UTC),),
        time_zone="America/New_York",
    )
    body = compose_email(answers, action=Action.RESCHEDULE).body
    assert "Tuesday 7 April at 9 am Eastern Time" in body


def test_reschedule_says_times_in_the_contacts_zone_when_it_is_known():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        alternative_times=(dt.datetime(2026, 4, 7, 13, 0, tzinfo=dt.UTC),),
        time_zone="Europe/London",
        contact_time_zone="America/New_York",
        tone=Tone.BRIEF,
        action=Action.RESCHEDULE,
    )
    outputs = compose_all(answers)
    assert "Tuesday 7 April at 9 am Eastern Time" in outputs.email.body
    decision = outputs.phone_script.sections[1].text
    assert "9 a.m. Eastern Time" in decision  # said as it is read aloud


def test_two_times_on_one_day_say_the_day_once():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        alternative_times=(
            dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 10, 14, 30, tzinfo=dt.UTC),
        ),
        tone=Tone.WARM,
    )
    body = compose_email(answers, action=Action.RESCHEDULE).body
    assert "Tuesday 10 March at either 10 am or 2:30 pm UK time" in body


def test_reschedule_without_alternatives_asks_what_suits_them():
    body = compose_email(make_answers(stage=Stage.SCHEDULED), action=Action.RESCHEDULE).body
    assert "What other times might work for you?" in body


def test_negotiate_asks_about_the_obstacle_and_does_not_decline():
    answers = make_answers(reasons=("low_salary", "relocation"), share_reason=ShareReason.BRIEF)
    body = compose_email(answers, action=Action.NEGOTIATE).body
    assert "flexibility on the salary and working remotely instead of relocating" in opening(body)
    for word in ("decline", "withdraw", "not be moving forward"):
        assert word not in body.casefold()


def test_negotiate_names_the_schedule_when_that_is_the_obstacle():
    answers = make_answers(reasons=("schedule_setup",))
    body = compose_email(answers, action=Action.NEGOTIATE).body
    assert "flexibility on the working pattern" in body


def test_negotiate_names_two_obstacles_in_one_plain_list():
    answers = make_answers(reasons=("low_salary", "schedule_setup"))
    body = compose_email(answers, action=Action.NEGOTIATE).body
    assert "flexibility on the salary and the working pattern?" in body


def test_other_roles_does_not_repeat_that_it_is_only_this_role():
    answers = make_answers(reasons=("prefer_other_role",), share_reason=ShareReason.SPECIFIC)
    body = compose_email(answers, action=Action.OTHER_ROLES).body
    assert body.count("particular role") <= 1
    assert "although I'd like to work with you" not in body


def test_other_roles_declines_this_role_and_asks_about_others():
    answers = make_answers(reasons=("prefer_other_role",), share_reason=ShareReason.SPECIFIC)
    body = compose_email(answers, action=Action.OTHER_ROLES).body
    first_three = opening(body, 3)
    assert "decline the interview for this particular role" in first_three
    assert "other openings" in first_three


def test_pause_asks_for_three_business_days():
    # NOW is Monday 2 March 2026; three business days later is Thursday 5 March.
    body = compose_email(make_answers(), action=Action.PAUSE).body
    assert "until Thursday 5 March" in opening(body)
    assert "decline" not in body.casefold()


def test_pause_skips_the_weekend():
    friday = dt.datetime(2026, 3, 6, 9, 0, tzinfo=dt.UTC)
    body = compose_email(make_answers(now=friday), action=Action.PAUSE).body
    assert "until Wednesday 11 March" in body


def test_reply_to_rejection_thanks_asks_for_feedback_and_stays_interested():
    answers = make_answers(stage=Stage.REJECTED, extras=frozenset({Extra.FEEDBACK}))
    outputs = compose_all(answers)
    body = outputs.email.body
    assert outputs.action is Action.REPLY
    assert "Thank you for letting me know" in opening(body)
    assert "future roles" in opening(body)
    assert "feedback on my interview" in body


def test_rejection_is_always_a_reply_whatever_was_chosen():
    answers = make_answers(stage=Stage.REJECTED, action=Action.DECLINE)
    assert compose_all(answers).action is Action.REPLY


def test_action_comes_from_the_advisor_when_the_user_has_not_chosen():
    answers = make_answers(stage=Stage.SCHEDULED, reasons=("timing_conflict",))
    outputs = compose_all(answers)
    assert outputs.action is Action.RESCHEDULE is outputs.advice.action


def test_users_choice_beats_the_advisor():
    answers = make_answers(reasons=("timing_conflict",), action=Action.DECLINE)
    assert compose_all(answers).action is Action.DECLINE


def test_exactly_one_apology_when_chosen_for_a_scheduled_interview():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=NOW + dt.timedelta(days=1),
        extras=frozenset(Extra),
        reasons=("offer_accepted",),
        share_reason=ShareReason.SPECIFIC,
    )
    body = compose_email(answers, action=Action.DECLINE).body
    assert len(APOLOGY.findall(body)) == 1
    assert "short notice" in body


def test_no_apology_when_not_chosen():
    answers = make_answers(stage=Stage.SCHEDULED, extras=frozenset(set(Extra) - {Extra.APOLOGY}))
    body = compose_email(answers, action=Action.DECLINE).body
    assert not APOLOGY.search(body)


def test_reschedule_apology_is_the_only_one():
    answers = make_answers(stage=Stage.SCHEDULED, extras=frozenset({Extra.APOLOGY}))
    body = compose_email(answers, action=Action.RESCHEDULE).body
    assert len(APOLOGY.findall(body)) == 1


def test_no_reason_when_sharing_none():
    answers = make_answers(reasons=("offer_accepted",), share_reason=ShareReason.NONE)
    body = compose_email(answers, action=Action.DECLINE).body
    assert "offer" not in body
    assert "right fit" not in body


def test_brief_share_uses_the_generic_phrase():
    answers = make_answers(reasons=("offer_accepted",), share_reason=ShareReason.BRIEF)
    body = compose_email(answers, action=Action.DECLINE).body
    assert "the role isn't the right fit for what i'm looking for right now" in body.casefold()
    assert "offer" not in body


def test_brief_share_of_a_timing_reason_talks_about_timing():
    answers = make_answers(
        stage=Stage.COLD_OUTREACH, reasons=("timing_conflict",), share_reason=ShareReason.BRIEF
    )
    body = compose_email(answers, action=Action.DECLINE).body
    assert "the timing doesn't work for me" in body.casefold()


def test_specific_share_joins_two_shareable_clauses_and_hides_sensitive_ones():
    answers = make_answers(
        reasons=("mission", "offer_accepted", "happy_current_job", "personal_circumstances"),
        share_reason=ShareReason.SPECIFIC,
    )
    body = compose_email(answers, action=Action.DECLINE).body
    assert "I've accepted another offer and I'm staying in my current role" in body
    assert "personal circumstances" not in body
    assert "mission" not in body.casefold()


def test_specific_share_with_only_sensitive_reasons_falls_back_to_the_generic_phrase():
    answers = make_answers(
        reasons=("culture_fit", "bad_reputation"), share_reason=ShareReason.SPECIFIC
    )
    body = compose_email(answers, action=Action.DECLINE).body
    assert "the role isn't the right fit for what i'm looking for right now" in body.casefold()


def test_an_illegitimate_invitation_gets_a_minimal_reply_without_personal_details():
    answers = make_answers(
        reasons=("illegitimate", "offer_accepted"),
        share_reason=ShareReason.SPECIFIC,
        extras=frozenset({Extra.DOOR_OPEN, Extra.REFER_SOMEONE}),
        sender={"signature": "Sam Lee\n1 High Street, London", "phone": "07700 900123"},
    )
    outputs = compose_all(answers)
    for text in (outputs.email.body, outputs.phone_script.voicemail):
        assert "High Street" not in text
        assert "07700" not in text
        assert "offer" not in text
        assert "stay in touch" not in text
    assert outputs.email.body.rstrip().endswith("Sam Lee")


def test_extras_each_appear_when_chosen():
    answers = make_answers(
        extras=frozenset(
            {Extra.DOOR_OPEN, Extra.OTHER_ROLES, Extra.REFER_SOMEONE, Extra.PART_TIME}
        ),
    )
    body = compose_email(answers, action=Action.DECLINE).body
    assert "keep in touch" in body
    assert "hear about other openings" in body
    assert "someone from my network" in body
    assert "part-time or contract work" in body
    # Four extras are two sentences, not four: the grammar joins them.
    extras = body.split("\n\n")[2]
    assert extras.count(".") == 2, extras


def test_close_and_sender_name_end_the_email():
    body = compose_email(make_answers(tone=Tone.FORMAL), action=Action.DECLINE).body
    assert body.endswith("Kind regards,\nSam Lee")


def test_signature_follows_the_name_and_the_name_is_not_repeated():
    answers = make_answers(sender={"signature": "Sam Lee\nProduct Designer\n+44 7700 900123"})
    body = compose_email(answers, action=Action.DECLINE).body
    assert body.endswith(",\nSam Lee\nProduct Designer\n+44 7700 900123")
    assert body.count("Sam Lee") == 1


def test_signature_without_the_name_comes_after_it():
    answers = make_answers(sender={"signature": "Product Designer"})
    assert compose_email(answers, action=Action.DECLINE).body.endswith(
        "\nSam Lee\nProduct Designer"
    )


def test_user_text_ending_in_a_full_stop_does_not_double_it():
    answers = make_answers(company="Acme Inc.", stage=Stage.REJECTED)
    body = compose_email(answers, action=Action.REPLY).body
    assert ".." not in body
    assert "role at Acme Inc. I really enjoyed" in body


@pytest.mark.parametrize("tone", list(Tone))
def test_word_limit_holds_with_long_names_every_extra_and_specific_reasons(tone):
    long_name = "Maximiliana Wolfeschlegelsteinhausen Bergerdorff-Santisteban de la Vega"
    answers = make_answers(
        stage=Stage.MID_PROCESS,
        rounds_done=4,
        tone=tone,
        company="Intergalactic Widget Manufacturing Consolidated Holdings",
        role="Principal Staff Senior Product Experience Designer Lead",
        contact={"name": long_name, "title": "Dr"},
        sender={"name": long_name},
        reasons=("career_goals", "low_salary", "offer_accepted"),
        share_reason=ShareReason.SPECIFIC,
        extras=frozenset(Extra),
    )
    body = compose_email(answers, action=Action.WITHDRAW).body
    assert word_count(body) <= WORD_LIMITS[tone]
    assert len(APOLOGY.findall(body)) == 1


def test_variants_differ_and_each_is_deterministic():
    first = compose_email(make_answers(variant=0), action=Action.DECLINE)
    second = compose_email(make_answers(variant=1), action=Action.DECLINE)
    assert first != second
    assert first.subject != second.subject
    assert compose_email(make_answers(variant=1), action=Action.DECLINE) == second
    # Variants wrap around: a large number is still a valid wording.
    assert compose_email(make_answers(variant=1000), action=Action.DECLINE).body


# --- the phone script ---------------------------------------------------------------------


def script_text(script, title):
    return {section.title: section.text for section in script.sections}[title]


def test_phone_script_has_every_part_in_order():
    answers = make_answers(
        contact={"phone": "+44 20 7946 0018"},
        extras=frozenset({Extra.DOOR_OPEN}),
        reasons=("career_goals",),
    )
    script = compose_phone_script(answers, action=Action.DECLINE)
    assert [section.title for section in script.before_you_call] == [
        "Who to ask for",
        "Number",
        "Best time",
        "The one sentence to say",
    ]
    assert [section.title for section in script.sections] == [
        "Opening",
        "Decision",
        "Reason",
        "Thanks",
        "Extras",
        "Close",
    ]
    before = {section.title: section.text for section in script.before_you_call}
    assert before["Who to ask for"] == "Ask for Ana Rivera, the recruiter at Acme."
    assert "+44 20 7946 0018" in before["Number"]
    assert "Sam Lee" in script_text(script, "Opening")
    assert "Hi Ana," in script_text(script, "Opening")  # the first name, never the full name
    assert "decline" in script_text(script, "Decision")
    said = " ".join(section.text for section in script.sections)
    assert said.count("I'm calling") == 1
    assert "Ana Rivera" not in said


def test_the_apology_on_the_phone_comes_with_the_decision():
    answers = make_answers(
        stage=Stage.SCHEDULED,
        interview_at=NOW + dt.timedelta(hours=20),
        extras=frozenset({Extra.APOLOGY}),
        tone=Tone.WARM,
    )
    script = compose_phone_script(answers, action=Action.DECLINE)
    assert "Sorry for the short notice." in script_text(script, "Decision")
    assert not APOLOGY.search(script_text(script, "Close"))


def test_phone_script_without_a_number_says_to_find_it_first():
    script = compose_phone_script(make_answers(), action=Action.DECLINE)
    number = script.before_you_call[1].text
    assert "Find it before you call" in number


def test_phone_script_says_call_today_when_the_interview_is_close():
    answers = make_answers(stage=Stage.SCHEDULED, interview_at=NOW + dt.timedelta(hours=20))
    best = compose_phone_script(answers, action=Action.DECLINE).before_you_call[2].text
    assert "Call today" in best
    assert "business hours" in best


def test_phone_script_without_reason_or_extras():
    answers = make_answers(share_reason=ShareReason.NONE)
    script = compose_phone_script(answers, action=Action.DECLINE)
    titles = [section.title for section in script.sections]
    assert "Extras" not in titles
    assert "No reason is needed" in script_text(script, "Reason")


def test_pushback_answers_follow_the_extras():
    answers = make_answers(extras=frozenset({Extra.OTHER_ROLES, Extra.REFER_SOMEONE}))
    pushback = {
        item.question: item.answer
        for item in compose_phone_script(answers, action=Action.DECLINE).pushback
    }
    assert list(pushback) == [
        "Can I ask why?",
        "Is there anything that would change your mind?",
        "Would more money help?",
        "Is it something we did?",
        "Would another role here interest you?",
        "Do you know someone who might fit?",
    ]
    assert pushback["Would another role here interest you?"].startswith("Yes")
    assert pushback["Do you know someone who might fit?"].startswith("Possibly")
    assert "but no" in pushback["Is there anything that would change your mind?"]


def test_pushback_without_extras_says_not_at_the_moment():
    pushback = {
        item.question: item.answer
        for item in compose_phone_script(make_answers(), action=Action.DECLINE).pushback
    }
    assert pushback["Would another role here interest you?"].startswith("Not at the moment")
    # Nobody asks to be recommended someone unless the person offered to.
    assert "Do you know someone who might fit?" not in pushback


def test_pushback_on_money_is_honest_when_pay_was_a_reason():
    answers = make_answers(reasons=("low_salary", "career_goals"))
    pushback = {
        item.question: item.answer
        for item in compose_phone_script(answers, action=Action.DECLINE).pushback
    }
    assert "Pay was part of it" in pushback["Would more money help?"]


def test_voicemail_names_the_caller_gives_the_number_and_promises_an_email():
    answers = make_answers(sender={"phone": "07700 900123"})
    voicemail = compose_phone_script(answers, action=Action.DECLINE).voicemail
    assert "Sam Lee" in voicemail
    assert "07700 900123" in voicemail
    assert "email" in voicemail.casefold()


def test_follow_up_email_confirms_the_decision():
    follow_up = compose_phone_script(make_answers(), action=Action.DECLINE).follow_up_email
    assert "Acme" in follow_up.subject
    assert "As I said, I've decided to decline the invitation." in follow_up.body
    assert follow_up.body.startswith("Hi Ana,")


def test_a_signature_starting_with_a_longer_name_still_gets_the_senders_name():
    answers = make_answers(sender={"name": "Sam", "signature": "Samantha's assistant"})
    body = compose_email(answers, action=Action.DECLINE).body
    assert body.endswith(",\nSam\nSamantha's assistant")
