"""Issue 13 in a real browser: accept an offer, close out five processes, print the call
sheet, download the zip of emails and mark them all done — with and without JavaScript."""

import datetime as dt
import email.parser
import email.policy
import re
import zipfile

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from declinewiz.accounts.models import User
from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.models import Draft
from tests.browser.test_message import EMAIL, PDF_PAGE, signed_in
from tests.browser.ui import PASSWORD, exactly, heading
from tests.factories import DraftFactory

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PHONE = "+44 20 7946 0000"


@pytest.fixture
def sam(db):
    return User.objects.create_user(EMAIL, PASSWORD, display_name="Sam Lee")


def process(page: Page, number: int):
    return page.get_by_role("group", name=re.compile(rf"^Process {number}\b"))


def fill_quick_row(row, *, company, role, name, stage, email="", phone=""):
    row.get_by_label(exactly("Company")).fill(company)
    row.get_by_label(exactly("Role")).fill(role)
    row.get_by_label("Contact's full name").fill(name)
    if email:
        row.get_by_label("Contact's email (optional)").fill(email)
    if phone:
        row.get_by_label("Contact's phone (optional)").fill(phone)
    row.get_by_label("Where are you with them?").select_option(label=stage)


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without"])
def test_accept_an_offer_and_close_out_five_processes(new_context, sam, javascript, tmp_path):
    page = new_context(java_script_enabled=javascript, accept_downloads=True).new_page()
    soon = timezone.now().replace(microsecond=0) + dt.timedelta(days=1)
    DraftFactory(
        owner=sam,
        stage="scheduled",
        interview_at=soon,
        company="Soylent",
        role="Service Designer",
        contact_name="Ana Rivera",
        contact_phone=PHONE,
    )
    DraftFactory(
        owner=sam,
        ready=True,
        company="Globex",
        role="UX Researcher",
        contact_name="Hank Scorpio",
        contact_email="hank@globex.example",
    )
    DraftFactory(owner=sam, ready=True, stage="offer", company="Initech Ltd", role="Staff Engineer")
    signed_in(page)

    page.get_by_role("link", name="I've accepted an offer").click()
    expect(heading(page, "I've accepted an offer")).to_be_visible()
    offers = page.get_by_role("group", name="Which offer did you accept?")
    if javascript:
        # Picked from the drafts...
        offers.get_by_label("Staff Engineer at Initech Ltd (they made you an offer)").check()
    else:
        # ...or typed, another way than the draft has it.
        page.get_by_label(exactly("Company")).fill("Initech")
        page.get_by_label(exactly("Role")).fill("Staff Engineer")
    page.get_by_label("Start date (optional)").fill("2031-01-05")
    page.get_by_role("button", name="Continue").click()

    expect(heading(page, "The processes to close")).to_be_visible()
    # The open drafts, most urgent first, and one empty row; each says what is suggested.
    expect(process(page, 1)).to_contain_text("Soylent")
    expect(process(page, 1)).to_contain_text(
        "Suggested: Decline · Phone call, then a short email to confirm"
    )
    globex = page.get_by_role("group", name=re.compile(r"^Process \d+: Globex"))
    expect(globex).to_contain_text("Suggested: Decline · Email")
    if javascript:
        # The offer picked is not listed at all.
        expect(page.get_by_role("group", name=re.compile("Initech"))).to_have_count(0)
        first_quick = 3
    else:
        # The draft at the same company comes up unticked, and asked about.
        initech = process(page, 2)
        expect(initech).to_contain_text("Is this the offer you accepted?")
        expect(initech.get_by_label("Close this process")).not_to_be_checked()
        expect(process(page, 3)).to_contain_text("Globex")
        first_quick = 4
    quick = [
        (
            "Hooli",
            "Product Designer",
            "Gavin Belson",
            "Someone reached out to me about a role",
            "gavin@hooli.example",
            "",
        ),
        (
            "Pied Piper",
            "Interaction Designer",
            "Monica Hall",
            "I've been invited to interview, but nothing is scheduled yet",
            "monica@pp.example",
            "",
        ),
        (
            "Umbrella",
            "Design Lead",
            "Alice Marlowe",
            "I'm partway through the process, after one or more rounds",
            "",
            PHONE,
        ),
    ]
    for index, (company, role, name, stage, address, phone) in enumerate(quick):
        row = process(page, first_quick + index)
        fill_quick_row(
            row, company=company, role=role, name=name, stage=stage, email=address, phone=phone
        )
        if company == "Umbrella":
            row.get_by_label("Rounds done (if partway through)").fill("2")
            # What to do and how is the advice's unless the person opens it to change it.
            expect(row.get_by_label("How to tell them")).to_be_hidden()
            row.get_by_text("Change what to do, how to tell them or the reason").click()
            row.get_by_label("How to tell them").select_option(label="Phone call")
        if index < len(quick) - 1:
            page.get_by_role("button", name="Add another process").click()
            expect(process(page, first_quick + 1 + index)).to_be_visible()
            typed = process(page, first_quick + index).get_by_label(exactly("Company"))
            expect(typed).to_have_value(company)
    page.get_by_role("button", name="Write my messages").click()

    expect(heading(page, "Close out your search")).to_be_visible()
    expect(page.get_by_text("5 of 5 left to do.")).to_be_visible()
    calls = page.get_by_role("region", name="Call first")
    emails = page.get_by_role("region", name="Email")
    expect(calls.get_by_role("heading", level=3)).to_have_text(
        ["Service Designer at Soylent", "Design Lead at Umbrella"]
    )
    expect(emails.get_by_role("heading", level=3)).to_have_count(3)
    # A call first is followed by the short email to confirm; a call alone has no email.
    soylent = calls.get_by_role("listitem").filter(has_text="Service Designer at Soylent").first
    expect(
        soylent.get_by_role("link", name="Open the email to confirm in your mail app")
    ).to_be_visible()
    umbrella = calls.get_by_role("listitem").filter(has_text="Design Lead at Umbrella").first
    expect(umbrella.get_by_role("link", name=re.compile("email"))).to_have_count(0)

    # The call sheet, on one page.
    calls.get_by_role("link", name="Print the call sheet").click()
    expect(heading(page, "Calls to make")).to_be_visible()
    expect(page.get_by_text(PHONE).first).to_be_visible()
    page.emulate_media(media="print")
    if javascript:  # printing to PDF is the same either way; once is enough
        assert len(PDF_PAGE.findall(page.pdf(format="A4"))) == 1
    page.emulate_media(media="screen")
    page.go_back()

    # The zip of the three emails.
    with page.expect_download() as download_info:
        emails.get_by_role("link", name=re.compile(r"^download all 3 emails")).click()
    path = tmp_path / "emails.zip"
    download_info.value.save_as(path)
    with zipfile.ZipFile(path) as archive:
        messages = [
            email.parser.BytesParser(policy=email.policy.default).parsebytes(archive.read(name))
            for name in archive.namelist()
        ]
    assert len(messages) == 3
    for company in ("Globex", "Hooli", "Pied Piper"):
        (message,) = [m for m in messages if company in m["Subject"]]
        assert "accepted another offer" in message.get_content()

    # Mark all five done, one by one.
    for left in range(4, -1, -1):
        page.get_by_role("button", name=re.compile(r"^Mark as done")).first.click()
        if left:
            expect(page.get_by_text(f"{left} of 5 left to do.")).to_be_visible()
    expect(page.get_by_text("All 5 done.")).to_be_visible()
    closeout = CloseOut.objects.get(owner=sam)
    drafts = Draft.objects.filter(pk__in=closeout.rows.values("draft"))
    assert drafts.count() == 5
    assert set(drafts.values_list("status", flat=True)) == {Draft.Status.CLOSED}
    assert not drafts.filter(company__startswith="Initech").exists()


def long_call(owner, closeout, number):
    draft = DraftFactory(
        owner=owner,
        ready=True,
        stage="scheduled",
        interview_at=timezone.now() + dt.timedelta(hours=20 + number),
        company=f"Vereinigte Nordseewerke für Erneuerbare Energie {number} GmbH & Co. KG",
        role="Senior Principal Software Engineering Manager, Platform Reliability",
        contact_name="Maria-Alejandra Fernández-Castellanos de la Vega y Montoya",
        contact_title="Dr",
        contact_phone="+44 20 7946 0000 extension 4821",
        channel="phone_then_email",
        tone="formal",
        extras=["door_open", "apology"],
    )
    CloseOutProcess.objects.create(closeout=closeout, draft=draft)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_eight_long_calls_print_on_one_page(page, sam, paper):
    closeout = CloseOut.objects.create(
        owner=sam, company="Initech", role="Staff Engineer", sender_name="Sam Lee"
    )
    for number in range(8):
        long_call(sam, closeout, number)
    signed_in(page)
    page.goto(f"/closing-out/{closeout.id}/calls/")
    page.emulate_media(media="print")
    expect(page.get_by_text("Called", exact=True)).to_have_count(8)
    for role in ("navigation", "button", "link", "textbox"):
        expect(page.get_by_role(role)).to_have_count(0)
    pdf = page.pdf(format=paper, print_background=True)
    pages = len(PDF_PAGE.findall(pdf))
    assert pages == 1, f"the call sheet for eight calls takes {pages} pages on {paper}"


def test_by_keyboard_alone_a_row_is_marked_done(page, sam):
    closeout = CloseOut.objects.create(
        owner=sam, company="Initech", role="Staff Engineer", sender_name="Sam Lee"
    )
    for company in ("Hooli", "Globex"):
        draft = DraftFactory(owner=sam, ready=True, company=company)
        CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    signed_in(page)
    page.goto(f"/closing-out/{closeout.id}/")
    expect(page.get_by_text("2 of 2 left to do.")).to_be_visible()
    button = page.get_by_role("button", name="Mark as done: Globex")
    for _ in range(60):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the Mark as done button")
    page.keyboard.press("Enter")
    expect(page.get_by_text("1 of 2 left to do.")).to_be_visible()
    expect(page.get_by_role("button", name="Mark as done: Globex")).to_have_count(0)
