"""What a page weighs on first load: its HTML and every stylesheet, script and image it names.

Shared by `make bench` (over HTTP) and tests/test_budgets.py (through the test client), so both
count the same things the same way: bytes as sent compressed, gzip level 9 for the HTML (what a
front proxy would do) and whitenoise's own compressed copies for the static files.
"""

import gzip
from html.parser import HTMLParser

LIMIT = 60 * 1024  # bytes, compressed, for a page and everything it loads


class Resources(HTMLParser):
    """The URLs of the stylesheets, scripts, icons and images a page makes the browser fetch."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower().split()
            if {"stylesheet", "icon", "preload", "modulepreload", "manifest"} & set(rel):
                self.urls.append(attrs["href"])
        elif tag in ("script", "img", "source", "iframe", "embed") and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "object" and attrs.get("data"):
            self.urls.append(attrs["data"])


def resources(html):
    parser = Resources()
    parser.feed(html)
    parser.close()
    return parser.urls


def is_other_origin(url):
    """True for an absolute or protocol-relative URL: a request to another origin."""
    lowered = url.strip().lower()
    return lowered.startswith(("http://", "https://", "//"))


def compressed_size(content):
    return len(gzip.compress(content, compresslevel=9, mtime=0))
