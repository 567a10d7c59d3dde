"""Issue 2 in a real browser: an account keeps its drafts across signing out and in."""

import pytest
from playwright.sync_api import expect

from declinewiz.drafts.models import Draft
from tests.browser.ui import continue_, exactly, heading, nav, sign_in, sign_out, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_a_new_account_keeps_its_draft_after_signing_out_and_in(page):
    page.goto("/")
    sign_up(page, email="robin@example.com", name="Robin Park")
    expect(page.get_by_text("No drafts yet")).to_be_visible()

    nav(page).get_by_role("link", name="declinewiz").click()
    page.get_by_role("button", name="Start").click()
    expect(heading(page, "Where are you in the process?")).to_be_visible()
    page.get_by_label("I've been invited to interview, but nothing is scheduled yet").check()
    continue_(page, to="Who is involved?")
    page.get_by_label(exactly("Company")).fill("Globex")
    page.get_by_label(exactly("Role")).fill("Data Analyst")
    page.get_by_label(exactly("Their full name")).fill("Jo Chen")
    # The sender's name comes from the account.
    expect(page.get_by_label(exactly("Your name"))).to_have_value("Robin Park")
    continue_(page, to="Why do you want to step back?")

    nav(page).get_by_role("link", name="My drafts").click()
    expect(heading(page, "My drafts")).to_be_visible()
    expect(page.get_by_role("link", name="Data Analyst at Globex", exact=True)).to_be_visible()

    sign_out(page)
    expect(nav(page).get_by_role("link", name="My drafts")).to_have_count(0)

    sign_in(page, email="robin@example.com")
    draft_link = page.get_by_role("link", name="Data Analyst at Globex", exact=True)
    expect(draft_link).to_be_visible()
    # Opening it resumes at the first unanswered step.
    draft_link.click()
    expect(heading(page, "Why do you want to step back?")).to_be_visible()
    draft = Draft.objects.get()
    assert draft.owner.email == "robin@example.com"
    assert (draft.company, draft.role, draft.contact_name) == ("Globex", "Data Analyst", "Jo Chen")


def test_the_start_page_fits_a_phone_screen(phone_page):
    phone_page.goto("/")
    phone_page.get_by_role("button", name="Start").click()
    expect(heading(phone_page, "Where are you in the process?")).to_be_visible()
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0, f"the page scrolls sideways by {overflow}px on a 360px screen"
