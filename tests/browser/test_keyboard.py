"""Issue 5: someone with only a keyboard gets from the home page to a finished message.

Only page.keyboard is used: Tab, Shift+Tab, Enter, Space, arrow keys and typing. Every
place focus lands is checked for a visible focus indicator on the way.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from declinewiz.drafts.models import Draft
from tests.browser.a11y import assert_focus_visible, focus_indicator
from tests.browser.ui import heading

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# What a screen reader would call the focused element: its label, else its text.
_FOCUSED_NAME = """() => {
  const element = document.activeElement;
  const label = element.labels && element.labels.length ? element.labels[0].innerText : "";
  return (label || element.innerText || element.value || "").replace(/\\s+/g, " ").trim();
}"""


def focused_name(page: Page):
    return page.evaluate(_FOCUSED_NAME)


def tab_to(page: Page, name, *, key="Tab", most=60):
    """Press Tab (or Shift+Tab) until the element called `name` has focus.

    Every stop on the way must show where focus is.
    """
    pattern = name if isinstance(name, re.Pattern) else re.compile(rf"^{re.escape(name)}(?!\w)")
    passed = []
    for _ in range(most):
        page.keyboard.press(key)
        assert_focus_visible(page)
        current = focused_name(page)
        if pattern.search(current):
            return
        passed.append(current)
    raise AssertionError(f"{key} never reached {name!r}; it went through {passed}")


def press_and_wait_for(page: Page, key, *, heading_name):
    page.keyboard.press(key)
    expect(heading(page, heading_name)).to_be_visible()


def test_a_keyboard_alone_gets_from_home_to_a_finished_message(page):
    page.goto("/")

    # The skip link is the first stop and takes focus to the main content.
    page.keyboard.press("Tab")
    assert focused_name(page) == "Skip to main content"
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    tab_to(page, "Start")
    press_and_wait_for(page, "Enter", heading_name="Where are you in the process?")

    # Continue without an answer: focus goes to the error summary, which links to the field.
    tab_to(page, "Continue")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert focus_indicator(page)["indicator"], "the focused error summary shows no outline"
    tab_to(page, "Choose where you are in the process.")
    page.keyboard.press("Enter")
    # The link put focus on the first choice; the arrow keys move through the group.
    assert focused_name(page) == "Someone reached out to me about a role"
    page.keyboard.press("ArrowDown")
    expect(
        page.get_by_label("I've been invited to interview, but nothing is scheduled yet")
    ).to_be_checked()
    assert_focus_visible(page)
    tab_to(page, "Continue")
    press_and_wait_for(page, "Enter", heading_name="Who is involved?")

    tab_to(page, "Company")
    page.keyboard.type("Wayne Enterprises")
    tab_to(page, "Role")
    page.keyboard.type("Analyst")
    # Back one field to put right a slip, then on again.
    tab_to(page, "Company", key="Shift+Tab")
    page.keyboard.press("End")
    page.keyboard.type(" Ltd")
    tab_to(page, "Their full name")
    page.keyboard.type("Lucius Fox")
    tab_to(page, "Your name")
    page.keyboard.type("Selina Kyle")
    tab_to(page, "Continue")
    press_and_wait_for(page, "Enter", heading_name="Why do you want to step back?")

    tab_to(page, "The work doesn't interest me")
    page.keyboard.press("Space")
    expect(page.get_by_label("The work doesn't interest me")).to_be_checked()
    tab_to(page, "Continue")
    press_and_wait_for(page, "Enter", heading_name="Should you decline?")

    expect(page.get_by_role("radio", name=re.compile(r"^Decline \(recommended\)"))).to_be_checked()
    tab_to(page, "I understand a decline is hard to undo")
    page.keyboard.press("Space")
    tab_to(page, "Continue")
    # No phone number for them: the channel step is skipped.
    press_and_wait_for(page, "Enter", heading_name="How should it sound?")

    # Tab enters the tone group at the chosen tone; the arrow keys choose another.
    tab_to(page, re.compile("^(Formal|Warm|Brief)$"))
    for _ in range(3):
        if focused_name(page) == "Brief":
            break
        page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="Brief", exact=True)).to_be_checked()
    assert_focus_visible(page)
    tab_to(page, "Continue")
    press_and_wait_for(page, "Enter", heading_name="Check your answers")

    tab_to(page, "Save and write my message")
    press_and_wait_for(page, "Enter", heading_name="Your message")
    draft = Draft.objects.get()
    assert draft.status == Draft.Status.READY
    assert (draft.company, draft.tone) == ("Wayne Enterprises Ltd", "brief")

    # The message can be read and the download reached from the keyboard too.
    tab_to(page, "Email text")
    expect(page.get_by_role("textbox", name=re.compile("^Email"))).to_be_focused()
    tab_to(page, "Download as text (.txt)")
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert download_info.value.suggested_filename.endswith(".txt")
