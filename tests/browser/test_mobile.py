"""Issue 5: on a 360 x 740 phone, nothing scrolls sideways and every target is easy to tap.

Each step of the journey, and every page of tests/pages.py, is screenshotted under
artifacts/screenshots/mobile/ (ignored by git) for a person to look at.
"""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.a11y import horizontal_overflow, small_tap_targets
from tests.browser.ui import every_page, exactly, heading, listed

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def screenshots(request):
    folder = request.config.rootpath / "artifacts" / "screenshots" / "mobile"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def phone_problems(page: Page, name, folder):
    """What stops the page fitting a phone: sideways scrolling, targets under 24 x 24 px.

    Also saves a screenshot of the whole page to look at.
    """
    page.screenshot(
        path=folder / f"{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.png", full_page=True
    )
    problems = small_tap_targets(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360 or horizontal_overflow(page):
        problems.append(f"the page is {width}px wide and scrolls sideways")
    return problems


def check_fits_a_phone(page: Page, name, folder):
    problems = phone_problems(page, name, folder)
    assert not problems, f"{name} does not fit a phone: {problems}"


def tap_continue(page: Page, *, to, name, folder):
    check_fits_a_phone(page, name, folder)
    page.get_by_role("button", name="Continue").tap()
    expect(heading(page, to)).to_be_visible()


def test_the_journey_on_a_phone(phone_page, screenshots):
    page = phone_page
    interview = timezone.now() + dt.timedelta(days=5)
    page.goto("/")
    check_fits_a_phone(page, "01 home", screenshots)
    page.get_by_role("button", name="Start").tap()

    expect(heading(page, "Where are you in the process?")).to_be_visible()
    page.get_by_role("button", name="Continue").tap()
    expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
    check_fits_a_phone(page, "02 situation with errors", screenshots)
    page.get_by_label("I have an interview scheduled").tap()
    page.get_by_label("Interview date").fill(interview.date().isoformat())
    page.get_by_label("Interview time").fill("14:30")
    tap_continue(page, to="Who is involved?", name="03 situation", folder=screenshots)

    page.get_by_label(exactly("Company")).fill("Stark Industries")
    page.get_by_label(exactly("Role")).fill("Mechanical Engineer")
    page.get_by_label(exactly("Their full name")).fill("Pepper Potts")
    page.get_by_label("Their phone (optional)").fill("+1 212 555 0100")
    page.get_by_label(exactly("Your name")).fill("Peter Parker")
    tap_continue(page, to="Why do you want to step back?", name="04 people", folder=screenshots)

    page.get_by_label("I've accepted another offer").tap()
    tap_continue(page, to="Should you decline?", name="05 reasons", folder=screenshots)

    page.get_by_label("I understand a decline is hard to undo once it's sent.").tap()
    tap_continue(page, to="How would you like to tell them?", name="06 advice", folder=screenshots)
    tap_continue(page, to="How should it sound?", name="07 channel", folder=screenshots)
    tap_continue(page, to="Check your answers", name="08 tone", folder=screenshots)

    check_fits_a_phone(page, "09 check your answers", screenshots)
    page.get_by_role("button", name="Save and write my message").tap()
    expect(heading(page, "Your message")).to_be_visible()
    check_fits_a_phone(page, "10 your message", screenshots)


def test_every_page_fits_a_phone(new_context, live_server, owner, screenshots):
    phone = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
    found = {}
    for page_entry, page in every_page(new_context, live_server, owner, **phone):
        if problems := phone_problems(page, f"page {page_entry.name}", screenshots):
            found[page_entry.name] = problems
    assert not found, "Pages that do not fit a phone:\n" + listed(found)
