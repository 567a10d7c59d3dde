"""Settings from the environment: strict parsing, no production secret default, a clean
`check --deploy`.

The start-up checks run `manage.py` in a fresh process, because settings are read once, at
import. DATABASE_URL is kept, so on PostgreSQL the checks run against PostgreSQL settings too.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from declinewiz.settings import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent

# Everything the settings read that a developer's shell might have set.
SETTINGS_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "BEHIND_TLS_PROXY",
    "EMAIL_USE_TLS",
    "EMAIL_PORT",
    "CONN_MAX_AGE",
    "AXES_FAILURE_LIMIT",
    "TRUSTED_PROXIES",
    "SIGN_UP_LIMIT",
    "CACHE_URL",
    "REDIS_URL",
    # Set by conftest.py for the browser tests; production never has it.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def manage(*args, **environment):
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("true", True),
        ("True", True),
        (" yes ", True),
        ("1", True),
        ("on", True),
        ("false", False),
        ("FALSE", False),
        ("no", False),
        ("0", False),
        ("off", False),
    ],
)
def test_env_bool_reads_true_and_false_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("DECLINEWIZ_TEST_FLAG", raw)
    assert env_bool("DECLINEWIZ_TEST_FLAG", not expected) is expected


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_env_bool_unset_or_empty_uses_the_default(monkeypatch, raw):
    monkeypatch.delenv("DECLINEWIZ_TEST_FLAG", raising=False)
    if raw is not None:
        monkeypatch.setenv("DECLINEWIZ_TEST_FLAG", raw)
    assert env_bool("DECLINEWIZ_TEST_FLAG", True) is True
    assert env_bool("DECLINEWIZ_TEST_FLAG", False) is False


@pytest.mark.parametrize("raw", ["ture", "flase", "2", "y", "enabled", "truee"])
def test_env_bool_refuses_anything_else_naming_the_variable(monkeypatch, raw):
    monkeypatch.setenv("DECLINEWIZ_TEST_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="DECLINEWIZ_TEST_FLAG") as caught:
        env_bool("DECLINEWIZ_TEST_FLAG", True)
    assert repr(raw) in str(caught.value)
    assert "not a boolean" in str(caught.value)


def test_env_int_refuses_a_non_number_naming_the_variable(monkeypatch):
    monkeypatch.setenv("DECLINEWIZ_TEST_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="DECLINEWIZ_TEST_NUMBER='ten'"):
        env_int("DECLINEWIZ_TEST_NUMBER", 1)
    monkeypatch.setenv("DECLINEWIZ_TEST_NUMBER", "42")
    assert env_int("DECLINEWIZ_TEST_NUMBER", 1) == 42


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("DECLINEWIZ_TEST_HOSTS", " example.com, ,www.example.com ")
    assert env_list("DECLINEWIZ_TEST_HOSTS", []) == ["example.com", "www.example.com"]


def test_a_misspelt_debug_stops_the_start_with_a_clear_message():
    result = manage("check", DEBUG="ture")
    assert result.returncode != 0
    assert "DEBUG='ture' is not a boolean" in result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DEBUG="false", ALLOWED_HOSTS="example.com")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_the_deployment_checklist_without_a_warning():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr
