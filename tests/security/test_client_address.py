"""Behind a reverse proxy each person is still told apart by their own address.

Every request then comes from the proxy, so without TRUSTED_PROXIES five failed sign-ins by
anyone would lock everyone out. The client's address is the entry the trusted proxy appended
to X-Forwarded-For (the right-most); what a client writes to its left changes nothing.
"""

import runpy
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, RequestFactory
from django.urls import reverse

from declinewiz.accounts.addresses import client_address
from tests.factories import UserFactory

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "declinewiz" / "settings.py"
PASSWORD = "correct horse battery staple"  # tests/factories.py
LOCKED = "Too many attempts"
PROXY = "10.0.0.2"


@pytest.fixture(autouse=True)
def _behind_a_proxy(settings):
    settings.TRUSTED_PROXIES = [PROXY]


def through_proxy(forwarded):
    """A browser whose requests reach the app through the proxy, as `forwarded` is sent on."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)


def sign_in(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


def test_failures_from_five_people_behind_the_proxy_do_not_lock_a_sixth(db):
    person = UserFactory(email="sixth@example.com")
    for n in range(5):
        client = through_proxy(f"198.51.100.{n + 1}")
        for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
            assert sign_in(client, f"typo{n}@example.com", f"wrong {attempt}").status_code == 200
    assert sign_in(through_proxy("198.51.100.6"), person.email, PASSWORD).status_code == 302


def test_a_forged_left_most_entry_does_not_escape_the_lock(db):
    person = UserFactory(email="victim@example.com")
    other = UserFactory(email="other@example.com")
    # One guesser, a new made-up address in front of theirs on every try.
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        forged = through_proxy(f"203.0.113.{attempt + 1}, 198.51.100.66")
        response = sign_in(forged, f"guess{attempt}@example.com", "wrong")
    assert response.status_code == 429
    forged = through_proxy("203.0.113.99, 198.51.100.66")
    response = sign_in(forged, other.email, PASSWORD)
    assert response.status_code == 429
    assert LOCKED.encode() in response.content
    # Everyone else behind the proxy still signs in.
    assert sign_in(through_proxy("198.51.100.7"), person.email, PASSWORD).status_code == 302


def test_the_header_is_ignored_from_a_peer_that_is_not_a_trusted_proxy(db):
    person = UserFactory(email="person@example.com")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        direct = Client(REMOTE_ADDR="192.0.2.40", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")
        sign_in(direct, f"guess{attempt}@example.com", "wrong")
    direct = Client(REMOTE_ADDR="192.0.2.40", HTTP_X_FORWARDED_FOR="198.51.100.100")
    assert sign_in(direct, person.email, PASSWORD).status_code == 429


@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "expected"),
    [
        ([], "192.0.2.1", "198.51.100.1", "192.0.2.1"),  # no proxy configured: the peer
        ([PROXY], PROXY, "198.51.100.1", "198.51.100.1"),
        ([PROXY], PROXY, "1.2.3.4, 198.51.100.1", "198.51.100.1"),  # forged entry skipped
        ([PROXY], PROXY, "not-an-address, 198.51.100.1", "198.51.100.1"),
        ([PROXY], PROXY, "", PROXY),  # the proxy itself (a health check): its own address
        ([PROXY], "192.0.2.9", "198.51.100.1", "192.0.2.9"),  # not through the proxy
        (["10.0.0.0/8"], "10.1.2.3", "2001:db8::1", "2001:db8::1"),  # a network, IPv6 client
        # Two hops, outermost first: a CDN in front of a load balancer.
        (["203.0.113.0/24", PROXY], PROXY, "6.6.6.6, 198.51.100.1, 203.0.113.7", "198.51.100.1"),
        (["203.0.113.0/24", PROXY], PROXY, "198.51.100.1, 192.0.2.77", PROXY),  # CDN bypassed
    ],
)
def test_the_client_address_is_the_one_the_trusted_proxies_saw(
    settings, trusted, peer, forwarded, expected
):
    settings.TRUSTED_PROXIES = trusted
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    request = RequestFactory().get("/", REMOTE_ADDR=peer, **extra)
    assert client_address(request) == expected


def production_settings(monkeypatch, **environment):
    monkeypatch.setenv("DEBUG", "false")
    monkeypatch.setenv("SECRET_KEY", "a-production-like-secret-key-for-tests-" + "x" * 30)
    for name in ("BEHIND_TLS_PROXY", "TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


def test_a_tls_proxy_without_trusted_proxies_stops_the_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        production_settings(monkeypatch, BEHIND_TLS_PROXY="true")
    values = production_settings(monkeypatch, BEHIND_TLS_PROXY="true", TRUSTED_PROXIES="10.0.0.2")
    assert values["TRUSTED_PROXIES"] == ["10.0.0.2"]


def test_a_trusted_proxy_that_is_not_an_address_stops_the_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match=r"TRUSTED_PROXIES='proxy\.internal'"):
        production_settings(monkeypatch, TRUSTED_PROXIES="proxy.internal")
