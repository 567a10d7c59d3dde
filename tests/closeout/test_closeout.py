"""Issue 13: after accepting an offer, every other process closed in one sitting."""

import datetime as dt
import email.parser
import email.policy
import html
import io
import re
import urllib.parse
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone

from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.compose.catalogue import REASONS
from declinewiz.compose.types import Stage
from declinewiz.drafts.message_views import Message
from declinewiz.drafts.models import Draft, DraftEvent
from tests.answers import FULL
from tests.closeout_journey import (
    ACCEPTED,
    checklist_url,
    formset_data,
    processes_url,
    seven_processes,
    start_closeout,
)
from tests.factories import PHONE, DraftFactory

OFFER = Stage.OFFER.value


@pytest.fixture
def seven(owner_client, owner):
    """A close-out of seven processes at every stage, written; and what each should get."""
    quick_rows, expected = seven_processes(owner, now=timezone.now())
    closeout = start_closeout(owner_client)
    page = owner_client.get(processes_url(closeout))
    data = formset_data(page.context["formset"], quick_rows=quick_rows)
    response = owner_client.post(processes_url(closeout), data)
    assert response.status_code == 302, _errors(response)
    assert response["Location"] == checklist_url(closeout)
    return closeout, expected


def _errors(response):
    formset = response.context["formset"]
    return formset.non_form_errors(), [form.errors for form in formset.forms]


def drafts_of(closeout):
    return {row.draft.company: row.draft for row in closeout.rows.select_related("draft")}


def test_each_process_gets_the_action_and_channel_its_stage_calls_for(seven):
    closeout, expected = seven
    drafts = drafts_of(closeout)
    # Without their number, the channel stored is email, as the checklist shows it.
    assert {company: (d.action, d.channel) for company, d in drafts.items()} == expected
    for draft in drafts.values():
        assert draft.status == Draft.Status.READY
        assert draft.reasons == ["offer_accepted"]
        assert draft.tone == "warm"


# What each stage's email is about: its subject, what its first sentence thanks them for and
# the decision it says, with the company and role left out.
BY_STAGE = {
    "cold_outreach": ("{role} at {company}: thank you", "reaching out to me", "this opportunity"),
    "invited": ("Your interview invitation: {role} at {company}", "inviting me", "the invitation"),
    "scheduled": (
        "Cancelling my interview: {role} at {company}",
        "arranging my interview",
        "cancel our interview on ",
    ),
    "mid_process": (
        "Withdrawing my application: {role} at {company}",
        "rounds of interviews",
        "withdraw my application",
    ),
    "offer": ("Your offer: {role} at {company}", "offering me", "decline your offer"),
}


def test_seven_different_messages_each_naming_its_contact_and_role(seven):
    """Not one text with the names changed: each stage has its own subject, its own thanks
    and its own decision, and a call first is followed by the short confirmation."""
    closeout, expected = seven
    bodies = {}
    for company, draft in drafts_of(closeout).items():
        words = Message(draft)
        text = f"{words.subject}\n{words.body}\n{words.script}"
        assert "Hi there" not in text
        assert draft.contact_name.split()[0] in words.body, company
        assert draft.role in text, company
        assert company in text
        assert "accepted another offer" in text, company
        bodies[company] = words.body

        email = words.outputs.email
        subject, thanks, decision = BY_STAGE[draft.stage]
        assert email.subject == subject.format(role=draft.role, company=company), company
        opening = email.body.split("\n\n")[1].split(". ")[0]
        assert opening.startswith("Thank you so much for "), company
        assert thanks in opening, company
        assert f"the {draft.role} role at {company}" in opening, company
        assert decision in email.body, company
        if expected[company][1] == "phone_then_email":
            # What is sent after the call confirms it: the same decision, said again.
            assert words.subject.startswith("Following up on my call: "), company
            assert "As I said" in words.body, company
            assert decision in words.body, company
    assert len(set(bodies.values())) == 7
    stages = {draft.stage for draft in drafts_of(closeout).values()}
    assert stages == set(BY_STAGE)


def test_the_accepted_offer_is_never_messaged(seven, owner):
    _closeout, _ = seven
    offer = Draft.objects.get(owner=owner, company=ACCEPTED["company"])
    assert not CloseOutProcess.objects.filter(draft=offer).exists()
    assert offer.reasons == FULL["reasons"]  # untouched
    assert offer.status == Draft.Status.READY


def test_ticking_the_accepted_offer_is_refused_at_the_row(owner_client, owner):
    DraftFactory(owner=owner, ready=True, **ACCEPTED)
    closeout = start_closeout(owner_client)
    page = owner_client.get(processes_url(closeout))
    formset = page.context["formset"]
    assert formset.forms[0].initial["include"] is False  # not ticked to begin with
    data = formset_data(formset, changes={ACCEPTED["company"]: {"include": True}})
    response = owner_client.post(processes_url(closeout), data)
    assert response.status_code == 200
    assert "This looks like the offer you accepted" in response.content.decode()
    assert not closeout.rows.exists()


def test_a_near_match_of_the_accepted_offer_is_flagged_and_not_ticked(owner_client, owner):
    """The offer typed another way ("Initech Ltd", "Senior Staff Engineer") is never ticked to
    begin with, so it never gets "I've decided to decline your offer" by default."""
    DraftFactory(owner=owner, ready=True, stage=OFFER, company="Initech Ltd", role="Staff Engineer")
    DraftFactory(
        owner=owner, ready=True, stage=OFFER, company="INITECH, Inc.", role="Senior Staff Engineer"
    )
    DraftFactory(owner=owner, ready=True, company="Hooli")
    closeout = start_closeout(owner_client)  # Initech / Staff Engineer, typed
    page = owner_client.get(processes_url(closeout))
    forms = {form.initial["company"]: form for form in page.context["formset"].forms[:3]}
    assert {company: form.initial["include"] for company, form in forms.items()} == {
        "Initech Ltd": False,
        "INITECH, Inc.": False,
        "Hooli": True,
    }
    html = page.content.decode()
    assert html.count("Is this the offer you accepted?") == 2
    hooli = html.index("Process 3: Hooli")
    assert "Is this the offer you accepted?" not in html[hooli:]
    # As shown, only Hooli is written.
    data = formset_data(page.context["formset"])
    assert owner_client.post(processes_url(closeout), data).status_code == 302
    assert [row.draft.company for row in closeout.rows.select_related("draft")] == ["Hooli"]
    # The same role at the same company is refused even ticked; another role there is allowed.
    ticked = formset_data(page.context["formset"], changes={"Initech Ltd": {"include": True}})
    html = owner_client.post(processes_url(closeout), ticked).content.decode()
    assert "This looks like the offer you accepted" in html
    page = owner_client.get(processes_url(closeout))
    other_role = formset_data(page.context["formset"], changes={"INITECH, Inc.": {"include": True}})
    assert owner_client.post(processes_url(closeout), other_role).status_code == 302
    assert closeout.rows.filter(draft__role="Senior Staff Engineer").exists()


def test_another_draft_at_the_picked_offers_company_is_not_asked_about_but_explained(
    owner_client, owner
):
    """Picked from the drafts, the accepted offer is known: another process at that company
    is not "perhaps the offer", yet it still starts unticked."""
    offer = DraftFactory(owner=owner, ready=True, stage=OFFER, company="Initech", role="Engineer")
    DraftFactory(owner=owner, ready=True, company="Initech Ltd", role="Designer")
    DraftFactory(owner=owner, ready=True, company="Hooli", role="Designer")
    closeout = start_closeout(owner_client, accepted_draft=offer.id, company="", role="")
    page = owner_client.get(processes_url(closeout))
    forms = {form.initial["company"]: form for form in page.context["formset"].forms[:2]}
    assert {company: form.initial["include"] for company, form in forms.items()} == {
        "Initech Ltd": False,
        "Hooli": True,
    }
    html = page.content.decode()
    assert "Is this the offer you accepted?" not in html
    said = "This is at Initech, whose offer you accepted, so it starts unticked."
    assert html.count(said) == 1
    assert html.index("Process 1: Initech Ltd") < html.index(said) < html.index("Process 2")
    # The caution and the suggestion are read out with the row's "Close this process" box.
    initech, hooli = (forms[company] for company in ("Initech Ltd", "Hooli"))
    boxes = re.findall(r'<input type="checkbox" name="([^"]+)-include"([^>]*)>', html)
    described = {
        prefix: re.findall(r'aria-describedby="([^"]*)"', attrs) for prefix, attrs in boxes
    }
    assert described == {
        initech.prefix: [f"{initech.prefix}-caution"],  # unticked, nothing is suggested
        hooli.prefix: [f"{hooli.prefix}-suggested"],
        "processes-2": [],  # the empty quick row suggests nothing yet
    }
    assert f'id="{initech.prefix}-caution"' in html
    assert f'id="{hooli.prefix}-suggested"' in html


def test_the_accepted_offer_can_be_picked_from_the_drafts_and_is_never_listed(
    owner_client, owner, stranger
):
    hooli = DraftFactory(owner=owner, ready=True, company="Hooli", role="Designer")
    offer = DraftFactory(
        owner=owner, ready=True, stage=OFFER, company="Initech Ltd", role="Senior Staff Engineer"
    )
    theirs = DraftFactory(owner=stranger, ready=True, stage=OFFER, company="Elsewhere")
    page = owner_client.get(reverse("closeout:start"))
    choices = [label for _value, label in page.context["form"].fields["accepted_draft"].choices]
    # The offers first, and a way to type one that isn't in declinewiz.
    assert choices == [
        "One that isn't in declinewiz yet: I'll type it below",
        "Senior Staff Engineer at Initech Ltd (they made you an offer)",
        "Designer at Hooli",
    ]
    assert "Elsewhere" not in page.content.decode()
    refused = owner_client.post(
        reverse("closeout:start"),
        {"accepted_draft": theirs.id, "sender_name": "Sam Lee", "time_zone": "UTC", "tone": "warm"},
    )
    assert refused.status_code == 200
    assert "accepted_draft" in refused.context["form"].errors
    closeout = start_closeout(owner_client, accepted_draft=offer.id, company="", role="")
    assert (closeout.accepted_draft, closeout.company, closeout.role) == (
        offer,
        "Initech Ltd",
        "Senior Staff Engineer",
    )
    page = owner_client.get(processes_url(closeout))
    assert [form.initial.get("company") for form in page.context["formset"].forms] == [
        "Hooli",
        None,
    ]
    # Named once, as the offer accepted; never as a process.
    assert page.content.decode().count("Senior Staff Engineer") == 1
    response = owner_client.post(processes_url(closeout), formset_data(page.context["formset"]))
    assert response.status_code == 302
    assert [row.draft for row in closeout.rows.select_related("draft")] == [hooli]
    offer.refresh_from_db()
    assert offer.reasons == FULL["reasons"]  # untouched


def _picked(page):
    return [label for _value, label in page.context["form"].fields["accepted_draft"].choices]


def test_the_offer_picker_lists_the_offers_and_only_the_ten_newest_other_drafts(
    owner_client, owner
):
    """A thousand drafts are not a thousand radios: any other is typed below."""
    now = timezone.now()
    for number in range(30):
        draft = DraftFactory(owner=owner, ready=True, company=f"Acme {number}", role="Designer")
        Draft.objects.filter(pk=draft.pk).update(created_at=now - dt.timedelta(hours=number))
    DraftFactory(owner=owner, ready=True, stage=OFFER, company="Initech", role="Staff Engineer")
    DraftFactory(owner=owner, ready=True, stage=OFFER, company="Hooli", role="Engineer")
    page = owner_client.get(reverse("closeout:start"))
    assert _picked(page) == [
        "One that isn't in declinewiz yet: I'll type it below",
        "Engineer at Hooli (they made you an offer)",
        "Staff Engineer at Initech (they made you an offer)",
        *(f"Designer at Acme {number}" for number in range(10)),
    ]
    html = page.content.decode()
    assert html.count('name="accepted_draft"') == 13
    assert "Your offers and newest drafts; type it below if it isn't here." in html


@pytest.mark.parametrize("count", [3, 30])
def test_the_start_page_costs_the_same_queries_for_3_and_30_drafts(
    owner_client, owner, django_assert_num_queries, count
):
    for number in range(count):
        DraftFactory(owner=owner, ready=True, company=f"Acme {number}", role="Designer")
    DraftFactory(owner=owner, ready=True, stage=OFFER, company="Initech", role="Staff Engineer")
    # session, user, the drafts to pick from (read once), the earlier close-outs
    with django_assert_num_queries(4):
        response = owner_client.get(reverse("closeout:start"))
    assert response.content.decode().count('name="accepted_draft"') == 2 + min(count, 10)


def test_a_picked_draft_closed_in_another_tab_gets_one_plain_error(owner_client, owner):
    offer = DraftFactory(owner=owner, ready=True, stage=OFFER, company="Initech", role="Engineer")
    DraftFactory(owner=owner, ready=True, company="Hooli", role="Designer")
    Draft.objects.filter(pk=offer.pk).update(status=Draft.Status.CLOSED)
    response = owner_client.post(
        reverse("closeout:start"),
        {"accepted_draft": offer.id, "sender_name": "Sam Lee", "time_zone": "UTC", "tone": "warm"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "accepted_draft": ["That draft is no longer open. Choose another, or type the offer below."]
    }
    assert "Select a valid choice" not in response.content.decode()
    assert not owner.closeouts.exists()


def test_the_checklist_puts_calls_first_booked_interviews_on_top(seven, owner_client):
    closeout, _ = seven
    html = owner_client.get(checklist_url(closeout)).content.decode()
    assert "7 of 7 left to do." in html
    calls, emails = html.split('id="emails-title"')
    # Booked tomorrow, then the other offer, then rounds in.
    assert calls.index("Soylent") < calls.index("Pied Piper") < calls.index("Umbrella")
    assert "Vandelay" in emails
    assert "Vandelay" not in calls
    assert emails.index("Vandelay") < emails.index("Massive Dynamic") < emails.index("Hooli")
    assert "Print the call sheet" in calls
    assert "Decline the interview in your calendar" in html


def test_the_call_sheet_has_each_call_its_number_and_one_sentence(seven, owner_client):
    closeout, _ = seven
    url = reverse("closeout:call-sheet", kwargs={"closeout_id": closeout.id})
    html = owner_client.get(url).content.decode()
    # Called, voicemail, and for the two calls followed by an email, the email sent.
    assert html.count('class="tick"') == 3 * 3 - 1
    for name in ("Ana Rivera", "Monica Hall", "Alice Marlowe"):
        assert name in html
    assert "+44 20 7946 0000" in html
    assert "<nav" not in html
    assert "<form" not in html
    assert "For the calls marked “Sent the email to confirm”, send the short email" in html


def _rows(html):
    """Each checklist row's HTML, by the draft it is for."""
    parts = html.split('id="row-')[1:]
    return {
        part.split('"', 1)[0]: part.split("</section>")[0].split('<li class="border')[0]
        for part in parts
    }


def test_a_call_alone_offers_no_email_and_a_call_first_offers_the_short_confirmation(
    seven, owner_client
):
    """As on the message page: withdrawing by phone alone has no email to send, not even one
    to confirm; calling first, the email to send after the call is the short confirmation the
    script describes, in the mail link and the .eml alike."""
    closeout, _ = seven
    drafts = drafts_of(closeout)
    rows = _rows(owner_client.get(checklist_url(closeout)).content.decode())
    call_only = rows[str(drafts["Umbrella"].id)]
    assert "Read or edit the phone script" in call_only
    assert "mailto:" not in call_only
    assert ".eml" not in call_only
    assert "etiquette check" not in call_only

    soylent = drafts["Soylent"]
    confirmation = Message(soylent).outputs.phone_script.follow_up_email
    call_first = rows[str(soylent.id)]
    assert "Open the email to confirm in your mail app" in call_first
    mailto = re.search(r'href="(mailto:[^"]+)"', call_first).group(1)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(html.unescape(mailto)).query)
    assert query["subject"] == [confirmation.subject]
    assert query["body"] == [confirmation.body.replace("\n", "\r\n")]
    eml = owner_client.get(reverse("drafts:download-eml", kwargs={"draft_id": soylent.id}))
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(eml.content)
    assert message["Subject"] == confirmation.subject
    assert message.get_content().replace("\r\n", "\n").strip() == confirmation.body

    sheet = owner_client.get(reverse("closeout:call-sheet", kwargs={"closeout_id": closeout.id}))
    calls = {
        name: part
        for part in sheet.content.decode().split("<h2>")[1:]
        for name in ("Ana Rivera", "Monica Hall", "Alice Marlowe")
        if name in part
    }
    assert "Sent the email to confirm" not in calls["Alice Marlowe"]
    assert "Sent the email to confirm" in calls["Ana Rivera"]
    assert "Sent the email to confirm" in calls["Monica Hall"]


def test_the_zip_holds_one_valid_eml_per_email_row(seven, owner_client, owner):
    closeout, expected = seven
    response = owner_client.get(reverse("closeout:emails-zip", kwargs={"closeout_id": closeout.id}))
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    names = archive.namelist()
    email_rows = [company for company, (_, channel) in expected.items() if channel == "email"]
    assert len(names) == len(email_rows) == 4
    seen = set()
    drafts = drafts_of(closeout)
    for name in names:
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.eml", name)
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
            archive.read(name)
        )
        draft = next(
            d for d in drafts.values() if d.contact_email == message["To"].addresses[0].addr_spec
        )
        assert message["From"].addresses[0].addr_spec == owner.email
        assert message["Subject"] == Message(draft).subject
        assert draft.contact_name.split()[0] in message.get_content()
        seen.add(draft.company)
    assert seen == set(email_rows)


def test_marking_each_row_done_closes_its_draft_and_records_how(seven, owner_client):
    closeout, expected = seven
    drafts = drafts_of(closeout)
    for number, (company, draft) in enumerate(drafts.items(), start=1):
        channel = expected[company][1]
        url = reverse(
            "closeout:mark-done", kwargs={"closeout_id": closeout.id, "draft_id": draft.id}
        )
        response = owner_client.post(url, {"channel": channel})
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.status == Draft.Status.CLOSED
        events = list(DraftEvent.objects.filter(draft=draft).values_list("kind", "channel"))
        assert events[-2:] == [("done", channel), ("closed", "")]
        row = closeout.rows.get(draft=draft)
        assert row.done_channel == channel
        assert row.done_at is not None
        html = owner_client.get(checklist_url(closeout)).content.decode()
        if number < 7:
            assert f"{7 - number} of 7 left to do." in html
    assert "All 7 done." in html
    # Marking again changes nothing.
    owner_client.post(url, {"channel": "phone"})
    assert closeout.rows.get(draft=draft).done_channel == channel


def test_every_process_written_has_a_message_ready_on_its_timeline(seven, owner_client):
    """A process added by hand has the timeline of a draft written in the wizard."""
    closeout, _ = seven
    drafts = drafts_of(closeout)
    # Four quick rows, and a draft that was still in progress.
    for company in ("Hooli", "Pied Piper", "Vandelay", "Massive Dynamic", "Soylent"):
        kinds = DraftEvent.objects.filter(draft=drafts[company]).values_list("kind", flat=True)
        assert list(kinds) == ["created", "ready"], company
    hooli = drafts_of(closeout)["Hooli"]  # a quick row
    html = owner_client.get(reverse("drafts:message", kwargs={"draft_id": hooli.id})).content
    assert "Message ready" in html.decode()


def test_the_home_page_and_the_drafts_list_lead_to_the_close_out(owner_client, client, db):
    start = reverse("closeout:start")
    link = re.compile(rf'<a [^>]*href="{start}"[^>]*>I(?:&#x27;|\')ve accepted an offer</a>')
    for response in (client.get(reverse("home")), owner_client.get(reverse("drafts:list"))):
        assert link.search(response.content.decode())


def test_a_quick_row_needs_its_company_role_contact_and_stage(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    data = formset_data(formset, quick_rows=[{"company": "Hooli", "interview_date": "soon"}])
    response = owner_client.post(processes_url(closeout), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    for message in ("Enter the role.", "Choose where you are with them.", "Enter the date"):
        assert message in html
    assert not Draft.objects.filter(owner=owner).exists()


def test_a_booked_interview_needs_its_date_and_a_call_needs_a_number(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    row = {"company": "Hooli", "role": "Designer", "contact_name": "Gavin Belson"}
    data = formset_data(
        formset,
        quick_rows=[
            {**row, "stage": "scheduled"},
            {**row, "stage": "invited", "channel": "phone"},
            {**row, "stage": "mid_process"},
        ],
    )
    html = owner_client.post(processes_url(closeout), data).content.decode()
    assert "Enter the date of the interview." in html
    assert "Enter how many rounds you&#x27;ve done" in html
    assert "Add their phone number to call them, or choose email." in html
    assert not Draft.objects.filter(owner=owner).exists()


def test_add_another_process_keeps_what_was_typed_and_adds_a_row(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    typed = {"company": "Hooli", "role": "Designer", "contact_name": "Gavin Belson"}
    data = {**formset_data(formset, quick_rows=[typed]), "intent": "add"}
    response = owner_client.post(processes_url(closeout), data)
    assert response.status_code == 200
    formset = response.context["formset"]
    assert len(formset.forms) == 2
    assert 'value="Gavin Belson"' in response.content.decode()
    assert "There is a problem" not in response.content.decode()
    assert not Draft.objects.filter(owner=owner).exists()
    # The new row is ticked with the true reason, like the first one, and left empty it is
    # ignored: writing the messages now closes the one process typed.
    new_row = formset.forms[1]
    assert new_row["include"].value() is True
    assert new_row["reason"].value() == "offer_accepted"
    data = {key: value for key, value in data.items() if key != "intent"}
    data.update({"processes-TOTAL_FORMS": "2", "processes-1-include": "on"})
    data.update({"processes-1-reason": "offer_accepted", "processes-0-stage": "invited"})
    assert owner_client.post(processes_url(closeout), data).status_code == 302
    assert [row.draft.company for row in closeout.rows.select_related("draft")] == ["Hooli"]


def test_the_person_can_change_the_action_channel_and_reason_per_row(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    row = {
        "company": "Hooli",
        "role": "Designer",
        "contact_name": "Gavin Belson",
        "contact_phone": "+1 555 0100",
        "stage": "invited",
        "action": "other_roles",
        "channel": "phone",
        "reason": "happy_current_job",
    }
    response = owner_client.post(processes_url(closeout), formset_data(formset, quick_rows=[row]))
    assert response.status_code == 302
    draft = closeout.rows.get().draft
    assert (draft.action, draft.channel, draft.reasons) == (
        "other_roles",
        "phone",
        ["happy_current_job"],
    )
    assert REASONS["happy_current_job"].shareable in Message(draft).script


def test_a_quick_row_says_the_contacts_role_only_when_it_is_known(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    row = {"role": "Designer", "contact_phone": PHONE, "stage": "offer"}
    rows = [
        {**row, "company": "Pied Piper", "contact_name": "Monica Hall"},
        {
            **row,
            "company": "Hooli",
            "contact_name": "Gavin Belson",
            "contact_role": "hiring_manager",
        },
    ]
    response = owner_client.post(processes_url(closeout), formset_data(formset, quick_rows=rows))
    assert response.status_code == 302, _errors(response)
    drafts = drafts_of(closeout)
    assert drafts["Pied Piper"].contact_role == ""
    assert drafts["Hooli"].contact_role == "hiring_manager"
    unknown = Message(drafts["Pied Piper"])
    assert "Ask for Monica Hall at Pied Piper." in unknown.script
    for words in (unknown.script, unknown.body, unknown.outputs.email.body):
        assert "recruiter" not in words.lower()
    assert "Ask for Gavin Belson, the hiring manager at Hooli." in Message(drafts["Hooli"]).script


def test_unticking_a_process_leaves_its_draft_alone(owner_client, owner):
    kept = DraftFactory(owner=owner, ready=True, company="Globex")
    before = Draft.objects.filter(pk=kept.pk).values().get()
    DraftFactory(owner=owner, ready=True, company="Hooli")
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    data = formset_data(formset, changes={"Globex": {"include": False}})
    assert owner_client.post(processes_url(closeout), data).status_code == 302
    assert [row.draft.company for row in closeout.rows.select_related("draft")] == ["Hooli"]
    assert Draft.objects.filter(pk=kept.pk).values().get() == before


def test_nothing_ticked_is_a_message_not_an_empty_checklist(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    html = owner_client.post(processes_url(closeout), formset_data(formset)).content.decode()
    assert "Tick at least one process to close" in html


def test_a_draft_changed_in_another_tab_is_not_overwritten(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True, company="Globex")
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    Draft.objects.filter(pk=draft.pk).update(version=draft.version + 1, role="Changed")
    response = owner_client.post(processes_url(closeout), formset_data(formset), follow=True)
    assert "was changed in another tab" in response.content.decode()
    draft.refresh_from_db()
    assert draft.role == "Changed"
    assert draft.reasons == FULL["reasons"]  # untouched
    assert not closeout.rows.exists()


@pytest.mark.parametrize("count", [3, 30])
def test_the_checklist_costs_the_same_queries_for_3_and_30_processes(
    owner_client, owner, django_assert_num_queries, count
):
    closeout = start_closeout(owner_client)
    for number in range(count):
        draft = DraftFactory(owner=owner, ready=True, company=f"Acme {number}")
        CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    # session, user, the close-out, its rows with their drafts
    with django_assert_num_queries(4):
        response = owner_client.get(checklist_url(closeout))
    assert response.content.decode().count("Mark as done") == count


def test_an_interview_booked_in_another_time_zone_keeps_its_moment(owner_client, owner):
    at = timezone.now().replace(microsecond=0, second=0, minute=0) + dt.timedelta(days=9)
    draft = DraftFactory(
        owner=owner, ready=True, scheduled=True, interview_at=at, time_zone="America/New_York"
    )
    closeout = start_closeout(owner_client, time_zone="Europe/London")
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    assert owner_client.post(processes_url(closeout), formset_data(formset)).status_code == 302
    draft.refresh_from_db()
    assert draft.interview_at == at


@pytest.mark.parametrize("count", [3, 30])
def test_the_processes_page_costs_the_same_queries_for_3_and_30_drafts(
    owner_client, owner, django_assert_num_queries, count
):
    closeout = start_closeout(owner_client)
    now = timezone.now()
    for number in range(count):
        DraftFactory(
            owner=owner,
            ready=True,
            stage="scheduled",
            interview_at=now + dt.timedelta(days=1 + number),
            company=f"Acme {number}",
            contact_phone=PHONE,
        )
    # session, user, the close-out, its rows not done yet, the open drafts
    with django_assert_num_queries(5):
        response = owner_client.get(processes_url(closeout))
    assert response.content.decode().count("<strong>Suggested:</strong>") == count


def test_each_row_shows_what_the_advisor_suggests(seven, owner_client):
    """Before anything is written, each row says what "recommended" will do; the checklist
    then does it."""
    closeout, expected = seven
    closeout.rows.all().delete()
    page = owner_client.get(processes_url(closeout))
    shown = {
        form.initial["company"]: suggestion
        for form, suggestion in page.context["processes"]
        if form.initial.get("company")
    }
    words = {
        ("decline", "email"): "Decline · Email",
        ("decline", "phone_then_email"): "Decline · Phone call, then a short email to confirm",
        ("withdraw", "phone"): "Withdraw from the process · Phone call",
        ("withdraw", "email"): "Withdraw from the process · Email",
    }
    # Nothing is suggested for what may be the offer accepted, unless it is ticked.
    assert shown == {company: words[plan] for company, plan in expected.items()} | {
        ACCEPTED["company"]: ""
    }
    html = page.content.decode()
    assert "<strong>Suggested:</strong> Decline · Phone call, then a short email to confirm" in html


def test_a_row_typed_in_shows_its_suggestion_when_another_is_added(owner_client, owner):
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    typed = {
        "company": "Pied Piper",
        "role": "Designer",
        "contact_name": "Monica Hall",
        "contact_phone": PHONE,
        "stage": "offer",
    }
    data = {**formset_data(formset, quick_rows=[typed]), "intent": "add"}
    response = owner_client.post(processes_url(closeout), data)
    assert [suggestion for _form, suggestion in response.context["processes"]] == [
        "Decline · Phone call, then a short email to confirm",
        "",
    ]


def test_a_rejection_is_listed_but_not_ticked(owner_client, owner):
    DraftFactory(owner=owner, stage="rejected", company="Hooli")
    closeout = start_closeout(owner_client)
    (row, _empty) = owner_client.get(processes_url(closeout)).context["formset"].forms
    assert row.initial["company"] == "Hooli"
    assert row.initial["include"] is False


def test_another_offer_is_declined_by_phone_first_and_comes_before_other_processes(
    owner_client, owner
):
    DraftFactory(owner=owner, ready=True, stage="invited", company="Hooli", contact_phone=PHONE)
    DraftFactory(
        owner=owner,
        stage=OFFER,
        company="Globex",
        role="Lead Designer",
        contact_name="Hank Scorpio",
        contact_phone=PHONE,
    )
    closeout = start_closeout(owner_client)
    formset = owner_client.get(processes_url(closeout)).context["formset"]
    assert [form.initial["company"] for form in formset.forms[:2]] == ["Globex", "Hooli"]
    response = owner_client.post(processes_url(closeout), formset_data(formset))
    assert response.status_code == 302, _errors(response)
    offer = drafts_of(closeout)["Globex"]
    assert (offer.action, offer.channel) == ("decline", "phone_then_email")
    words = Message(offer)
    assert "offer" in words.script.lower()
    assert "Hank" in words.script
    html = owner_client.get(checklist_url(closeout)).content.decode()
    calls, _emails = html.split('id="emails-title"')
    assert "Lead Designer at Globex" in calls


def test_each_row_sums_up_its_own_etiquette_check(owner_client, owner):
    closeout = start_closeout(owner_client)
    clean = DraftFactory(owner=owner, ready=True, company="Globex")
    clumsy = DraftFactory(
        owner=owner,
        ready=True,
        company="Hooli",
        edited_body="Hi [Name],\n\nSorry, so sorry, I can't come. Your reviews are awful.\n",
    )
    for draft in (clean, clumsy):
        CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    html = owner_client.get(checklist_url(closeout)).content.decode()
    globex, hooli = html.index("at Globex"), html.index("at Hooli")
    assert globex < hooli  # the same stage: the older first
    assert "etiquette check: all clear" in html[globex:hooli]
    assert "etiquette check: all clear" not in html[hooli:]
    findings = sum(1 for finding in Message(clumsy).etiquette() if not finding.ok)
    assert findings >= 2
    assert f"etiquette check: {findings} things to look at" in html


def test_a_visitor_is_sent_to_sign_in_first(client, db):
    response = client.get(reverse("closeout:start"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")


def test_the_offer_needs_a_company_and_role_and_earlier_closeouts_are_ones_own(
    owner_client, owner, stranger
):
    response = owner_client.post(reverse("closeout:start"), {"company": "", "role": ""})
    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"company", "role"}
    assert not owner.closeouts.exists()
    mine = start_closeout(owner_client)
    theirs = CloseOut.objects.create(
        owner=stranger, company="Elsewhere", role="Other", sender_name="Someone"
    )
    html = owner_client.get(reverse("closeout:start")).content.decode()
    assert checklist_url(mine) in html
    assert checklist_url(theirs) not in html
    assert "Elsewhere" not in html
