"""Budgets that hold on every page: a fixed number of queries and a light first load.

Counts, not times: a page costs the same few queries with one draft as with many (DESIGN 8),
and weighs under 60 KB compressed with every stylesheet, script and image it loads, none from
another origin. Times are for `make bench`.
"""

import functools
import gzip
from urllib.parse import urlencode

import brotli
import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from bench import pageweight
from tests.factories import DraftFactory, draft_with_every_step

MANY = 45  # more than two pages of the drafts list

# Per page: (method, URL under /drafts/<id>/ or absolute, POST data, queries).
# A signed-in page reads the session and the user; a draft page then reads the draft.
# A POST also writes the draft in a savepoint (SAVEPOINT, UPDATE, RELEASE).
PAGES = {
    "home": ("GET", "/", None, 2),
    "drafts list": ("GET", "/drafts/", None, 3),  # + the page of drafts (no count)
    "situation GET": ("GET", "step/situation/", None, 3),
    "people GET": ("GET", "step/people/", None, 3),
    "reasons GET": ("GET", "step/reasons/", None, 3),
    "advice GET": ("GET", "step/advice/", None, 3),
    "channel GET": ("GET", "step/channel/", None, 3),
    "tone GET": ("GET", "step/tone/", None, 3),
    "check GET": ("GET", "step/check/", None, 3),
    "situation POST": (
        "POST",
        "step/situation/",
        {"stage": "invited", "time_zone": "Europe/London"},
        6,
    ),
    "people POST": (
        "POST",
        "step/people/",
        {
            "company": "Acme",
            "role": "Product Designer",
            "contact_name": "Ana Rivera",
            "contact_role": "recruiter",
            "contact_phone": "+44 20 7946 0000",
            "sender_name": "Sam Lee",
        },
        6,
    ),
    "reasons POST": ("POST", "step/reasons/", {"reasons_role": "career_goals"}, 6),
    "advice POST": ("POST", "step/advice/", {"action": "decline", "confirm": "on"}, 6),
    "channel POST": ("POST", "step/channel/", {"channel": "email"}, 6),
    "tone POST": ("POST", "step/tone/", {"tone": "warm", "share_reason": "brief"}, 6),
    # + the "Your answers are saved" message, written to the session in a savepoint of its own.
    "check POST": ("POST", "step/check/", {}, 6),  # its "saved" message goes in a cookie
    # The draft's timeline is read again only when it has grown (tests/drafts/test_timeline.py).
    "your message": ("GET", "message/", None, 3),
    "print view": ("GET", "print/", None, 3),
    ".eml export": ("GET", "message.eml", None, 4),  # + the owner, for the From address
    ".txt export": ("GET", "message.txt", None, 3),
    ".ics export": ("GET", "follow-up.ics", None, 3),
}
HTML_PAGES = [name for name, (method, *_rest) in PAGES.items() if method == "GET"]
HTML_PAGES = [name for name in HTML_PAGES if "export" not in name]


def _url(draft, path):
    return path if path.startswith("/") else f"/drafts/{draft.pk}/{path}"


def _request(client, draft, name):
    method, path, data, _ = PAGES[name]
    url = _url(draft, path)
    if method == "POST":
        return client.post(url, {**data, "nav": "next"})
    return client.get(url)


@pytest.fixture(params=[1, MANY], ids=["1 draft", f"{MANY} drafts"])
def drafts(request, owner):
    """The owner's fully answered draft, and as many others as the parameter asks."""
    draft = draft_with_every_step(owner=owner)
    DraftFactory.create_batch(request.param - 1, owner=owner)
    return draft


@pytest.mark.parametrize("name", PAGES)
def test_queries_are_pinned_whatever_the_number_of_drafts(
    name, owner_client, drafts, django_assert_num_queries
):
    _request(owner_client, drafts, name)  # a first visit may set the CSRF cookie
    drafts.refresh_from_db()
    with django_assert_num_queries(PAGES[name][3]):
        response = _request(owner_client, drafts, name)
    assert response.status_code == (302 if PAGES[name][0] == "POST" else 200), response


@functools.cache  # the files do not change during a run; compressing them is most of the cost
def _static_bytes(url):
    """A static file as whitenoise sends it: the smaller of brotli and gzip, both at maximum."""
    assert url.startswith("/static/"), url
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, f"{url} is not a static file"
    with open(path, "rb") as file:
        content = file.read()
    return min(
        len(brotli.compress(content, quality=11)),
        len(gzip.compress(content, compresslevel=9, mtime=0)),
        len(content),
    )


@pytest.mark.parametrize("name", HTML_PAGES)
def test_first_load_is_under_60_kb_compressed_and_all_from_this_site(name, owner_client, drafts):
    response = _request(owner_client, drafts, name)
    assert response.status_code == 200
    html = response.content.decode()
    urls = list(dict.fromkeys(pageweight.resources(html)))
    assert urls, "a page with no stylesheet at all is not what the budget is about"
    foreign = [url for url in urls if pageweight.is_other_origin(url)]
    assert foreign == [], f"{name} loads from another origin: {foreign}"
    total = pageweight.compressed_size(response.content) + sum(_static_bytes(u) for u in urls)
    assert total < pageweight.LIMIT, f"{name} weighs {total / 1024:.1f} KB compressed"


def test_the_signed_out_home_page_is_within_budget_too(db):
    response = Client().get("/")
    urls = pageweight.resources(response.content.decode())
    assert not [url for url in urls if pageweight.is_other_origin(url)]
    total = pageweight.compressed_size(response.content) + sum(_static_bytes(u) for u in urls)
    assert total < pageweight.LIMIT


def test_an_outside_url_is_caught():
    html = (
        '<link rel="stylesheet" href="https://cdn.example/x.css">'
        '<script src="//cdn.example/x.js"></script><img src="/static/img/favicon.svg">'
    )
    urls = pageweight.resources(html)
    assert [url for url in urls if pageweight.is_other_origin(url)] == [
        "https://cdn.example/x.css",
        "//cdn.example/x.js",
    ]


def test_search_and_later_pages_of_the_list_cost_the_same(
    owner_client, owner, django_assert_num_queries
):
    DraftFactory.create_batch(MANY, owner=owner, company="Acme")
    query = urlencode({"q": "Acme", "status": "in_progress", "page": 2})
    owner_client.get(f"/drafts/?{query}")
    with django_assert_num_queries(PAGES["drafts list"][3]):
        response = owner_client.get(f"/drafts/?{query}")
    assert "Drafts 21 to 40, newest first." in response.content.decode()
