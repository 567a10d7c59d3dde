"""Issue 5: axe-core finds nothing on any page, in any state, in a real browser.

Every page of tests/pages.py is visited through the live server as the person it is for
(the owner, or a visitor), and its error state is reached by submitting the form in the
browser. Also: reduced motion, the progress bar read out as "Step n of m", and a journey
with JavaScript off that ends with the message downloaded as text.
"""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.a11y import axe_violations, sign_in_context, with_axe
from tests.browser.ui import continue_, every_page, exactly, heading, listed
from tests.factories import draft_with_every_step

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_any_page_in_any_state(new_context, live_server, owner, scheme):
    found = {}
    pages = every_page(new_context, live_server, owner, prepare=with_axe, color_scheme=scheme)
    for page_entry, page in pages:
        if violations := axe_violations(page):
            found[page_entry.name] = violations

    page = with_axe(new_context(color_scheme=scheme)).new_page()
    response = page.goto("/no-such-page/")
    assert response.status == 404
    if violations := axe_violations(page):
        found["page not found"] = violations

    assert not found, "axe found problems:\n" + listed(found)


def test_each_step_says_where_you_are_in_words_and_in_a_progress_bar(page, live_server, owner):
    sign_in_context(page.context, owner, live_server.url)
    draft = draft_with_every_step(owner=owner)
    page.goto(reverse("drafts:step", kwargs={"draft_id": draft.id, "step": "reasons"}))
    expect(heading(page, "Why do you want to step back?")).to_be_visible()
    # Visible above the heading, and read out with the step's name by a screen reader.
    expect(page.get_by_role("paragraph").filter(has_text="Step 3 of 7")).to_be_visible()
    progress = page.get_by_role("progressbar", name=re.compile(r"^Step 3 of 7\W+Reasons$"))
    expect(progress).to_be_visible()
    expect(progress).to_have_attribute("value", "3")
    expect(progress).to_have_attribute("max", "7")


def test_buttons_do_not_move_when_the_person_asks_for_reduced_motion(new_context, live_server):
    page = new_context(reduced_motion="reduce").new_page()
    page.goto("/")
    durations = page.eval_on_selector_all(
        "button, .btn, a",
        """elements => elements.map(element => {
          const style = getComputedStyle(element);
          return [element.innerText.trim(), style.transitionDuration, style.animationName];
        })""",
    )
    moving = [d for d in durations if set(d[1].split(", ")) != {"0s"} or d[2] != "none"]
    assert not moving, moving
    # Without the preference, Bootstrap's gentle transitions stay (so the rule above is real).
    normal = new_context().new_page()
    normal.goto("/")
    start = normal.get_by_role("button", name="Start")
    assert start.evaluate("e => getComputedStyle(e).transitionDuration") != "0s"


def test_without_javascript_a_visitor_gets_to_the_message_and_downloads_it(no_js_page):
    page = no_js_page
    page.goto("/")
    page.get_by_role("button", name="Start").click()
    page.get_by_label("Someone reached out to me about a role").check()
    continue_(page, to="Who is involved?")
    page.get_by_label(exactly("Company")).fill("Hooli")
    page.get_by_label(exactly("Role")).fill("Site Reliability Engineer")
    page.get_by_label(exactly("Their full name")).fill("Gavin Belson")
    page.get_by_label(exactly("Your name")).fill("Richard Hendricks")
    continue_(page, to="Why do you want to step back?")
    page.get_by_label("I'm happy where I am").check()
    continue_(page, to="Should you decline?")
    # Without JavaScript the error summary is still there, at the top, linking to the field.
    page.get_by_role("button", name="Continue").click()
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    summary.get_by_role("link").first.click()
    page.keyboard.press("Space")  # the link moved focus to the checkbox
    expect(
        page.get_by_label("I understand a decline is hard to undo once it's sent.")
    ).to_be_checked()
    continue_(page, to="How should it sound?")
    continue_(page, to="Check your answers")
    page.get_by_role("button", name="Save and write my message").click()
    expect(heading(page, "Your message")).to_be_visible()
    email = page.get_by_role("textbox", name=exactly("Email text"))
    expect(email).to_have_value(re.compile(r"^Hi Gavin,"))

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download as text (.txt)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".txt")
    text = download.path().read_text(encoding="utf-8")
    assert "Hi Gavin," in text
    assert "Richard Hendricks" in text
