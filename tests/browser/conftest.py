"""A real Chromium for the browser tests: one per test session, a fresh context per test.

Debian's Chromium is driven through Playwright's sync API with our own executable path and
flags (pytest-playwright's plugin is disabled in pyproject.toml so that its fixtures, test
parametrisation and output folder do not get in the way). Without Chromium the tests are
skipped with a message that `-ra` shows; with REQUIRE_BROWSER=1 (CI) that is a failure.
"""

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from declinewiz.settings import env_bool

CHROMIUM_PATH = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_CHROMIUM = (
    "Chromium not found at /usr/bin/chromium: browser tests skipped (apt-get install -y chromium)"
)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
# Pages answer in milliseconds; 10 s leaves room for a busy CI machine without waiting 30 s
# (Playwright's default) for an element that will never come.
TIMEOUT_MS = 10_000
_REPORTS = pytest.StashKey[dict]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    # Keep each phase's report on the test, so a fixture's teardown knows the test failed.
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM_PATH).exists():
        if env_bool("REQUIRE_BROWSER", False):
            pytest.fail(f"{MISSING_CHROMIUM}; REQUIRE_BROWSER=1 forbids skipping", pytrace=False)
        pytest.skip(MISSING_CHROMIUM)
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_context(browser, live_server, request):
    """Open a browser context on the live server; closed (and screenshotted on failure) after.

    Takes Playwright's new_context() options, such as viewport or java_script_enabled.
    """
    contexts = []

    def open_context(**options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield open_context

    reports = request.node.stash.get(_REPORTS, {})
    failed = any(report.failed for report in reports.values())
    for number, context in enumerate(contexts):
        if failed:
            _screenshot(context, request, number)
        context.close()


def _screenshot(context, request, number):
    folder = request.config.rootpath / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.nodeid).strip("-")
    for index, page in enumerate(context.pages):
        path = folder / f"{name}-{number}-{index}.png"
        try:
            page.screenshot(path=path, full_page=True)
        except Exception as error:  # a screenshot must never hide the failure itself
            print(f"Could not save a screenshot to {path}: {error}")
        else:
            print(f"Screenshot of the failed page: {path}")


@pytest.fixture
def page(new_context):
    """A desktop page (1280 x 800) with JavaScript on."""
    return new_context().new_page()


@pytest.fixture
def phone_page(new_context):
    """A phone-sized page (360 x 740, touch) with JavaScript on."""
    return new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()


@pytest.fixture
def no_js_page(new_context):
    """A desktop page with JavaScript turned off: every page must work like this too."""
    return new_context(java_script_enabled=False).new_page()
