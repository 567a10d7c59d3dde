"""What a person does in the browser, step by step: sign up, sign in, sign out, find things.

Everything is found the way a person finds it: by label, role and visible text.
"""

import re

from playwright.sync_api import Page, expect

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
