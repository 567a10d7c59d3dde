"""The standard people of every test: the owner, another user, and a visitor."""

import os

import pytest

from tests.factories import DraftFactory, UserFactory

# Browser tests run the live server and the ORM in one test.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fast_and_simple_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Hashed file names need collectstatic; tests serve the files as they are.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


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
