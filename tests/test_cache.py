"""The cache comes from the environment, and the site runs with Redis as its cache.

CACHE_URL (or REDIS_URL) switches Django's cache to its built-in Redis backend, so several app
servers share one; with neither set each process keeps its own in memory. Sessions stay in the
database either way. The tests marked `redis` run against a real Redis: REDIS_TEST_URL, else
redis://127.0.0.1:6379/15; with REQUIRE_REDIS set (CI) an unreachable Redis fails them.
"""

import os
import re
import subprocess
import sys
import uuid

import pytest
import redis
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.test import Client
from django.urls import reverse

from tests.factories import DraftFactory, draft_with_every_step
from tests.security.journey import complete_wizard, message_url, start_draft
from tests.test_settings import ROOT, SETTINGS_VARIABLES

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
REDIS = "django.core.cache.backends.redis.RedisCache"
PASSWORD = "correct horse battery staple"  # tests/factories.py


def cache_settings(**environment):
    """CACHES as settings.py builds it from `environment`, in a fresh process."""
    env = {key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES}
    result = subprocess.run(
        [sys.executable, "-c", "from declinewiz import settings; print(settings.CACHES)"],
        cwd=ROOT,
        env={**env, **environment},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def test_with_no_cache_url_each_process_keeps_its_own_cache_in_memory():
    code, output = cache_settings()
    assert code == 0, output
    assert "django.core.cache.backends.locmem.LocMemCache" in output


def test_redis_url_switches_to_djangos_redis_backend():
    code, output = cache_settings(REDIS_URL="redis://cache.internal:6379/2")
    assert code == 0, output
    assert REDIS in output
    assert "redis://cache.internal:6379/2" in output


def test_cache_url_wins_over_redis_url():
    code, output = cache_settings(
        CACHE_URL="redis://cache.internal:6379/3", REDIS_URL="redis://other:6379/0"
    )
    assert code == 0, output
    assert "redis://cache.internal:6379/3" in output
    assert "redis://other" not in output


def test_a_cache_url_that_is_not_redis_stops_the_start_with_a_clear_message():
    code, output = cache_settings(CACHE_URL="memcached://cache.internal:11211")
    assert code != 0
    assert "is not a Redis URL" in output


@pytest.fixture
def redis_cache(settings):
    """Django's cache on the real Redis, under a key prefix of this test's own."""
    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("REQUIRE_REDIS"):
            raise
        pytest.skip(f"needs Redis at {REDIS_TEST_URL} (or set REDIS_TEST_URL)")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {"BACKEND": REDIS, "LOCATION": REDIS_TEST_URL, "KEY_PREFIX": prefix},
        "markup": {"BACKEND": REDIS, "LOCATION": REDIS_TEST_URL, "KEY_PREFIX": f"{prefix}-markup"},
    }
    yield client, prefix
    keys = list(client.scan_iter(f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.mark.redis
def test_two_app_servers_see_one_cache(redis_cache):
    _client, prefix = redis_cache
    cache.set("greeting", {"words": "Thank you"}, timeout=60)
    # Another process on another machine: a cache of its own, on the same Redis.
    other_server = RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": prefix})
    assert other_server.get("greeting") == {"words": "Thank you"}
    other_server.delete("greeting")
    assert cache.get("greeting") is None


@pytest.mark.redis
def test_sign_in_and_a_whole_draft_work_with_redis_and_keep_sessions_in_the_database(
    redis_cache, owner
):
    redis_client, prefix = redis_cache
    browser = Client()
    response = browser.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    assert response.status_code == 302
    draft_id = start_draft(browser)
    complete_wizard(browser, draft_id)
    assert browser.get(message_url(draft_id)).status_code == 200
    # The session is a row in the database, not a key in Redis: every app server finds it,
    # and a restarted Redis signs nobody out.
    assert Session.objects.filter(session_key=browser.session.session_key).exists()
    assert not [key for key in redis_client.scan_iter(f"{prefix}:*") if b"session" in key]


@pytest.mark.redis
def test_failed_sign_ins_still_lock_with_redis_as_the_cache(redis_cache, owner, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = Client(REMOTE_ADDR=f"203.0.113.{attempt + 1}").post(
            reverse("login"), {"username": owner.email, "password": f"wrong {attempt}"}
        )
    assert response.status_code == 429


@pytest.mark.redis
def test_rendered_fields_are_shared_through_redis(redis_cache, owner_client, owner):
    redis_client, prefix = redis_cache
    first = DraftFactory(owner=owner, company="Initech")
    second = DraftFactory(owner=owner, company="Globex")
    owner_client.get(reverse("drafts:step", args=[first.id, "people"]))
    kept = set(redis_client.scan_iter(f"{prefix}-markup:*"))
    assert kept
    # The other draft shares the fields it has in common and keeps its own company.
    page = owner_client.get(reverse("drafts:step", args=[second.id, "people"])).content.decode()
    assert 'value="Globex"' in page
    assert 'value="Initech"' not in page
    added = set(redis_client.scan_iter(f"{prefix}-markup:*")) - kept
    assert 0 < len(added) < len(kept)


def test_the_message_pages_words_come_back_whole_from_redis(redis_cache, owner_client, owner):
    redis_client, prefix = redis_cache
    draft = draft_with_every_step(owner=owner, company="Initech", channel="phone_then_email")
    page = reverse("drafts:message", args=[draft.id])
    made = owner_client.get(page).content.decode()
    assert any(b":words:" in key for key in redis_client.scan_iter(f"{prefix}-markup:*"))
    kept = owner_client.get(page).content.decode()
    # The same page but for this visit's CSRF token: the words, script and check from Redis.
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", kept) == token.sub("", made)
    assert "Initech" in kept
