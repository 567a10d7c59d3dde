"""The etiquette check by example: each flaw found, kindly, with the words quoted and a fix."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from declinewiz.compose.etiquette import CHECKS, apply_fix, check_email, check_outputs, word_count
from declinewiz.compose.types import Action, Stage, Tone
from declinewiz.compose.writer import compose_all
from tests.compose.builders import make_answers

ANSWERS = make_answers(action=Action.DECLINE)

GOOD = """Hi Ana,

Thank you for inviting me to interview for the Product Designer role at Acme. After some \
thought, I've decided to decline the invitation.

I'd be glad to stay in touch.

Best regards,
Sam Lee"""

EXTRA = "I'd be glad to stay in touch."


def problems(text: str, answers=ANSWERS, **kwargs) -> dict[str, list]:
    """The findings that ask for a change, by code."""
    found: dict[str, list] = {}
    for finding in check_email(text, answers=answers, **kwargs):
        if not finding.ok:
            found.setdefault(finding.code, []).append(finding)
    return found


def with_remark(remark: str) -> str:
    return GOOD.replace(EXTRA, remark)


def test_a_good_draft_passes_every_check_in_a_fixed_order():
    result = check_email(GOOD, answers=ANSWERS)
    assert tuple(finding.code for finding in result) == CHECKS
    assert all(finding.ok for finding in result)
    assert all(finding.message for finding in result)


@pytest.mark.parametrize(
    "answers",
    [
        make_answers(action=Action.DECLINE, tone=Tone.FORMAL, contact={"title": "Ms"}),
        make_answers(stage=Stage.MID_PROCESS, rounds_done=3, tone=Tone.BRIEF),
        make_answers(stage=Stage.REJECTED),
        make_answers(stage=Stage.SCHEDULED, action=Action.RESCHEDULE),
        make_answers(reasons=("low_salary",)),
        make_answers(),
    ],
)
def test_the_generated_email_passes_every_check(answers):
    assert all(finding.ok for finding in check_outputs(compose_all(answers)))


# --- what the issue found on hand-written emails ------------------------------------------------


def test_a_curt_no_is_not_thanks_and_not_a_close():
    text = "Hi Ana,\n\nNo thanks. Not interested. Withdraw me.\n\nSam"
    found = problems(text)
    assert {"thanks", "curt", "close"} <= set(found)
    assert "No thanks" in found["thanks"][0].message
    assert [finding.quote for finding in found["curt"]] == [
        "No thanks.",
        "Not interested.",
        "Withdraw me.",
    ]


def test_grovelling_is_its_own_finding_and_not_criticism_of_the_company():
    text = with_remark("I feel absolutely terrible. Please forgive me, I don't deserve it.")
    found = problems(text)
    assert set(found) == {"grovelling"}
    assert {finding.quote for finding in found["grovelling"]} >= {
        "I feel absolutely terrible",
        "forgive me",
    }


@pytest.mark.parametrize(
    ("remark", "words"),
    [
        ("The salary is below market for this level.", "below market"),
        ("The recruiter was pushy and misleading.", "pushy"),
        ("Honestly, the reviews put me off.", "the reviews"),
        ("The process was poorly organised.", "poorly organised"),
        ("Frankly the salary was a lowball offer.", "lowball"),
        ("The process was disorganised and a waste of time.", "disorganised"),
        ("The company culture seems toxic.", "toxic"),
    ],
)
def test_criticism_of_pay_people_reviews_or_process_is_negative(remark, words):
    found = problems(with_remark(remark))
    assert found["negative"][0].quote == words
    assert "neutral" in found["negative"][0].message
    assert found["negative"][0].fix.label == "Remove this sentence"


def test_a_private_reason_pasted_in_is_found_and_offered_for_removal():
    answers = make_answers(action=Action.DECLINE, reasons=("culture_fit", "pushy_recruiter"))
    label = with_remark("I don't think the culture would suit me.")
    assert "private" in problems(label, answers)

    note = "Their office smelled of old coffee and the manager shouted at an intern."
    text = with_remark("The manager shouted at an intern while I waited.")
    found = problems(text, answers, private_note=note)
    assert found["private"][0].quote == "The manager shouted at an intern while I waited."
    fixed = apply_fix(subject="", body=text, fix=found["private"][0].fix)[1]
    assert "private" not in problems(fixed, answers, private_note=note)
    assert "Best regards,\nSam Lee" in fixed


def test_a_wrong_company_is_found_with_a_fix():
    text = GOOD.replace("at Acme", "at Globex")
    [finding] = problems(text)["company"]
    assert finding.quote == "Globex"
    assert finding.fix.label == "Use \u201cAcme\u201d"
    assert "company" not in problems(apply_fix(subject="", body=text, fix=finding.fix)[1])


def test_a_misspelt_company_and_contact_are_found():
    text = GOOD.replace("at Acme", "at Acmee").replace("Hi Ana,", "Hi Anna,")
    found = problems(text)
    assert found["company"][0].fix.replace == "Acme"
    assert found["contact"][0].fix.label == "Use \u201cAna\u201d"
    assert "greeting" not in found


def test_another_employer_named_for_an_accepted_offer_is_not_a_wrong_company():
    text = with_remark("I have accepted an offer from Initech.")
    assert "company" not in problems(text)


@pytest.mark.parametrize(
    "hole", ["[Name]", "{company}", "<Your name>", "XXX", "XX", "TBD", "COMPANY NAME", "DATE"]
)
def test_a_placeholder_in_any_shape_is_found(hole):
    found = problems(GOOD.replace("Product Designer", f"Product Designer {hole}"))
    assert found["placeholder"][0].quote == hole


def test_a_blank_is_a_placeholder():
    assert problems(with_remark("We spoke on ____."))["placeholder"][0].quote == "____"


def test_a_placeholder_for_a_draft_field_is_filled_in_one_click():
    text = GOOD.replace("at Acme", "at [Company]")
    [finding] = problems(text)["placeholder"]
    assert finding.fix.label == "Use \u201cAcme\u201d"
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == GOOD


def test_a_placeholder_in_the_subject_is_found_and_fixed_there():
    [finding] = problems(GOOD, subject="Interview at [Company]")["placeholder"]
    assert finding.fix.field == "subject"
    assert apply_fix(subject="Interview at [Company]", body=GOOD, fix=finding.fix) == (
        "Interview at Acme",
        GOOD,
    )


def test_an_email_address_in_angle_brackets_is_not_a_placeholder():
    assert "placeholder" not in problems(GOOD + "\nSam Lee <sam@example.com>")


def test_looking_forward_to_the_interview_contradicts_a_decline():
    text = with_remark("Looking forward to meeting the team on Thursday!")
    [finding] = problems(text)["contradiction"]
    assert finding.fix.label == "Remove this sentence"
    assert "contradiction" not in problems(apply_fix(subject="", body=text, fix=finding.fix)[1])


def test_looking_forward_to_the_interview_is_right_for_a_reschedule():
    reschedule = make_answers(stage=Stage.SCHEDULED, action=Action.RESCHEDULE)
    text = GOOD.replace(
        "I've decided to decline the invitation", "could we move the interview to another day"
    ).replace(EXTRA, "I look forward to meeting the team.")
    assert "contradiction" not in problems(text, reschedule)


def test_shouting_exclamation_runs_and_emoji():
    text = with_remark("PLEASE KEEP ME IN MIND!!! \U0001f60a")
    found = problems(text)
    quotes = {finding.quote for finding in found["shouting"]}
    assert quotes == {"PLEASE KEEP ME IN MIND", "MIND!!!", "\U0001f60a"}


def test_emoji_in_a_name_is_not_shouting():
    answers = make_answers(action=Action.DECLINE, contact={"name": "Ana\U0001f389 Rivera"})
    text = GOOD.replace("Hi Ana,", "Hi Ana\U0001f389,")
    assert "shouting" not in problems(text, answers)


def test_spelling_ignores_names_company_role_and_british_spelling():
    answers = make_answers(
        action=Action.DECLINE, company="Zyntrix", role="Qwopp Lead", contact={"name": "Xiomara"}
    )
    text = (
        "Hi Xiomara,\n\nThank you for the invitation to interview for the Qwopp Lead role at "
        "Zyntrix. I've decided to decline, as the colour of the work isn't what I'm after; I "
        "realise it was well organised.\n\nBest regards,\nSam Lee"
    )
    assert "spelling" not in problems(text, answers)


def test_a_typo_is_found_with_its_correction():
    text = GOOD.replace("inviting", "inivting")
    [finding] = problems(text)["spelling"]
    assert finding.quote == "inivting"
    assert finding.fix.label == "Use \u201cinviting\u201d"
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == GOOD


@pytest.mark.parametrize(
    "hedge",
    ["I think I might not go ahead, probably.", "I'm probably going to decline, I guess."],
)
def test_hedging_around_the_decision(hedge):
    text = GOOD.replace("After some thought, I've decided to decline the invitation.", hedge)
    found = problems(text)
    assert set(found) == {"hedging"}


def test_a_cold_decline_that_says_i_am_happy_where_i_am_states_a_decision():
    cold = make_answers(stage=Stage.COLD_OUTREACH, action=Action.DECLINE, tone=Tone.BRIEF)
    text = (
        "Hi Ana,\n\nThanks for reaching out. I'm happy in my current role and not looking for "
        "something new.\n\nBest,\nSam"
    )
    assert problems(text, cold) == {}


def test_a_greeting_and_the_decision_on_one_line():
    text = (
        "Hi Ana, I'm writing to decline the interview. Thank you for thinking of me.\n\nBest,\nSam"
    )
    assert problems(text) == {}


def test_the_example_decision_fits_the_action():
    withdraw = make_answers(stage=Stage.MID_PROCESS, action=Action.WITHDRAW)
    text = "Hi Ana,\n\nThank you for your time so far.\n\nBest regards,\nSam Lee"
    [finding] = problems(text, withdraw)["decision"]
    assert "withdraw my application" in finding.message
    assert "decline the invitation" not in finding.message
    fixed = apply_fix(subject="", body=text, fix=finding.fix)[1]
    assert problems(fixed, withdraw) == {}


def test_a_decision_buried_at_the_end_should_move_up():
    text = GOOD.replace(
        "After some thought, I've decided to decline the invitation.",
        "I read about your team. I liked the product. I saw the office photos.",
    ).replace(EXTRA, "In the end, I've decided to decline.")
    assert "Move your decision up" in problems(text)["decision"][0].message


def test_decision_words_depend_on_the_action():
    reschedule = make_answers(action=Action.RESCHEDULE)
    assert "decision" in problems(GOOD, reschedule)
    moved = GOOD.replace("decline the invitation", "ask whether we could move the interview")
    assert "decision" not in problems(moved, reschedule)


def test_too_long_for_the_tone():
    long = with_remark("I enjoyed our chat. " * 20)
    brief = make_answers(action=Action.DECLINE, tone=Tone.BRIEF)
    assert "80 or fewer" in problems(long, brief)["length"][0].message
    # The same text is fine for a warm message, which may be longer.
    assert "length" not in problems(long, make_answers(action=Action.DECLINE, tone=Tone.WARM))


def test_signature_block_does_not_count_towards_the_length():
    signature = "Sam Lee\n" + "\n".join(["Senior Product Designer, Studio Example"] * 10)
    answers = make_answers(action=Action.DECLINE, tone=Tone.BRIEF, sender={"signature": signature})
    text = GOOD.replace("Sam Lee", signature)
    assert problems(text, answers) == {}


def test_no_close_and_no_signature_are_fixed_together():
    text = GOOD.replace("\n\nBest regards,\nSam Lee", "")
    found = problems(text)
    assert set(found) == {"close", "signature"}
    assert "Sam Lee" in found["signature"][0].message
    fixed = apply_fix(subject="", body=text, fix=found["close"][0].fix)[1]
    assert fixed.endswith("Best wishes,\nSam Lee")
    assert problems(fixed) == {}


def test_a_generic_greeting_gets_their_name():
    text = GOOD.replace("Hi Ana,", "Dear Hiring Manager,")
    [finding] = problems(text)["greeting"]
    assert finding.fix.label == "Use \u201cHi Ana,\u201d"
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == GOOD


@pytest.mark.parametrize("greeting", ["Dear Ms Rivera,", "Dear Ana Rivera,", "Hello Ana,"])
def test_greeting_by_surname_first_name_or_full_name(greeting):
    assert problems(GOOD.replace("Hi Ana,", greeting)) == {}


def test_it_advises_and_never_raises_on_odd_text():
    for text in ("", "   ", "\x00\r\n", "[", "Hi\n\n\n", "!!!", "\U0001f600" * 50):
        result = check_email(text, answers=ANSWERS)
        assert {finding.code for finding in result} == set(CHECKS)


def test_a_fix_whose_words_are_gone_changes_nothing():
    [finding] = problems(GOOD.replace("at Acme", "at Globex"))["company"]
    assert apply_fix(subject="S", body=GOOD, fix=finding.fix) == ("S", GOOD)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("Thank you for your time.", 5),
        ("At 14:00 (Europe/London) \u2013 see you", 5),  # a lone dash is no word
        ("snake_case _ __ \u00e9t\u00e9 \u0661\u0662", 5),  # underscores, accents, other digits
        ("line\x1cbreak\u2028and\xa0space", 4),  # every kind of space separates
    ],
)
def test_word_count_counts_runs_with_a_letter_or_digit(text, words):
    assert word_count(text) == words


@given(st.text())
def test_word_count_is_the_count_of_word_tokens(text):
    # The definition word_count is a faster form of: tokens holding a word character.
    assert word_count(text) == len(re.findall(r"[^\s\w]*\w\S*", text))


def test_a_very_short_company_name_is_not_read_into_ordinary_words():
    # "As I mentioned" is not a misspelling of a company called "A I".
    answers = make_answers(company="A I", action=Action.PAUSE)
    body = "Dear Ana,\n\nThank you for your call. As I mentioned, I'd like a few days.\n\nBest,\nSam Lee"
    findings = check_email(body, answers=answers, subject="Following up", action=Action.PAUSE)
    assert not [finding for finding in findings if finding.check == "company" and not finding.ok]


def test_an_offer_with_no_thank_you_is_given_one_that_fits_the_offer():
    offer = make_answers(stage=Stage.OFFER, action=Action.DECLINE)
    text = "Hi Ana,\n\nI have decided to decline the offer.\n\nBest regards,\nSam Lee"
    [finding] = problems(text, offer)["thanks"]
    assert "Thank you for the offer." in finding.message


@pytest.mark.parametrize(
    ("written", "fixed"),
    [
        ("I have decided not to go ahead with Acmee.", "I have decided not to go ahead with Acme."),
        (
            "Thank you for the invitation to Acmee. I have decided to decline.",
            "Thank you for the invitation to Acme. I have decided to decline.",
        ),
        ("It was kind of Acmee's team to ask.", "It was kind of Acme's team to ask."),
    ],
)
def test_a_misspelt_company_is_fixed_without_losing_the_full_stop(written, fixed):
    text = with_remark(written)
    [finding] = problems(text)["company"]
    assert finding.quote == "Acmee"
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == with_remark(fixed)


def test_a_company_whose_name_ends_in_a_dot_keeps_one_dot():
    answers = make_answers(action=Action.DECLINE, company="Acme Inc.")
    text = with_remark("I enjoyed meeting Acme Inx.")
    [finding] = problems(text, answers)["company"]
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == with_remark(
        "I enjoyed meeting Acme Inc."
    )


@pytest.mark.parametrize(
    ("hole", "fill"),
    [("{{first_name}}", "Ana"), ("{{ company }}", "Acme"), ("{{role}}", "Product Designer")],
)
def test_a_mail_merge_placeholder_in_double_braces_is_one_placeholder(hole, fill):
    text = with_remark(f"This is about {hole}.")
    [finding] = problems(text)["placeholder"]
    assert finding.quote == hole
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == with_remark(
        f"This is about {fill}."
    )


@pytest.mark.parametrize("greeting", ["Dear {{first_name}},", "Hi [Name],", "Dear NAME,"])
def test_a_placeholder_greeting_is_filled_in_not_called_generic(greeting):
    text = GOOD.replace("Hi Ana,", greeting)
    found = problems(text)
    assert set(found) == {"placeholder"}
    fixed = apply_fix(subject="", body=text, fix=found["placeholder"][0].fix)[1]
    assert fixed.startswith(greeting.split()[0] + " Ana,")
    assert problems(fixed) == {}


@pytest.mark.parametrize(
    "remark",
    [
        "I would still be glad to come in on Thursday.",
        "I will still attend the interview on Thursday.",
        "Happy to do the call on Monday anyway.",
        "I look forward to hearing about next steps.",
        "I'll still be there on Thursday as arranged.",
        "I can still jump on the call tomorrow if that helps.",
    ],
)
def test_still_taking_part_contradicts_a_decline(remark):
    for answers in (ANSWERS, make_answers(stage=Stage.MID_PROCESS, action=Action.WITHDRAW)):
        text = with_remark(remark)
        [finding] = problems(text, answers)["contradiction"]
        assert finding.quote == remark
        assert finding.fix.label == "Remove this sentence"


@pytest.mark.parametrize(
    "remark",
    [
        "I'd be glad to keep in touch.",
        "I'd be happy to hear about future roles.",
        "I look forward to hearing about other openings.",
        "I won't be able to come in on Thursday, I'm afraid.",
        "So I will not be attending the interview on Thursday.",
        "I'd be happy to have a quick call to explain.",
        "If anything changes, I'd be glad to come in another time.",
    ],
)
def test_a_kind_no_or_keeping_in_touch_is_no_contradiction(remark):
    assert "contradiction" not in problems(with_remark(remark))


def test_still_coming_in_is_right_for_a_reschedule():
    reschedule = make_answers(stage=Stage.SCHEDULED, action=Action.RESCHEDULE)
    text = GOOD.replace(
        "I've decided to decline the invitation", "could we move the interview to another day"
    ).replace(EXTRA, "I would still be glad to come in on Thursday next week.")
    assert "contradiction" not in problems(text, reschedule)


@pytest.mark.parametrize(
    ("role", "written", "word", "fixed"),
    [
        ("Product Designer", "the Product Desinger role", "Desinger", "Designer"),
        ("Backend Engineer", "the Bakend Engineer role", "Bakend", "Backend"),
        ("Backend Engineer", "the Bakend Enginer job", "Bakend", "Backend"),
        ("Clinical Data Manager", "the Clinical Data Manger role", "Manger", "Manager"),
        ("Product Designer", "the Desinger position", "Desinger", "Designer"),
        ("Product Designer", "the product desinger role", "desinger", "designer"),
    ],
)
def test_a_misspelt_role_is_found_though_it_is_capitalised(role, written, word, fixed):
    answers = make_answers(action=Action.DECLINE, role=role)
    text = with_remark(f"I enjoyed reading about {written}.")
    found = problems(text, answers)["spelling"]
    finding = next(finding for finding in found if finding.quote == word)
    assert finding.fix.label == f"Use \u201c{fixed}\u201d"
    assert apply_fix(subject="", body=text, fix=finding.fix)[1] == with_remark(
        f"I enjoyed reading about {written.replace(word, fixed)}."
    )


@pytest.mark.parametrize(
    ("role", "remark"),
    [
        ("Data Analyst", "My colleague Dana spoke highly of the team."),
        ("Risk Analyst", "Please thank Rick for the call."),
        ("Product Designer", "I admire the Product Designers at Acme."),
        ("Product Designer", "The Product Design team does lovely work."),
        ("Sales Engineer", "I'm moving to Salem next month."),
    ],
)
def test_names_and_plurals_beside_a_role_are_not_misspellings(role, remark):
    answers = make_answers(action=Action.DECLINE, role=role)
    assert "spelling" not in problems(with_remark(remark), answers)


@pytest.mark.parametrize(
    ("answers", "remark", "word", "fixed"),
    [
        (
            make_answers(action=Action.DECLINE, contact={"name": "Priya Shah", "title": "Dr"}),
            "Please pass my thanks to Dr Shaw.",
            "Shaw",
            "Please pass my thanks to Dr Shah.",
        ),
        (
            ANSWERS,
            "Thank you, Anna, for thinking of me.",
            "Anna",
            "Thank you, Ana, for thinking of me.",
        ),
        (
            ANSWERS,
            "It was lovely to meet Ana Riviera.",
            "Riviera",
            "It was lovely to meet Ana Rivera.",
        ),
        (
            make_answers(action=Action.DECLINE, contact={"name": "Olivia Grant"}),
            "It was a pleasure to work with Olvia on this.",
            "Olvia",
            "It was a pleasure to work with Olivia on this.",
        ),
    ],
)
def test_a_misspelt_contact_name_in_the_body_is_found(answers, remark, word, fixed):
    text = with_remark(remark).replace("Hi Ana,", f"Hi {answers.contact.name.split()[0]},")
    [finding] = problems(text, answers)["contact"]
    assert finding.quote == word
    after = apply_fix(subject="", body=text, fix=finding.fix)[1]
    assert fixed in after
    assert "contact" not in problems(after, answers)


def test_the_same_misspelling_in_the_greeting_and_the_body_is_fixed_in_each():
    text = with_remark("Thank you, Anna, for thinking of me.").replace("Hi Ana,", "Hi Anna,")
    fixes = [finding.fix for finding in problems(text)["contact"]]
    assert len(fixes) == 2
    for fix in fixes:
        text = apply_fix(subject="", body=text, fix=fix)[1]
    assert "Anna" not in text
    assert "contact" not in problems(text)


@pytest.mark.parametrize(
    "remark",
    [
        "Please thank Anya for showing me the studio.",  # another person, one letter off
        "Please pass my thanks to Dr Shahid on the panel.",
        "I met Anne and Rivers at the open day.",
        "Thank you, Ana, for thinking of me.",
    ],
)
def test_other_people_named_in_the_body_are_not_the_contact_misspelt(remark):
    assert "contact" not in problems(with_remark(remark))


@pytest.mark.parametrize(
    ("subject", "quote", "fixed"),
    [
        ("Interview at Globex", "Globex", "Interview at Acme"),
        ("Product Designer at Acmee", "Acmee", "Product Designer at Acme"),
    ],
)
def test_a_wrong_company_in_the_subject_is_found_and_fixed_there(subject, quote, fixed):
    [finding] = problems(GOOD, subject=subject)["company"]
    assert finding.quote == quote
    assert finding.message.startswith("In the subject, ")
    assert finding.fix.field == "subject"
    assert apply_fix(subject=subject, body=GOOD, fix=finding.fix) == (fixed, GOOD)


@pytest.mark.parametrize(
    ("subject", "quote", "fixed"),
    [
        ("URGENT!!! Product Designer", "URGENT!!!", "URGENT! Product Designer"),
        ("Product Designer \U0001f389", "\U0001f389", "Product Designer"),
        ("PLEASE READ THIS NOW", "PLEASE READ THIS NOW", "Please read this now"),
    ],
)
def test_shouting_in_the_subject_is_found_and_fixed_there(subject, quote, fixed):
    found = problems(GOOD, subject=subject)["shouting"]
    finding = next(finding for finding in found if finding.quote == quote)
    assert finding.fix.field == "subject"
    assert apply_fix(subject=subject, body=GOOD, fix=finding.fix) == (fixed, GOOD)


def test_the_generated_subject_names_the_right_company():
    outputs = compose_all(ANSWERS)
    assert "company" not in problems(outputs.email.body, subject=outputs.email.subject)


@pytest.mark.parametrize(
    ("remark", "quotes", "fixed"),
    [
        ("This is VERY IMPORTANT to me.", {"VERY IMPORTANT"}, "This is very important to me."),
        ("NOT NOW, thank you.", {"NOT NOW"}, "Not now, thank you."),
        ("I just need MORE TIME.", {"MORE TIME"}, "I just need more time."),
        ("I REALLY enjoyed it and I am SO grateful.", {"REALLY", "SO"}, None),
    ],
)
def test_two_shouted_words_are_shouting(remark, quotes, fixed):
    text = with_remark(remark)
    found = problems(text)
    assert set(found) == {"shouting"}
    assert {finding.quote for finding in found["shouting"]} == quotes
    if fixed:
        [finding] = found["shouting"]
        assert apply_fix(subject="", body=text, fix=finding.fix)[1] == with_remark(fixed)
    else:
        for finding in found["shouting"]:
            assert "shouting" not in problems(apply_fix(subject="", body=text, fix=finding.fix)[1])


@pytest.mark.parametrize(
    "remark",
    [
        "My HR team in the UK and the NYC office say hello.",  # acronyms
        "I'm a CTO at an AWS partner, so I know the PR and QA side.",
        "I must stress this is NOT about you.",  # one emphasised word
        "Please pass my thanks to the ACME team.",  # the company as some write it
        "It is OK, I'm sure.",
    ],
)
def test_acronyms_and_one_emphasised_word_are_not_shouting(remark):
    assert "shouting" not in problems(with_remark(remark))


def test_a_shouted_word_in_the_middle_keeps_the_sentence_in_its_case():
    text = with_remark("Thank you, it is REALLY VERY kind of you.")
    [finding] = problems(text)["shouting"]
    assert finding.fix.replace == "really very"


def test_one_shouted_word_is_enough_in_a_short_subject():
    [finding] = problems(GOOD, subject="URGENT: my interview")["shouting"]
    assert finding.quote == "URGENT"
    assert apply_fix(subject="URGENT: my interview", body=GOOD, fix=finding.fix) == (
        "Urgent: my interview",
        GOOD,
    )


def test_clipped_sentences_are_curt_and_given_their_subject():
    pause = make_answers(action=Action.PAUSE, tone=Tone.BRIEF)
    text = "Hi Ana,\n\nThanks. Need more time. Will let you know.\n\nBest,\nSam"
    found = problems(text, pause)
    assert [finding.quote for finding in found["curt"]] == ["Need more time.", "Will let you know."]
    for finding in found["curt"]:
        text = apply_fix(subject="", body=text, fix=finding.fix)[1]
    assert text == "Hi Ana,\n\nThanks. I need more time. I will let you know.\n\nBest,\nSam"
    assert "curt" not in problems(text, pause)


@pytest.mark.parametrize(
    "sentence", ["Not interested at this time.", "Not interested right now.", "Not interested."]
)
def test_a_bare_not_interested_is_curt_whatever_the_time(sentence):
    text = with_remark(sentence)
    [finding] = problems(text)["curt"]
    assert finding.quote == sentence


@pytest.mark.parametrize(
    "remark",
    [
        "Will get back to you by Friday.",  # one, in a warm email
        "I'm not interested in moving at the moment, but thank you.",
        "Not just now, but I'd be glad to hear from you later.",
        "Would it be possible to keep in touch?",
    ],
)
def test_one_informal_sentence_or_a_kind_no_is_not_curt(remark):
    assert "curt" not in problems(with_remark(remark))


@pytest.mark.parametrize(
    "ask", ["Could we talk about the base salary?", "Could I ask about the starting pay?"]
)
def test_asking_about_the_pay_states_a_negotiation(ask):
    negotiate = make_answers(action=Action.NEGOTIATE)
    text = GOOD.replace("After some thought, I've decided to decline the invitation.", ask)
    assert "decision" not in problems(text, negotiate)


def test_a_one_letter_name_is_not_read_into_ordinary_words():
    answers = make_answers(action=Action.DECLINE, contact={"name": "Ana A"})
    # "I" after "Ana" was read as "Ana A" misspelt.
    text = with_remark("Thank you, Ana; I will be in touch, and so will A.")
    assert "contact" not in problems(text, answers)


def test_a_hyphenated_role_in_the_subject_is_not_another_company():
    answers = make_answers(action=Action.DECLINE, role="Front-End Developer")
    subject = "Interview for Front-End Developer at Acme"
    assert "company" not in problems(GOOD, answers, subject=subject)


def test_xx_in_the_role_itself_is_not_a_placeholder():
    answers = make_answers(action=Action.DECLINE, role="XX Platform Lead")
    text = GOOD.replace("Product Designer", "XX Platform Lead")
    assert "placeholder" not in problems(text, answers, subject="XX Platform Lead at Acme")


def test_every_critical_word_in_a_sentence_is_quoted_and_the_sentence_removed_once():
    text = with_remark("The recruiter was pushy, the pay is below market and the process endless.")
    found = problems(text)["negative"]
    assert [finding.quote for finding in found] == ["pushy", "below market", "endless"]
    assert [finding.fix.label if finding.fix else None for finding in found] == [
        "Remove this sentence",
        None,
        None,
    ]
    assert "negative" not in problems(apply_fix(subject="", body=text, fix=found[0].fix)[1])


def test_greeting_them_by_a_middle_name_is_greeting_them():
    answers = make_answers(action=Action.DECLINE, contact={"name": "Ana María Rivera"})
    assert problems(GOOD.replace("Hi Ana,", "Hi María,"), answers) == {}


def test_a_sender_named_like_a_close_still_has_their_close_found():
    """Their name is taken out of a close line ("Best, Sam"), but not out of the close itself."""
    answers = make_answers(action=Action.DECLINE, sender={"name": "Sam Regards"})
    text = GOOD.replace("Sam Lee", "Sam Regards").replace("Best regards,", "Kind regards,")
    assert problems(text, answers=answers) == {}
    assert problems(text.replace("Kind regards,\n", ""), answers=answers).keys() >= {"close"}
