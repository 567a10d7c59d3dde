"""When the database is gone: a friendly 503 page at once, and back to normal by itself.

The failures are real, not mocked: the request's connection points at a port where nothing
listens (or at a folder that does not exist, on SQLite), or at a socket that accepts and
never answers, or its server process is terminated between two requests. The shared
PostgreSQL server itself is never stopped: other tests use it.
"""

import contextlib
import socket
import time

import psycopg
import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import DataError, IntegrityError, ProgrammingError, connection, connections
from django.test import Client, RequestFactory
from django.urls import reverse

from declinewiz.views import server_error
from tests.factories import DraftFactory, UserFactory

ON_POSTGRES = "postgresql" in settings.DATABASES["default"]["ENGINE"]
postgres_only = pytest.mark.skipif(
    not ON_POSTGRES, reason="needs PostgreSQL (set DATABASE_URL=postgres://...)"
)
FRIENDLY = "We&#x27;ll be back in a moment"
FRIENDLY_RAW = "We'll be back in a moment"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def database_at(**changes):
    """For this thread, the app's database connection goes to a different place."""
    real = connections["default"]
    broken = real.__class__({**real.settings_dict, **changes}, alias="default")
    connections["default"] = broken
    try:
        yield
    finally:
        broken.close()
        connections["default"] = real


def unreachable():
    if ON_POSTGRES:
        return {"HOST": "127.0.0.1", "PORT": str(free_port())}
    return {"NAME": "/nonexistent-folder/declinewiz.sqlite3"}


def assert_friendly_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert FRIENDLY in html or FRIENDLY_RAW in html
    assert "Your saved drafts are safe" in html
    for leak in ("Traceback", "OperationalError", "psycopg", "sqlite", "settings"):
        assert leak not in html


@pytest.fixture
def signed_in(owner):
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    return client


def test_pages_that_need_the_database_answer_503_when_it_is_unreachable(signed_in, owner):
    draft = DraftFactory(owner=owner, ready=True)
    pages = [
        reverse("drafts:list"),
        reverse("drafts:message", kwargs={"draft_id": draft.pk}),
        reverse("drafts:step", kwargs={"draft_id": draft.pk, "step": "people"}),
    ]
    with database_at(**unreachable()):
        for url in pages:
            started = time.monotonic()
            response = signed_in.get(url)
            assert time.monotonic() - started < 3, url
            assert_friendly_503(response)
        # A change, too: nothing half-done, the same page.
        assert_friendly_503(signed_in.post(reverse("drafts:create")))
    # And with the database back, the same browser carries on.
    assert signed_in.get(reverse("drafts:list")).status_code == 200


def test_a_visitor_starting_a_draft_gets_the_503_page(db):
    client = Client(raise_request_exception=False)
    with database_at(**unreachable()):
        assert_friendly_503(client.post(reverse("drafts:create")))


def test_a_bug_is_still_a_500_not_a_503(signed_in, monkeypatch):
    """The 503 page says "try again"; it must not hide a real error behind that promise."""

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("declinewiz.drafts.views.DraftPage", broken)
    response = signed_in.get(reverse("drafts:list"))
    assert response.status_code == 500
    assert "Retry-After" not in response


@postgres_only
def test_a_database_that_accepts_but_never_answers_gives_503_within_seconds(signed_in):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel completes the handshake; nobody ever speaks
        port = silent.getsockname()[1]
        with database_at(HOST="127.0.0.1", PORT=str(port)):
            started = time.monotonic()
            response = signed_in.get(reverse("drafts:list"))
            waited = time.monotonic() - started
    assert_friendly_503(response)
    assert waited < 6, f"a page hung for {waited:.1f}s on an unresponsive database"


def serve(path, cookie):
    """One request through the WSGI handler exactly as gunicorn calls it.

    Django's test client skips the request_started/request_finished connection housekeeping
    (where persistent connections are health-checked); a real server does not.
    """
    environ = RequestFactory().get(path, HTTP_COOKIE=f"sessionid={cookie}").environ
    status = []
    response = WSGIHandler()(environ, lambda line, headers, *_: status.append(line))
    body = b"".join(response)
    response.close()
    return int(status[0].split()[0]), body


def backend_pid():
    connection.ensure_connection()
    return connection.connection.info.backend_pid


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_after_the_database_drops_its_connections_the_next_request_just_works():
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    owner = UserFactory(email="owner@example.com")
    DraftFactory(owner=owner, company="Still here Ltd")
    client = Client()
    client.force_login(owner)
    cookie = client.cookies["sessionid"].value

    status, body = serve("/drafts/", cookie)
    assert status == 200
    assert b"Still here Ltd" in body
    before = backend_pid()
    assert serve("/drafts/", cookie)[0] == 200
    assert backend_pid() == before, "the connection is meant to persist between requests"

    # As a database restart or a failover does: the server ends the app's connection.
    params = connection.get_connection_params()
    params = {key: params[key] for key in ("host", "port", "user") if params.get(key)}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [before])
        for _ in range(50):
            gone = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [before]
            ).fetchone()
            if gone == (0,):
                break
            time.sleep(0.05)

    status, body = serve("/drafts/", cookie)
    assert status == 200, "the first request after the drop failed: no health check?"
    assert b"Still here Ltd" in body
    assert backend_pid() != before


@pytest.mark.parametrize("error", [IntegrityError, DataError, ProgrammingError])
def test_a_database_error_that_is_a_bug_is_not_shown_as_an_outage(error):
    """ "We'll be back in a moment" would be untrue: trying again meets the same error."""
    try:
        raise error("the code did not expect this")
    except error:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert FRIENDLY_RAW not in response.content.decode()
    assert "Retry-After" not in response
