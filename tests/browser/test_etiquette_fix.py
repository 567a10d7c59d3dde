"""The etiquette check as a person editing the email meets it: break something, save, see the
finding for it, fix it in one click — with JavaScript and without."""

import pytest
from playwright.sync_api import Page, expect

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.browser.ui import PASSWORD, exactly, heading, sign_in
from tests.factories import draft_with_every_step

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

EMAIL = "sam@example.com"


@pytest.fixture
def sam(db):
    return User.objects.create_user(EMAIL, PASSWORD, display_name="Sam Lee")


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without"])
def test_a_broken_company_name_is_found_after_saving_and_fixed_in_one_click(
    new_context, sam, javascript
):
    page: Page = new_context(java_script_enabled=javascript).new_page()
    draft = draft_with_every_step(owner=sam, channel="email", company="Acme")
    page.goto("/")
    sign_in(page, email=EMAIL)
    page.goto(f"/drafts/{draft.id}/message/")
    expect(heading(page, "Your message")).to_be_visible()

    box = page.get_by_role("textbox", name=exactly("Email text"))
    box.fill(box.input_value().replace("Acme", "Globex"))
    page.get_by_role("button", name="Save my changes").click()

    check = page.get_by_role("region", name="Etiquette check")
    expect(check.get_by_text("“Globex” is not the company you are writing to")).to_be_visible()
    check.get_by_role("button", name="Use “Acme”").click()

    expect(page.get_by_text("Done: use “Acme”.")).to_be_visible()
    expect(check.get_by_text("“Globex” is not the company")).to_have_count(0)
    assert "Globex" not in box.input_value()
    draft = Draft.objects.get(pk=draft.pk)
    assert "Globex" not in draft.edited_body
