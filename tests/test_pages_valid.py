"""Every page parses as valid HTML, has a unique, descriptive title and one h1."""

import re

import html5lib
import pytest

from tests.pages import PAGES, make_draft, page_url, uncovered_url_names


def test_every_url_pattern_is_a_listed_page_or_says_why_not():
    assert uncovered_url_names() == [], "Add these URL names to tests/pages.py"


def fetch(client, page, owner):
    draft = make_draft(owner, page.state)
    if page.who == "owner":
        client.force_login(owner)
    url = page_url(page, owner=owner, draft=draft)
    response = client.post(url, page.post) if page.post is not None else client.get(url)
    if response.status_code == 302 and page.url_name == "password_reset_confirm":
        response = client.get(response["Location"])
    return response


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_is_valid_html_with_one_h1(client, owner, page):
    response = fetch(client, page, owner)
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    parser.parse(html)  # raises on any parse error
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    # No template syntax shows through (a {# comment #} cannot span lines, for one).
    assert not re.search(r"\{[#%]|[#%]\}", html)
    if page.post is not None:
        assert "There is a problem" in html or "problem" in html.lower()
        assert "<title>Error: " in html


def test_titles_are_unique_and_name_the_product(client, owner):
    titles = {}
    for page in PAGES:
        if page.post is not None:
            continue
        client.logout()
        html = fetch(client, page, owner).content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        assert title.endswith("– declinewiz"), title
        titles.setdefault(title, []).append(page.name)
    repeated = {title: names for title, names in titles.items() if len(names) > 1}
    # The same page in two states (an empty and a full list) may share its title.
    assert all(
        len({PAGE.url_name for PAGE in PAGES if PAGE.name in names}) == 1
        for names in repeated.values()
    ), repeated
