"""Every page state at a phone's 360 px and a desktop's 1280 px, in the light and dark schemes.

Each is saved under artifacts/screenshots/<scheme>-<width>/ (ignored by git) for a person to
look at, and fails when the page scrolls sideways or a radio, checkbox or button is smaller
than 44 x 44 px.
"""

import re

import pytest

from tests.browser.a11y import horizontal_overflow, small_controls
from tests.browser.ui import every_page, listed

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

WIDTHS = {
    360: {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
    1280: {"viewport": {"width": 1280, "height": 800}},
}


def file_name(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".png"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_at_both_widths_fits_and_has_large_controls(
    new_context, live_server, owner, request, width, scheme
):
    folder = request.config.rootpath / "artifacts" / "screenshots" / f"{scheme}-{width}"
    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    pages = every_page(new_context, live_server, owner, **WIDTHS[width], color_scheme=scheme)
    for page_entry, page in pages:
        page.screenshot(path=folder / file_name(page_entry.name), full_page=True)
        problems = small_controls(page)
        if overflow := horizontal_overflow(page):
            problems.append(f"the page scrolls {overflow}px sideways")
        if problems:
            found[page_entry.name] = problems
    assert not found, f"At {width}px ({scheme}):\n" + listed(found)
