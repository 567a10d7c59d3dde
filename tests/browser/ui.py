"""What a person does in the browser, step by step: sign up, sign in, sign out, find things.

Everything is found the way a person finds it: by label, role and visible text.
"""

import re

from playwright.sync_api import Page, expect

from tests.browser.a11y import sign_in_context, submit_with
from tests.pages import PAGES, make_draft, page_url

PASSWORD = "plum-orchard-lantern-42"


def exactly(text):
    """A label's exact text; crispy-forms marks a required field with a trailing "*"."""
    return re.compile(rf"^\s*{re.escape(text)}\s*\*?\s*$")


def nav(page: Page):
    return page.get_by_role("navigation", name="Main")


def heading(page: Page, name):
    return page.get_by_role("heading", name=name, level=1)


def sign_up(page: Page, *, email, name="", password=PASSWORD):
    """Sign up through the "Sign up" link in the navigation; ends on the page signing up leads to."""
    nav(page).get_by_role("link", name="Sign up").click()
    expect(heading(page, "Create an account")).to_be_visible()
    page.get_by_label("Email address").fill(email)
    if name:
        page.get_by_label("Your name").fill(name)
    page.get_by_label(exactly("Password")).fill(password)
    page.get_by_label("Password confirmation").fill(password)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Welcome! Your account is ready.")).to_be_visible()


def sign_in(page: Page, *, email, password=PASSWORD):
    """Sign in through the "Sign in" link in the navigation; ends on "My drafts"."""
    nav(page).get_by_role("link", name="Sign in").click()
    expect(heading(page, "Sign in")).to_be_visible()
    page.get_by_label("Email address").fill(email)
    page.get_by_label(exactly("Password")).fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(heading(page, "My drafts")).to_be_visible()


def sign_out(page: Page):
    nav(page).get_by_role("button", name="Sign out").click()
    expect(nav(page).get_by_role("link", name="Sign in")).to_be_visible()


def continue_(page: Page, *, to):
    """Press Continue and wait for the next step's heading."""
    page.get_by_role("button", name="Continue").click()
    expect(heading(page, to)).to_be_visible()


def every_page(new_context, live_server, owner, *, prepare=None, **options):
    """Each page of tests/pages.py in its state, as the person it is for: yields (entry, page).

    Two browser contexts with `options` (a visitor's and the owner's, each passed through
    `prepare` first when given); a page with errors is reached by submitting its form in the
    browser, and must then show its error summary.
    """
    contexts = [new_context(**options), new_context(**options)]
    if prepare is not None:
        contexts = [prepare(context) for context in contexts]
    anonymous, signed_in = contexts
    sign_in_context(signed_in, owner, live_server.url)
    pages = {"anonymous": anonymous.new_page(), "owner": signed_in.new_page()}
    for entry in PAGES:
        page = pages[entry.who]
        draft = make_draft(owner, entry.state)
        response = page.goto(page_url(entry, owner=owner, draft=draft))
        assert response.ok, f"{entry.name}: {response.status} at {page.url}"
        if entry.post is not None:
            submit_with(page, entry.post)
            expect(page.get_by_role("alert").filter(has_text="There is a problem")).to_be_visible()
        yield entry, page


def listed(found):
    """{page name: [problem, ...]} as lines to read in a failing test's message."""
    return "\n".join(f"{name}:\n  " + "\n  ".join(items) for name, items in found.items())
