"""Production's security headers and cookies, read off real responses.

The production values are not copied here: settings.py is executed afresh with DEBUG=false
(as a server would start it) and its security settings applied, so a change there is tested.
`manage.py check --deploy` is run by tests/test_settings.py.
"""

import runpy
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DraftFactory
from tests.security.test_injection import tags_of

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "declinewiz" / "settings.py"
PRODUCTION_NAMES = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME_", "CONTENT_SECURITY")
PASSWORD = "correct horse battery staple"  # tests/factories.py


class HttpsClient(Client):
    def generic(self, *args, **kwargs):
        kwargs["secure"] = True
        return super().generic(*args, **kwargs)


@pytest.fixture
def production(settings, monkeypatch):
    monkeypatch.setenv("DEBUG", "false")
    monkeypatch.setenv("SECRET_KEY", "a-production-like-secret-key-for-tests-" + "x" * 30)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "BEHIND_TLS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    values = runpy.run_path(str(SETTINGS_FILE))
    assert values["DEBUG"] is False
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = values["ALLOWED_HOSTS"]
    for name, value in values.items():
        if name.startswith(PRODUCTION_NAMES):
            setattr(settings, name, value)
    assert settings.SECURE_SSL_REDIRECT
    assert settings.SESSION_COOKIE_SECURE
    return settings


@pytest.fixture
def https(production):
    """A browser on the production site: every request over HTTPS."""
    return HttpsClient()


def csp_directives(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def responses(client, owner):
    """(url, response) for the public pages as a visitor, then the private ones signed in."""
    draft = DraftFactory(owner=owner, ready=True, contact_phone="+44 20 7946 0000", channel="email")
    public = ["/", reverse("login"), reverse("accounts:signup"), reverse("password_reset")]
    private = [
        reverse("drafts:list"),
        reverse("accounts:profile"),
        reverse("drafts:step", kwargs={"draft_id": draft.pk, "step": "people"}),
        reverse("drafts:step", kwargs={"draft_id": draft.pk, "step": "check"}),
        reverse("drafts:message", kwargs={"draft_id": draft.pk}),
        reverse("drafts:print-script", kwargs={"draft_id": draft.pk}),
        "/no-such-page/",
    ]
    found = [(url, client.get(url)) for url in public]
    client.force_login(owner)
    found += [(url, client.get(url)) for url in private]
    for url, response in found:
        assert response.status_code == (404 if url == "/no-such-page/" else 200), url
    return found


def test_every_page_sends_the_security_headers(https, owner):
    for _url, response in responses(https, owner):
        assert response["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_content_security_policy_allows_only_the_site_itself(https, owner):
    for _url, response in responses(https, owner):
        directives = csp_directives(response)
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["base-uri"] == ["'self'"]
        assert directives["form-action"] == ["'self'"]
        sources = {source for values in directives.values() for source in values}
        # No unsafe-inline or unsafe-eval, no host or scheme but data: images.
        assert sources <= {"'self'", "'none'", "data:"}, sources
        assert directives["img-src"] == ["'self'", "data:"]


def test_pages_need_nothing_the_policy_forbids(https, owner):
    """No inline script or style and no third-party file: the policy breaks nothing."""
    for url, response in responses(https, owner):
        for tag, attrs in tags_of(response.content.decode()):
            assert "style" not in attrs, (url, tag, attrs)
            assert not any(name.startswith("on") for name in attrs), (url, tag, attrs)
            assert tag != "style", url
            if tag == "script":
                assert attrs.get("src", "").startswith("/static/"), (url, attrs)
            if tag == "link":
                assert attrs["href"].startswith("/static/"), (url, attrs)
            for name in ("src", "action"):
                assert not attrs.get(name, "").startswith(("http:", "https:", "//")), (url, attrs)


def test_plain_http_is_sent_to_https(production, db):
    response = Client().get("/accounts/login/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/accounts/login/"


def test_signing_in_sets_a_secure_httponly_samesite_session_cookie(https, owner):
    owner.set_password(PASSWORD)
    owner.save()
    login = https.get(reverse("login"))
    csrf = login.cookies["csrftoken"]
    assert csrf["secure"] is True
    assert csrf["samesite"] == "Lax"

    response = https.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session.value
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


def test_a_message_after_a_save_travels_in_a_secure_httponly_signed_cookie(https, owner):
    # Messages ride in a cookie (not the session row) and are as guarded as the session.
    https.force_login(owner)
    draft = DraftFactory(owner=owner, company="Acme")
    response = https.post(
        reverse("drafts:rename", kwargs={"draft_id": draft.pk}), {"title": "Acme <b>x</b>"}
    )
    assert response.status_code == 302
    cookie = response.cookies["messages"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    shown = https.get(response["Location"])
    assert "Renamed to \u201cAcme &lt;b&gt;x&lt;/b&gt;\u201d." in shown.content.decode()
    # Read once: the next page no longer shows it, and the cookie is cleared.
    assert shown.cookies["messages"].value == ""
    assert "Renamed to" not in https.get(response["Location"]).content.decode()


@pytest.mark.parametrize("secure", [True, False], ids=["https", "http"])
def test_the_400_for_a_host_not_allowed_carries_the_policy_and_frame_protection(production, secure):
    """Django writes this page itself, before any view: over HTTPS when CommonMiddleware asks
    for the host, over plain HTTP already when SecurityMiddleware builds the HTTPS redirect
    (so that one has no nosniff: the middleware that adds it is the one that refused)."""
    response = Client().get("/", HTTP_HOST="attacker.example", secure=secure)
    assert response.status_code == 400
    assert csp_directives(response)["frame-ancestors"] == ["'none'"]
    assert csp_directives(response)["default-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    if secure:
        assert response["X-Content-Type-Options"] == "nosniff"
