"""What the accessibility, keyboard and phone tests look for in a page, in one place."""

from axe_playwright_python.sync_playwright import Axe, AxeResults
from django.conf import settings
from django.test import Client
from playwright.sync_api import BrowserContext, Page

AXE = Axe()


def with_axe(context: BrowserContext):
    """Load axe-core into every page of the context as it opens (cheaper than once per run)."""
    context.add_init_script(AXE.axe_script)
    return context


def axe_violations(page: Page):
    """axe-core's violations on the page as it stands, one readable line per element.

    Every rule axe-core has (WCAG 2.0-2.2 A and AA, and best practices), bar experimental ones.
    """
    if page.evaluate("typeof axe === 'undefined'"):
        page.evaluate(AXE.axe_script)
    results = AxeResults(page.evaluate("axe.run({resultTypes: ['violations']})"))
    return [
        f"{violation['id']} ({violation['impact']}): {', '.join(map(str, node['target']))}"
        f" – {_first_check(node) or violation['help']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def _first_check(node):
    checks = node.get("any", []) + node.get("all", []) + node.get("none", [])
    return checks[0]["message"] if checks else ""


def sign_in_context(context: BrowserContext, user, base_url):
    """Give the browser the session of `user`, as the sign-in form would."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": base_url}]
    )


# Submit the form holding `data`'s first field with exactly `data` (and the hidden CSRF token
# and version), as a person who cleared or unticked every other field would.
_SUBMIT_WITH = """data => {
  const names = Object.keys(data);
  const form = document.querySelector(`[name="${names[0]}"]`).form;
  for (const element of form.elements) {
    if (!element.name || element.type === "hidden" || element.type === "submit") continue;
    const value = data[element.name] ?? "";
    if (element.type === "checkbox" || element.type === "radio") {
      element.checked = element.value === value;
    } else {
      element.value = value;
    }
  }
}"""


def submit_with(page: Page, data):
    """Fill the page's form with `data` in the browser and press its first submit button."""
    page.evaluate(_SUBMIT_WITH, data)
    names = list(data)
    form = page.locator(f'form:has([name="{names[0]}"])')
    with page.expect_navigation():
        form.locator("[type=submit]").first.click()


def focus_indicator(page: Page):
    """The focused element and the outline or shadow that shows it ("" when there is none)."""
    return page.evaluate(
        r"""() => {
          const element = document.activeElement;
          const style = getComputedStyle(element);
          const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
            ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : "";
          // A shadow counts once it shows: not "none", not transparent, not mid-transition at 0px.
          const shows = style.boxShadow !== "none" && !/rgba\([^)]*, 0\)|0px 0px 0px 0px/.test(style.boxShadow);
          const shadow = shows ? `box-shadow ${style.boxShadow}` : "";
          const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "");
          return {element: name, text: (element.innerText || element.value || "").trim().slice(0, 60),
                  indicator: outline || shadow};
        }"""
    )


def assert_focus_visible(page: Page):
    focus = focus_indicator(page)
    assert focus["element"] != "body", "nothing has focus"
    assert focus["indicator"], f"no visible focus on {focus}"
    return focus


def horizontal_overflow(page: Page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


# WCAG 2.2's 2.5.8 Target Size (Minimum): 24 x 24 CSS px. A radio or checkbox counts with its
# label (clicking either ticks it); a link inside a sentence is exempt.
TARGETS = (
    "button, input[type=submit], main a[href], input[type=radio], input[type=checkbox], select,"
    " input:not([type=hidden]), textarea"
)
# What a thumb presses to answer or to move on: 44 x 44 px, the size of WCAG's 2.5.5 (AAA).
CONTROLS = "button, input[type=submit], input[type=radio], input[type=checkbox]"
_SMALL_TARGETS = """([minimum, selector]) => {
  const small = [];
  const visible = element => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  const describe = element => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "")
    + ` "${(element.innerText || element.value || element.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
  const inSentence = link => {
    const block = link.closest("p, li, dd, td");
    return block && block.innerText.trim().length > link.innerText.trim().length + 2;
  };
  const targets = [...document.querySelectorAll(selector)];
  for (const element of targets.filter(visible)) {
    if (element.tagName === "A" && inSentence(element)) continue;
    // A radio or checkbox is clicked through its label as well: they make one target.
    const boxes = [element, ...(element.labels && /radio|checkbox/.test(element.type) ? element.labels : [])]
      .map(part => part.getBoundingClientRect());
    const width = Math.max(...boxes.map(b => b.right)) - Math.min(...boxes.map(b => b.left));
    const height = Math.max(...boxes.map(b => b.bottom)) - Math.min(...boxes.map(b => b.top));
    if (width < minimum || height < minimum) {
      small.push(`${describe(element)} is ${width.toFixed(1)} x ${height.toFixed(1)}`);
    }
  }
  return small;
}"""


def small_tap_targets(page: Page, minimum=24, selector=TARGETS):
    return page.evaluate(_SMALL_TARGETS, [minimum, selector])


def small_controls(page: Page):
    """Radios, checkboxes and buttons under 44 x 44 px (with their labels)."""
    return small_tap_targets(page, 44, CONTROLS)
