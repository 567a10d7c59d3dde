"""Issue 4 in a real browser: the "Your message" page and the printable phone script.

Edits survive a reload, two tabs never overwrite each other silently, the copy button works
(and steps aside without JavaScript), and the script prints on one sheet of A4 and of Letter.
"""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.browser.ui import PASSWORD, exactly, heading, sign_in
from tests.factories import draft_with_every_step

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

EMAIL = "sam@example.com"
# Chromium writes one "/Type /Page" object per sheet ("/Type /Pages" is the page tree).
PDF_PAGE = re.compile(rb"/Type\s*/Page[^s]")


@pytest.fixture
def sam(db):
    return User.objects.create_user(EMAIL, PASSWORD, display_name="Sam Lee")


def signed_in(page: Page) -> Page:
    page.goto("/")
    sign_in(page, email=EMAIL)
    return page


def open_message(page: Page, draft: Draft) -> None:
    page.goto(f"/drafts/{draft.id}/message/")
    expect(heading(page, "Your message")).to_be_visible()


def email_box(page: Page):
    return page.get_by_role("textbox", name=exactly("Email text"))


def save(page: Page) -> None:
    page.get_by_role("button", name="Save my changes").click()


def worst_case_draft(owner) -> Draft:
    """The longest script a person can reasonably get: every word of it goes on the paper."""
    return draft_with_every_step(
        owner=owner,
        stage="scheduled",
        interview_at=timezone.now().replace(microsecond=0) + dt.timedelta(days=1),
        company="Vereinigte Nordseewerke für Erneuerbare Energie und Wassertechnik GmbH & Co. KG",
        role="Senior Principal Software Engineering Manager, Platform Reliability and Tooling",
        contact_name="Maria-Alejandra Fernández-Castellanos de la Vega y Montoya",
        contact_title="Dr",
        contact_role="hiring_manager",
        contact_phone="+44 20 7946 0000 extension 4821",
        sender_name="Bartholomew Alexander Montgomery-Featherstonehaugh",
        sender_signature="Bartholomew Montgomery-Featherstonehaugh\n+44 7700 900123",
        sender_phone="+44 7700 900123",
        reasons=["career_goals", "lateral_move", "relocation", "long_process", "offer_accepted"],
        action="decline",
        channel="phone_then_email",
        tone="formal",
        share_reason="specific",
        extras=["door_open", "other_roles", "refer_someone", "part_time", "feedback", "apology"],
    )


# Edit, save, reload -------------------------------------------------------------------------


def test_an_edited_email_is_saved_survives_a_reload_and_can_be_reset(page, sam):
    draft = draft_with_every_step(owner=sam)
    signed_in(page)
    open_message(page, draft)
    generated = email_box(page).input_value()
    edited = "Dear Ana,\n\n" + generated.split("\n\n", 1)[1] + "\n\nP.S. Edited here."

    email_box(page).fill(edited)
    save(page)
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    page.reload()
    expect(email_box(page)).to_have_value(edited)
    draft.refresh_from_db()
    assert draft.edited_body == edited

    page.get_by_role("button", name="Reset to generated").click()
    expect(page.get_by_text("Back to the generated wording.")).to_be_visible()
    expect(email_box(page)).to_have_value(generated)
    expect(page.get_by_role("button", name="Reset to generated")).to_have_count(0)
    draft.refresh_from_db()
    assert draft.edited_body == ""


# Two tabs -----------------------------------------------------------------------------------


def test_the_later_of_two_tabs_is_told_of_the_conflict_and_overwrites_nothing(new_context, sam):
    draft = draft_with_every_step(owner=sam)
    context = new_context()
    tab_a = signed_in(context.new_page())
    tab_b = context.new_page()
    open_message(tab_a, draft)
    open_message(tab_b, draft)
    generated = email_box(tab_a).input_value()

    tab_a.bring_to_front()
    email_box(tab_a).fill(f"{generated}\n\nP.S. Written in tab A.")
    save(tab_a)
    expect(tab_a.get_by_text("Your changes are saved.")).to_be_visible()

    tab_b.bring_to_front()
    email_box(tab_b).fill(f"{generated}\n\nP.S. Written in tab B.")
    save(tab_b)
    notice = tab_b.get_by_role("alert").filter(has_text="This draft changed in another tab")
    expect(notice).to_be_visible()
    # Both versions are in front of the person: the saved one in the notice, theirs in the box.
    expect(notice).to_contain_text("P.S. Written in tab A.")
    expect(email_box(tab_b)).to_have_value(re.compile(r"P\.S\. Written in tab B\.$"))

    draft.refresh_from_db()
    assert draft.edited_body.endswith("P.S. Written in tab A.")
    tab_a.reload()
    expect(email_box(tab_a)).to_have_value(re.compile(r"P\.S\. Written in tab A\.$"))

    # Having seen both, saving again keeps tab B's words.
    save(tab_b)
    expect(tab_b.get_by_text("Your changes are saved.")).to_be_visible()
    draft.refresh_from_db()
    assert draft.edited_body.endswith("P.S. Written in tab B.")


# Copy ---------------------------------------------------------------------------------------


def test_the_copy_button_copies_the_email(new_context, sam):
    draft = draft_with_every_step(owner=sam)
    page = signed_in(new_context(permissions=["clipboard-read", "clipboard-write"]).new_page())
    open_message(page, draft)
    email_box(page).fill("Dear Ms Rivera,\n\nCopied from the box, as it stands now.\n\nSam")

    copy = page.get_by_role("button", name="Copy email")
    expect(copy).to_be_visible()
    copy.click()
    expect(page.get_by_role("status").filter(has_text="Copied.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == email_box(page).input_value()


def test_without_javascript_there_is_no_copy_button_but_the_text_can_be_selected(no_js_page, sam):
    draft = draft_with_every_step(owner=sam)
    page = signed_in(no_js_page)
    open_message(page, draft)
    expect(page.get_by_role("button", name="Copy email")).to_have_count(0)
    expect(email_box(page)).to_be_visible()
    expect(email_box(page)).to_be_editable()
    expect(email_box(page)).to_have_value(re.compile(r"^Hi Ana,"))


# Print --------------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_worst_case_phone_script_prints_on_one_page(page, sam, paper):
    draft = worst_case_draft(sam)
    signed_in(page)
    page.goto(f"/drafts/{draft.id}/print/")
    page.emulate_media(media="print")

    expect(heading(page, f"Call {draft.contact_name}")).to_be_visible()
    expect(page.get_by_text(draft.contact_phone, exact=True)).to_be_visible()
    for role in ("navigation", "button", "link", "textbox"):
        expect(page.get_by_role(role)).to_have_count(0)

    pdf = page.pdf(format=paper, print_background=True)
    pages = len(PDF_PAGE.findall(pdf))
    assert pages == 1, f"the printed script takes {pages} pages on {paper}"
