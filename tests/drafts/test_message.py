"""Issue 4 at the page level: "Your message", its edits and conflicts, and every way out of it.

The composer's words are tested in tests/compose/; here they are read back from the pages and
files as a person (or their mail client, or their calendar) would get them.
"""

import datetime as dt
import email.parser
import email.policy
import email.utils
from urllib.parse import parse_qs, unquote, urlsplit

import html5lib
import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from declinewiz.compose.etiquette import CHECKS
from declinewiz.compose.exports import script_as_text
from declinewiz.compose.writer import compose_all
from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.models import Draft
from tests.factories import PHONE, DraftFactory, draft_with_every_step

# Three apologies, a placeholder left in, and otherwise a decent email.
CLUMSY_BODY = """Dear Ms Rivera,

Thank you for the invitation. I'm sorry, but I have decided to decline the interview.
I apologise for any trouble, and I'm so sorry again.

[Name], thank you again.

Kind regards,
Sam Lee"""


# Reading the pages ---------------------------------------------------------------------------


def url(name, draft):
    return reverse(f"drafts:{name}", kwargs={"draft_id": draft.id})


def text_of(element):
    return " ".join("".join(element.itertext()).split())


class Page:
    """A rendered page, parsed the way a browser would parse it."""

    def __init__(self, response):
        assert response.status_code == 200, response.status_code
        self.html = response.content.decode()
        self.tree = html5lib.parse(self.html, namespaceHTMLElements=False)

    def all(self, tag):
        return self.tree.findall(f".//{tag}")

    def textarea(self, name):
        """A text box's contents (the parser drops the newline that follows <textarea>)."""
        found = [box for box in self.all("textarea") if box.get("name") == name]
        return found[0].text or "" if found else None

    def field(self, name):
        """What the browser would submit for a field: a text box, an input or a hidden input."""
        box = self.textarea(name)
        if box is not None:
            return box
        inputs = [i for i in self.all("input") if i.get("name") == name]
        return inputs[0].get("value", "") if inputs else None

    def input_type(self, name):
        inputs = [i for i in self.all("input") if i.get("name") == name]
        return inputs[0].get("type", "text") if inputs else None

    def link(self, text):
        links = [a for a in self.all("a") if text in text_of(a)]
        assert links, f"no link {text!r}"
        return links[0].get("href")

    def buttons(self):
        return [text_of(button) for button in self.all("button")]

    def section(self, heading):
        for section in self.all("section"):
            title = section.find(".//h2")
            if title is not None and text_of(title) == heading:
                return section
        return None

    def findings(self):
        """The etiquette check as (badge, advice) pairs."""
        section = self.section("Etiquette check")
        assert section is not None
        pairs = []
        for item in section.findall(".//li"):
            spans = item.findall("span")
            badge = text_of(spans[0])
            advice = text_of(spans[1]) if len(spans) > 1 else text_of(item)[len(badge) :].strip()
            pairs.append((badge, advice))
        return pairs

    def fix_buttons(self):
        """The etiquette check's one-click fixes as {label: value}, each submitting the form."""
        section = self.section("Etiquette check")
        found = {}
        for button in section.findall(".//button"):
            assert button.get("form") == "message-form"
            found[text_of(button)] = button.get("value")
        return found

    def alert(self, title):
        for element in self.tree.iter():
            if element.get("role") == "alert" and title in text_of(element):
                return element
        return None

    def form_data(self, **changes):
        """What pressing Save sends: every field of the message form as the page holds it."""
        data = {name: self.field(name) for name in ("version", "subject", "body", "script")}
        return {**data, "intent": "save", **changes}

    @property
    def text(self):
        return text_of(self.tree)


def open_message(client, draft):
    return Page(client.get(url("message", draft)))


def outputs_for(draft):
    return compose_all(answers_from_draft(draft))


def business_days_after(day, count):
    while count:
        day += dt.timedelta(days=1)
        count -= day.weekday() < 5
    return day


@pytest.fixture
def email_draft(owner):
    return draft_with_every_step(owner=owner, channel="email")


@pytest.fixture
def phone_draft(owner):
    return draft_with_every_step(owner=owner, channel="phone")


@pytest.fixture
def call_then_email_draft(owner):
    return draft_with_every_step(owner=owner, channel="phone_then_email")


# What the page shows -------------------------------------------------------------------------


def test_an_email_draft_shows_the_email_and_its_etiquette_check(owner_client, email_draft):
    generated = outputs_for(email_draft).email
    page = open_message(owner_client, email_draft)

    assert page.field("subject") == generated.subject
    assert page.textarea("body") == generated.body
    assert page.section("Phone script") is None
    assert page.input_type("script") == "hidden"
    # The generated email passes every check, and each finding says so.
    findings = page.findings()
    assert len(findings) == len(CHECKS)
    assert {badge for badge, _ in findings} == {"OK"}
    assert "I've sent it" in page.buttons()
    assert "Copy email" in page.buttons()


def test_a_phone_draft_shows_the_script_and_no_email(owner_client, phone_draft):
    script = script_as_text(outputs_for(phone_draft).phone_script)
    page = open_message(owner_client, phone_draft)

    assert page.textarea("script") == script
    assert page.textarea("body") is None
    assert page.input_type("body") == "hidden"
    assert page.section("Email") is None
    assert "Ask for Ms Ana Rivera" in page.textarea("script")
    assert "I've called them" in page.buttons()
    assert page.section("Etiquette check") is None  # no email on the page, so no email check


def test_the_script_reads_as_a_script_with_its_text_one_click_away(owner_client, phone_draft):
    script = outputs_for(phone_draft).phone_script
    page = open_message(owner_client, phone_draft)
    section = page.section("Phone script")

    # The one sentence to say, on its own under its own heading, before the parts to say.
    sentence = script.before_you_call[-1]
    [block] = [s for s in section.findall(".//section") if text_of(s.find("h3")) == sentence.title]
    assert text_of(block.find("p")) == sentence.text
    parts = [text_of(item) for item in section.find(".//ol").findall("li")]
    assert parts == [f"{part.title}. {part.text}" for part in script.sections]
    # Each likely question with its answer, and the voicemail, as blocks of their own.
    pairs = [(text_of(d.find("dt")), text_of(d.find("dd"))) for d in section.findall(".//dl/div")]
    for item in script.pushback:
        assert (f"“{item.question}”", item.answer) in pairs
    [voicemail] = [s for s in section.findall(".//section") if "voicemail" in text_of(s.find("h3"))]
    assert text_of(voicemail.find("p")) == script.voicemail
    # The text to edit is behind "Edit the script", closed until asked for.
    [edit] = section.findall(".//details")
    assert text_of(edit.find("summary")) == "Edit the script"
    assert edit.find(".//textarea").get("name") == "script"
    assert edit.get("open") is None


def test_an_edited_script_is_shown_in_the_persons_own_parts(owner_client, phone_draft):
    phone_draft.edited_script = "Ask for Ana.\n\nSay no, kindly."
    phone_draft.save()
    section = open_message(owner_client, phone_draft).section("Phone script")
    assert [text_of(item) for item in section.find(".//ol").findall("li")] == [
        "Ask for Ana.",
        "Say no, kindly.",
    ]
    assert "Before you call" not in text_of(section)


def test_the_script_box_opens_when_it_holds_a_mistake(owner_client, phone_draft):
    page = open_message(owner_client, phone_draft)
    response = owner_client.post(url("message", phone_draft), page.form_data(script="y" * 20_001))
    [edit] = Page(response).section("Phone script").findall(".//details")
    assert edit.get("open") is not None


def test_print_is_offered_only_when_there_is_a_call_to_make(
    owner_client, email_draft, call_then_email_draft
):
    links = [text_of(a) for a in open_message(owner_client, email_draft).all("a")]
    assert "Print the phone script" not in links
    page = open_message(owner_client, call_then_email_draft)
    assert page.link("Print the phone script") == url("print-script", call_then_email_draft)


def test_a_call_then_email_draft_shows_the_script_and_the_short_confirmation_email(
    owner_client, call_then_email_draft
):
    outputs = outputs_for(call_then_email_draft)
    confirmation = outputs.phone_script.follow_up_email
    page = open_message(owner_client, call_then_email_draft)

    assert page.textarea("script") == script_as_text(outputs.phone_script)
    assert page.field("subject") == confirmation.subject
    assert page.textarea("body") == confirmation.body
    assert confirmation.body != outputs.email.body
    assert {badge for badge, _ in page.findings()} == {"OK"}
    assert "I've sent it" in page.buttons()


@pytest.mark.parametrize(
    "view", ["message", "download-eml", "download-txt", "download-ics", "print-script"]
)
def test_a_draft_with_answers_missing_is_sent_to_its_first_unanswered_step(
    owner_client, owner, view
):
    draft = DraftFactory(owner=owner)  # the situation and the people only
    response = owner_client.get(url(view, draft))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "drafts:step", kwargs={"draft_id": draft.id, "step": "reasons"}
    )


def test_marking_a_draft_with_answers_missing_as_done_changes_nothing(owner_client, owner):
    draft = DraftFactory(owner=owner)
    response = owner_client.post(url("mark-done", draft))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status != Draft.Status.DONE
    assert draft.done_at is None


# Saving edits --------------------------------------------------------------------------------


def test_edits_are_kept_apart_from_the_generated_text_and_shown_on_reload(
    owner_client, call_then_email_draft
):
    draft = call_then_email_draft
    before = outputs_for(draft)
    page = open_message(owner_client, draft)
    edits = {
        "subject": "Thank you, and my decision",
        "body": f"{page.textarea('body')}\n\nP.S. Added by me.",
        "script": page.textarea("script").replace("IF THEY ASK", "IF THEY ASK (stay calm)"),
    }

    response = owner_client.post(url("message", draft), page.form_data(**edits))
    assert response.status_code == 302
    assert response["Location"] == url("message", draft)

    draft.refresh_from_db()
    assert draft.edited_subject == edits["subject"]
    assert draft.edited_body == edits["body"]
    assert draft.edited_script == edits["script"]
    assert outputs_for(draft) == before  # the generated words are untouched
    reloaded = open_message(owner_client, draft)
    assert "Your changes are saved." in reloaded.text
    assert reloaded.field("subject") == edits["subject"]
    assert reloaded.textarea("body") == edits["body"]
    assert reloaded.textarea("script") == edits["script"]
    assert "Reset to generated" in reloaded.buttons()


def test_only_the_text_that_was_changed_is_stored_as_an_edit(owner_client, call_then_email_draft):
    draft = call_then_email_draft
    page = open_message(owner_client, draft)
    # A browser sends text boxes with CRLF line breaks; that is not an edit.
    unchanged = page.form_data(body=page.textarea("body").replace("\n", "\r\n"))
    owner_client.post(url("message", draft), {**unchanged, "subject": "My own subject"})

    draft.refresh_from_db()
    assert draft.edited_subject == "My own subject"
    assert draft.edited_body == ""
    assert draft.edited_script == ""


def test_saving_the_generated_text_unchanged_stores_no_edit(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    owner_client.post(url("message", email_draft), page.form_data())
    email_draft.refresh_from_db()
    assert (email_draft.edited_subject, email_draft.edited_body, email_draft.edited_script) == (
        "",
        "",
        "",
    )
    assert email_draft.version == 2


def test_reset_to_generated_clears_every_edit(owner_client, call_then_email_draft):
    draft = call_then_email_draft
    generated = open_message(owner_client, draft)
    draft.edited_subject, draft.edited_body, draft.edited_script = "Mine", "My body", "My script"
    draft.save()
    page = open_message(owner_client, draft)
    assert page.textarea("body") == "My body"

    response = owner_client.post(url("message", draft), page.form_data(intent="reset"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.edited_subject, draft.edited_body, draft.edited_script) == ("", "", "")
    reset = open_message(owner_client, draft)
    assert "Back to the generated wording." in reset.text
    assert reset.field("subject") == generated.field("subject")
    assert reset.textarea("body") == generated.textarea("body")
    assert reset.textarea("script") == generated.textarea("script")
    assert "Reset to generated" not in reset.buttons()


def test_reset_works_even_when_the_email_box_was_emptied(owner_client, email_draft):
    email_draft.edited_body = "My body"
    email_draft.save()
    page = open_message(owner_client, email_draft)
    response = owner_client.post(
        url("message", email_draft), page.form_data(body="", intent="reset")
    )
    assert response.status_code == 302
    email_draft.refresh_from_db()
    assert email_draft.edited_body == ""


def test_another_wording_changes_the_variant_and_the_generated_words(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    response = owner_client.post(url("message", email_draft), page.form_data(intent="variant"))
    assert response.status_code == 302

    email_draft.refresh_from_db()
    assert email_draft.variant == 1
    assert email_draft.edited_body == ""
    again = open_message(owner_client, email_draft)
    assert "Here's another wording." in again.text
    assert again.textarea("body") == outputs_for(email_draft).email.body
    assert again.textarea("body") != page.textarea("body")
    assert {badge for badge, _ in again.findings()} == {"OK"}


def test_another_wording_keeps_saved_edits_and_says_how_to_see_it(owner_client, email_draft):
    email_draft.edited_body = "Dear Ms Rivera,\n\nMy own words.\n\nSam Lee"
    email_draft.save()
    page = open_message(owner_client, email_draft)
    owner_client.post(url("message", email_draft), page.form_data(intent="variant"))

    email_draft.refresh_from_db()
    assert email_draft.variant == 1
    assert email_draft.edited_body == "Dear Ms Rivera,\n\nMy own words.\n\nSam Lee"
    again = open_message(owner_client, email_draft)
    assert "“Reset to generated” shows the new wording" in again.text
    assert again.textarea("body") == email_draft.edited_body


def test_the_etiquette_check_reads_the_edited_text_and_never_blocks_saving(
    owner_client, email_draft
):
    page = open_message(owner_client, email_draft)
    response = owner_client.post(url("message", email_draft), page.form_data(body=CLUMSY_BODY))
    assert response.status_code == 302
    email_draft.refresh_from_db()
    assert email_draft.edited_body == CLUMSY_BODY

    findings = open_message(owner_client, email_draft).findings()
    checks = [advice for badge, advice in findings if badge == "Check"]
    assert checks == [
        "Replace “[Name]” with the real words before you send it.",
        "“so sorry” apologises more than you need to: one short apology is enough.",
    ]
    assert ("OK", "You greet them by name.") in findings


def test_a_one_click_fix_saves_the_email_with_the_change_and_checks_it_again(
    owner_client, email_draft
):
    page = open_message(owner_client, email_draft)
    broken = page.textarea("body").replace(email_draft.company, "Globex")
    owner_client.post(url("message", email_draft), page.form_data(body=broken))

    # Saving what they just broke shows the finding for it, with the fix as a button.
    page = open_message(owner_client, email_draft)
    assert any("“Globex” is not the company" in advice for _, advice in page.findings())
    label = f"Use “{email_draft.company}”"
    fix = page.fix_buttons()[label]

    email_draft.refresh_from_db()
    version = email_draft.version
    response = owner_client.post(url("message", email_draft), {**page.form_data(), "fix": fix})
    assert response.status_code == 302
    email_draft.refresh_from_db()
    assert "Globex" not in email_draft.edited_body
    assert email_draft.version == version + 1
    again = open_message(owner_client, email_draft)
    assert f"Done: use “{email_draft.company}”." in again.text
    assert {badge for badge, _ in again.findings()} == {"OK"}


def test_a_wrong_company_in_the_subject_is_fixed_in_the_subject(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    body = page.textarea("body")
    owner_client.post(url("message", email_draft), page.form_data(subject="Interview at Globex"))

    page = open_message(owner_client, email_draft)
    assert any(
        advice.startswith("In the subject, “Globex” is not the company")
        for badge, advice in page.findings()
    )
    fix = page.fix_buttons()[f"Use “{email_draft.company}”"]
    owner_client.post(url("message", email_draft), {**page.form_data(), "fix": fix})
    email_draft.refresh_from_db()
    assert email_draft.edited_subject == f"Interview at {email_draft.company}"
    assert open_message(owner_client, email_draft).textarea("body") == body


def test_a_fix_keeps_what_was_typed_beside_it(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    owner_client.post(url("message", email_draft), page.form_data(body=CLUMSY_BODY))
    page = open_message(owner_client, email_draft)
    fix = page.fix_buttons()["Remove this sentence"]

    typed = page.form_data(subject="My own subject")
    owner_client.post(url("message", email_draft), {**typed, "fix": fix})
    email_draft.refresh_from_db()
    assert email_draft.edited_subject == "My own subject"
    assert "so sorry again" not in email_draft.edited_body
    assert "I'm sorry, but I have decided to decline the interview." in email_draft.edited_body


def test_a_fix_that_no_longer_fits_changes_nothing_but_the_typing(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    response = owner_client.post(
        url("message", email_draft), {**page.form_data(body=CLUMSY_BODY), "fix": "0" * 16}
    )
    assert response.status_code == 302
    email_draft.refresh_from_db()
    assert email_draft.edited_body == CLUMSY_BODY
    assert (
        "That suggestion no longer fits the email" in open_message(owner_client, email_draft).text
    )


def test_a_fix_from_an_old_tab_overwrites_nothing(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    owner_client.post(url("message", email_draft), page.form_data(body=CLUMSY_BODY))
    stale = open_message(owner_client, email_draft)
    fix = stale.fix_buttons()["Remove this sentence"]
    owner_client.post(url("message", email_draft), stale.form_data(body=CLUMSY_BODY + "\nPS"))

    response = owner_client.post(url("message", email_draft), {**stale.form_data(), "fix": fix})
    assert response.status_code == 200
    assert Page(response).alert("This draft changed in another tab") is not None
    email_draft.refresh_from_db()
    assert email_draft.edited_body == CLUMSY_BODY + "\nPS"


def test_the_private_note_is_checked_against_the_email(owner_client, email_draft):
    email_draft.private_note = "The hiring manager shouted at an intern while I waited."
    email_draft.save()
    page = open_message(owner_client, email_draft)
    leaked = page.textarea("body").replace(
        "\n\n", "\n\nThe hiring manager shouted at an intern while I waited.\n\n", 1
    )
    owner_client.post(url("message", email_draft), page.form_data(body=leaked))
    findings = open_message(owner_client, email_draft).findings()
    assert any("a reason you chose to keep private" in advice for _, advice in findings)


def test_the_etiquette_check_of_an_unsaved_page_reads_what_was_typed(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    # The subject is refused, so the page comes back with the typing in it, checked.
    response = owner_client.post(
        url("message", email_draft), page.form_data(subject="", body=CLUMSY_BODY)
    )
    again = Page(response)
    assert again.alert("There is a problem") is not None
    assert again.textarea("body") == CLUMSY_BODY
    checks = [advice for badge, advice in again.findings() if badge == "Check"]
    assert len(checks) == 2
    assert checks[0].startswith("Replace “[Name]”")
    email_draft.refresh_from_db()
    assert email_draft.edited_body == ""


# Two tabs ------------------------------------------------------------------------------------


def test_the_later_of_two_saves_is_told_of_the_conflict_and_overwrites_nothing(
    owner_client, email_draft
):
    tab_a = open_message(owner_client, email_draft)
    tab_b = open_message(owner_client, email_draft)
    body_a = f"{tab_a.textarea('body')}\n\nP.S. From tab A."
    body_b = f"{tab_b.textarea('body')}\n\nP.S. From tab B."

    saved = owner_client.post(url("message", email_draft), tab_a.form_data(body=body_a))
    assert saved.status_code == 302
    response = owner_client.post(url("message", email_draft), tab_b.form_data(body=body_b))

    conflict = Page(response)
    notice = conflict.alert("This draft changed in another tab")
    assert notice is not None
    assert "P.S. From tab A." in text_of(notice)  # the saved version
    assert conflict.textarea("body") == body_b  # and theirs, still in the box
    email_draft.refresh_from_db()
    assert email_draft.edited_body == body_a
    assert email_draft.version == 2
    assert conflict.field("version") == "2"

    # Having seen both, saving again keeps what tab B wrote.
    response = owner_client.post(url("message", email_draft), conflict.form_data())
    assert response.status_code == 302
    email_draft.refresh_from_db()
    assert email_draft.edited_body == body_b
    assert email_draft.version == 3


def test_a_save_that_loses_the_race_at_the_write_is_a_conflict_too(
    owner_client, email_draft, monkeypatch
):
    """Another tab saves between this request reading the draft and writing it."""
    page = open_message(owner_client, email_draft)
    save_if_unchanged = Draft.save_if_unchanged

    def another_tab_first(draft, **kwargs):
        Draft.objects.filter(pk=draft.pk).update(
            version=draft.version + 1, edited_body="Dear Ms Rivera,\n\nThe other tab.\n\nSam Lee"
        )
        return save_if_unchanged(draft, **kwargs)

    monkeypatch.setattr(Draft, "save_if_unchanged", another_tab_first)
    response = owner_client.post(url("message", email_draft), page.form_data(body="Mine."))

    conflict = Page(response)
    assert "The other tab." in text_of(conflict.alert("This draft changed in another tab"))
    assert conflict.textarea("body") == "Mine."
    email_draft.refresh_from_db()
    assert email_draft.edited_body == "Dear Ms Rivera,\n\nThe other tab.\n\nSam Lee"


def test_a_conflicting_reset_resets_nothing(owner_client, email_draft):
    page = open_message(owner_client, email_draft)
    email_draft.edited_body = "Saved in another tab."
    email_draft.version += 1
    email_draft.save()
    response = owner_client.post(url("message", email_draft), page.form_data(intent="reset"))
    assert Page(response).alert("This draft changed in another tab") is not None
    email_draft.refresh_from_db()
    assert email_draft.edited_body == "Saved in another tab."


# Done, and the ways out ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "button"), [("email", "I've sent it"), ("phone", "I've called them")]
)
def test_marking_as_sent_or_called_records_the_date(owner_client, owner, channel, button):
    draft = draft_with_every_step(owner=owner, channel=channel)
    assert button in open_message(owner_client, draft).buttons()

    response = owner_client.post(url("mark-done", draft))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Draft.Status.DONE
    assert abs(timezone.now() - draft.done_at) < dt.timedelta(minutes=1)
    page = open_message(owner_client, draft)
    day = timezone.localdate(draft.done_at)
    assert f"Marked as done on {day.day} {day:%B %Y}." in page.text
    assert button not in page.buttons()


def test_the_eml_is_a_real_message_with_the_current_edited_words(owner_client, email_draft):
    email_draft.edited_subject = "Merci – and my decision"
    email_draft.edited_body = (
        "Dear Ms Rivera,\n\nThank you. I'm declining — señora, ¡gracias!\n\nSam"
    )
    email_draft.save()
    response = owner_client.get(url("download-eml", email_draft))

    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"].startswith("attachment;")
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(response.content)
    assert message["To"].addresses[0].addr_spec == "ana@acme.example"
    assert message["To"].addresses[0].display_name == "Ana Rivera"
    assert message["Subject"] == email_draft.edited_subject
    sent = email.utils.parsedate_to_datetime(message["Date"])
    assert abs(timezone.now() - sent) < dt.timedelta(minutes=1)
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    # On the wire (and in the file) lines end in CRLF, as RFC 5322 asks.
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == email_draft.edited_body
    assert not message.defects


def test_the_eml_of_a_call_then_email_draft_is_the_confirmation(
    owner_client, call_then_email_draft
):
    confirmation = outputs_for(call_then_email_draft).phone_script.follow_up_email
    response = owner_client.get(url("download-eml", call_then_email_draft))
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(response.content)
    assert message["Subject"] == confirmation.subject
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == confirmation.body


def test_the_txt_holds_the_email_and_for_a_call_the_edited_script(
    owner_client, call_then_email_draft
):
    draft = call_then_email_draft
    draft.edited_script = "Ask for Ana.\n\nSay it kindly, my own way."
    draft.save()
    confirmation = outputs_for(draft).phone_script.follow_up_email
    response = owner_client.get(url("download-txt", draft))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert f"Subject: {confirmation.subject}" in text
    assert confirmation.body in text
    assert "PHONE SCRIPT" in text
    assert "Say it kindly, my own way." in text


def test_the_txt_of_an_email_draft_has_no_script(owner_client, email_draft):
    generated = outputs_for(email_draft).email
    text = owner_client.get(url("download-txt", email_draft)).content.decode()
    assert text.startswith(f"Subject: {generated.subject}\n")
    assert generated.body in text
    assert "PHONE SCRIPT" not in text


def ics_event(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    return event


@pytest.mark.parametrize(
    ("sent_on", "follow_up_on"),
    [
        (dt.date(2025, 1, 2), dt.date(2025, 1, 7)),  # Thursday -> Tuesday
        (dt.date(2025, 1, 3), dt.date(2025, 1, 8)),  # Friday -> Wednesday
        (dt.date(2025, 1, 6), dt.date(2025, 1, 9)),  # Monday -> Thursday
    ],
    ids=["thursday", "friday", "monday"],
)
def test_the_reminder_is_three_business_days_after_it_was_sent(
    owner_client, email_draft, sent_on, follow_up_on
):
    email_draft.status = Draft.Status.DONE
    email_draft.done_at = timezone.make_aware(dt.datetime.combine(sent_on, dt.time(12)))
    email_draft.save()

    event = ics_event(owner_client.get(url("download-ics", email_draft)))
    assert event.decoded("dtstart") == follow_up_on
    assert "Ana Rivera" in str(event["summary"])
    # The page offers the reminder for the same day.
    assert f"for {follow_up_on:%A} {follow_up_on.day} {follow_up_on:%B}" in (
        open_message(owner_client, email_draft).text
    )


def test_before_it_is_sent_the_reminder_is_three_business_days_after_today(
    owner_client, email_draft
):
    event = ics_event(owner_client.get(url("download-ics", email_draft)))
    assert event.decoded("dtstart") == business_days_after(timezone.localdate(), 3)


def test_the_mail_link_round_trips_to_the_current_subject_and_body(owner_client, email_draft):
    email_draft.edited_subject = "Thanks & my decision: 100% final?"
    email_draft.edited_body = "Dear Ms Rivera,\n\nA+B = ça va & more #1?\n\nSam"
    email_draft.save()
    href = open_message(owner_client, email_draft).link("Open in your mail app")

    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "ana@acme.example"
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["subject"] == [email_draft.edited_subject]
    assert query["body"][0].replace("\r\n", "\n") == email_draft.edited_body


def test_a_phone_draft_offers_no_mail_link_or_eml(owner_client, phone_draft):
    page = open_message(owner_client, phone_draft)
    links = [text_of(a) for a in page.all("a")]
    assert not any("mail app" in link or ".eml" in link for link in links)
    assert page.link("Print the phone script") == url("print-script", phone_draft)


# The printable script ------------------------------------------------------------------------


def test_the_print_view_is_paper_only_with_the_contact_on_top_and_a_box_per_part(
    owner_client, call_then_email_draft
):
    script = outputs_for(call_then_email_draft).phone_script
    page = Page(owner_client.get(url("print-script", call_then_email_draft)))

    for tag in ("nav", "button", "form", "a", "input", "textarea", "script"):
        assert page.all(tag) == [], f"a <{tag}> on the printed page"
    [h1] = page.all("h1")
    assert text_of(h1) == "Call Ana Rivera"
    header = page.all("header")[0]
    assert PHONE in text_of(header)
    assert page.text.index(PHONE) < page.text.index("Before you call")
    ticks = [span for span in page.all("span") if "tick" in span.get("class", "").split()]
    assert len(ticks) == len(script.sections)
    for section in script.sections:
        assert section.text in page.text
    assert script.voicemail in page.text
    assert "Notes" in page.text
    assert 'href="/static/css/print.css"' in page.html


def test_the_print_view_of_an_edited_script_shows_the_users_parts(owner_client, phone_draft):
    phone_draft.edited_script = "Ask for Ana.\n\nSay no, kindly.\r\n\n\nThank her & hang up."
    phone_draft.save()
    page = Page(owner_client.get(url("print-script", phone_draft)))

    items = [text_of(item) for item in page.all("li")]
    assert items == ["Ask for Ana.", "Say no, kindly.", "Thank her & hang up."]
    ticks = [span for span in page.all("span") if "tick" in span.get("class", "").split()]
    assert len(ticks) == 3
    assert "Before you call" not in page.text  # the generated script is not mixed in


# Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"body": "x" * 20_001}, "body", "at most 10000 characters (it has 20001)"),
        ({"script": "y" * 20_001}, "script", "at most 20000 characters (it has 20001)"),
        ({"subject": ""}, "subject", "Enter a subject line."),
        ({"subject": " \r\n\t"}, "subject", "Enter a subject line."),
        ({"body": ""}, "body", "The email is empty. Write it, or reset to the generated one."),
        ({"body": " \r\n \r\n"}, "body", "The email is empty."),
        ({"subject": "s" * 301}, "subject", "at most 300 characters"),
        ({"body": "Hello\x00there"}, "body", "Null characters are not allowed."),
    ],
)
def test_bad_input_gets_a_message_at_the_field_and_saves_nothing(
    owner_client, call_then_email_draft, changes, field, message
):
    draft = call_then_email_draft
    page = open_message(owner_client, draft)
    response = owner_client.post(url("message", draft), page.form_data(**changes))

    again = Page(response)
    summary = again.alert("There is a problem")
    assert summary is not None
    assert message in text_of(summary)
    assert f'href="#id_{field}"' in again.html
    assert again.html.count(message) == 2  # in the summary and at the field
    draft.refresh_from_db()
    assert draft.version == 1
    assert (draft.edited_subject, draft.edited_body, draft.edited_script) == ("", "", "")


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"intent": "save"},
        {"version": "abc", "subject": "S", "body": "B"},
        {"version": "-1", "subject": "S", "body": "B", "intent": "variant"},
        {"version": str(2**70), "subject": "S", "body": "B", "intent": "reset"},
        {"version": "1", "subject": "S", "body": "B", "intent": "nonsense"},
        {"version": "1", "subject": ["a", "b"], "body": "B"},
    ],
)
def test_odd_posts_never_break_the_page(owner_client, email_draft, data):
    response = owner_client.post(url("message", email_draft), data)
    assert response.status_code in (200, 302)
    email_draft.refresh_from_db()
    assert email_draft.variant == 0


def test_another_wording_keeps_what_was_typed_in_the_boxes(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    owner_client.post(
        url("message", draft),
        {
            "version": draft.version,
            "subject": "My own subject",
            "body": "Hi Ana,\n\nMy words.",
            "script": "",
            "intent": "variant",
        },
    )
    draft.refresh_from_db()
    assert draft.variant == 1
    assert draft.edited_subject == "My own subject"
    assert draft.edited_body == "Hi Ana,\n\nMy words."
