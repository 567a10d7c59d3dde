"""The standard people of every test: the owner, another user, and a visitor."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

from tests.factories import DraftFactory, UserFactory

# Browser tests run the live server and the ORM in one test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# `make test` and CI try the same examples every run, so a red suite points at a change, not at
# the luck of the draw. HYPOTHESIS_PROFILE=explore draws new ones each run, to hunt for cases
# nobody has tried yet (what it finds becomes an example test).
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _fast_and_simple_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Hashed file names need collectstatic; tests serve the files as they are.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with nothing cached: the sign-up limit counts there."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def owner(db):
    return UserFactory(email="owner@example.com", display_name="Sam Lee")


@pytest.fixture
def stranger(db):
    return UserFactory(email="stranger@example.com")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    client.force_login(stranger)
    return client


@pytest.fixture
def draft(owner):
    return DraftFactory(owner=owner)


@pytest.fixture
def ready_draft(owner):
    return DraftFactory(owner=owner, ready=True)


@pytest.fixture
def another_visitor(db):
    """A second browser, not signed in, with a session of its own."""
    from django.test import Client

    return Client()


@pytest.fixture
def guest_draft(client, db):
    """A draft the visitor behind `client` started without an account (held in their session)."""
    from django.urls import resolve

    from declinewiz.drafts.models import Draft

    response = client.post("/drafts/new/")
    assert response.status_code == 302
    return Draft.objects.get(pk=resolve(response["Location"]).kwargs["draft_id"])
