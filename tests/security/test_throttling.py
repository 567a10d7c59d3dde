"""Guessing passwords is stopped, and password reset gives nothing away.

django-axes locks after AXES_FAILURE_LIMIT failures for one account (from any address) or
from one address (whatever the account), and shows templates/registration/locked_out.html.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from declinewiz.accounts.models import User
from tests.factories import UserFactory

PASSWORD = "correct horse battery staple"  # tests/factories.py
NEW_PASSWORD = "a brand new passphrase 42"
LOCKED = "Too many attempts"


def sign_in(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


@pytest.fixture
def person(db):
    return UserFactory(email="person@example.com")


def test_the_right_password_signs_in(client, person):
    response = sign_in(client, person.email, PASSWORD)
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(person.pk)


def test_repeated_failures_for_one_account_lock_it_with_a_clear_message(person):
    limit = settings.AXES_FAILURE_LIMIT
    assert limit == 5
    for attempt in range(limit - 1):
        # Each guess from a different address: the lock is on the account, not only the IP.
        client = Client(REMOTE_ADDR=f"203.0.113.{attempt + 1}")
        response = sign_in(client, person.email, f"wrong guess {attempt}")
        assert response.status_code == 200
        assert b"don&#x27;t match an account" in response.content
    last = sign_in(Client(REMOTE_ADDR="203.0.113.99"), person.email, "wrong again")
    assert last.status_code == 429
    assert LOCKED.encode() in last.content

    # Locked means locked: even the right password, from a fresh address, does not sign in.
    client = Client(REMOTE_ADDR="198.51.100.7")
    response = sign_in(client, person.email, PASSWORD)
    assert response.status_code == 429
    assert LOCKED.encode() in response.content
    assert b"Reset your password" in response.content
    assert "_auth_user_id" not in client.session


def test_repeated_failures_from_one_address_lock_that_address(db):
    UserFactory(email="victim@example.com")
    client = Client(REMOTE_ADDR="192.0.2.10")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, f"guess{attempt}@example.com", "wrong")
    assert response.status_code == 429
    assert LOCKED.encode() in response.content
    # That address cannot sign in to anyone, even with the right password ...
    assert sign_in(client, "victim@example.com", PASSWORD).status_code == 429
    # ... while everyone else still can.
    other = Client(REMOTE_ADDR="192.0.2.11")
    assert sign_in(other, "victim@example.com", PASSWORD).status_code == 302


def test_failures_on_other_accounts_from_other_addresses_lock_nobody_else(person):
    """Each failure counts against its own account and address, not against everyone."""
    for attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        client = Client(REMOTE_ADDR=f"203.0.113.{attempt + 1}")
        assert sign_in(client, f"other{attempt}@example.com", "wrong").status_code == 200
    client = Client(REMOTE_ADDR="198.51.100.50")
    response = sign_in(client, person.email, "a typo")
    assert response.status_code == 200
    assert LOCKED.encode() not in response.content
    assert sign_in(client, person.email, PASSWORD).status_code == 302


def test_failures_below_the_limit_do_not_lock(person):
    client = Client(REMOTE_ADDR="192.0.2.20")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, person.email, "wrong")
    assert sign_in(client, person.email, PASSWORD).status_code == 302


def _reset(client, email):
    response = client.post(reverse("password_reset"), {"email": email}, follow=True)
    return response.status_code, response.redirect_chain, response.content


def test_password_reset_answers_the_same_for_an_account_and_for_nobody(person, mailoutbox):
    for_account = _reset(Client(), person.email)
    for_nobody = _reset(Client(), "nobody@example.com")
    assert for_account == for_nobody
    assert for_account[0] == 200
    # The mail goes only to the real account; the page does not say whether one was sent.
    assert [message.to for message in mailoutbox] == [[person.email]]


# A success forgives nothing but its own account's failures ---------------------------------


def guesses_checked(client, email, guesses):
    """How many of `guesses` wrong passwords were actually checked (not refused as locked)."""
    checked = 0
    for attempt in range(guesses):
        response = sign_in(client, email, f"wrong guess {attempt}")
        if response.status_code == 200:
            assert b"don&#x27;t match an account" in response.content
            checked += 1
        else:
            assert response.status_code == 429
    return checked


def assert_locked(email):
    """The right password, from an address never seen before, is refused while locked."""
    client = Client(REMOTE_ADDR="198.51.100.200")
    response = sign_in(client, email, PASSWORD)
    assert response.status_code == 429
    assert LOCKED.encode() in response.content
    assert "_auth_user_id" not in client.session


def test_signing_in_to_your_own_account_does_not_forgive_guesses_at_another(person):
    own = UserFactory(email="guesser@example.com")
    address = "192.0.2.30"
    guesser, own_tab = Client(REMOTE_ADDR=address), Client(REMOTE_ADDR=address)
    checked = 0
    for _ in range(4):
        checked += guesses_checked(guesser, person.email, 4)
        # The guesser's own account, from the same address, between every four guesses.
        sign_in(own_tab, own.email, PASSWORD)
        own_tab.logout()
    assert checked == settings.AXES_FAILURE_LIMIT - 1
    assert_locked(person.email)


def test_signing_up_between_guesses_does_not_forgive_them(person):
    address = "192.0.2.31"
    guesser = Client(REMOTE_ADDR=address)
    checked = 0
    for round_ in range(3):
        checked += guesses_checked(guesser, person.email, 4)
        signer = Client(REMOTE_ADDR=address)
        response = signer.post(
            reverse("accounts:signup"),
            {
                "email": f"new{round_}@example.com",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
            },
        )
        assert response.status_code == 302
    assert checked == settings.AXES_FAILURE_LIMIT - 1
    assert_locked(person.email)


def test_changing_the_letter_case_of_the_email_does_not_reset_the_count(person):
    spellings = [
        "Person@example.com",
        "PERSON@example.com",
        "person@Example.com",
        "pErson@example.com",
    ]
    for attempt, spelling in enumerate([*spellings, "person@EXAMPLE.COM"]):
        sign_in(Client(REMOTE_ADDR=f"203.0.113.{attempt + 1}"), spelling, "wrong")
    assert_locked(person.email)


def test_your_own_success_forgives_your_own_earlier_typos(person):
    client = Client(REMOTE_ADDR="192.0.2.32")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, person.email, "a typo")
    assert sign_in(client, person.email, PASSWORD).status_code == 302
    client.logout()
    # A fresh start: another few typos later do not lock.
    assert guesses_checked(client, person.email, settings.AXES_FAILURE_LIMIT - 1) == 4
    assert sign_in(client, person.email, PASSWORD).status_code == 302


def test_a_password_reset_unlocks_the_account_it_resets(person, mailoutbox):
    """The lockout page offers a reset; the guesses were at the old password."""
    guesses_checked(Client(REMOTE_ADDR="192.0.2.33"), person.email, settings.AXES_FAILURE_LIMIT)
    assert_locked(person.email)

    browser = Client(REMOTE_ADDR="198.51.100.201")
    browser.post(reverse("password_reset"), {"email": person.email})
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mailoutbox[0].body)
    form_page = browser.get(link.group(1), follow=True)
    new_password = NEW_PASSWORD
    browser.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert sign_in(browser, person.email, new_password).status_code == 302


# Sign-up says when an email has an account; testing a list of emails through it is slowed --


def sign_up(client, email, confirm=NEW_PASSWORD):
    return client.post(
        reverse("accounts:signup"),
        {"email": email, "password1": NEW_PASSWORD, "password2": confirm},
    )


def test_sign_up_tells_a_person_their_email_already_has_an_account(person):
    response = sign_up(Client(REMOTE_ADDR="192.0.2.50"), person.email)
    assert response.status_code == 200
    assert b"An account with this email already exists." in response.content


def test_sign_ups_from_one_address_pause_after_the_limit_and_then_say_nothing_of_emails(person):
    address = "192.0.2.51"
    limit = settings.SIGN_UP_LIMIT
    assert limit == 10
    for attempt in range(limit):
        # Someone testing emails: a mismatched password keeps each try from making an account.
        response = sign_up(Client(REMOTE_ADDR=address), f"probe{attempt}@example.com", confirm="x")
        assert response.status_code == 200
    paused = {}
    for email in (person.email, "nobody@example.com"):
        client = Client(REMOTE_ADDR=address)
        response = sign_up(client, email)
        assert response.status_code == 429
        html = response.content.decode()
        assert "sign-ups from your connection, so they are paused for now" in html
        assert "already exists" not in html
        assert "_auth_user_id" not in client.session
        paused[email] = response.context["form"].errors
    # The same answer whether or not the email has an account.
    assert paused[person.email] == paused["nobody@example.com"]
    assert not User.objects.filter(email="nobody@example.com").exists()
    # Other addresses are not affected.
    assert sign_up(Client(REMOTE_ADDR="192.0.2.52"), "nobody@example.com").status_code == 302


def test_the_sign_up_limit_counts_each_person_behind_the_proxy_apart(settings, db):
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    for n in range(settings.SIGN_UP_LIMIT + 5):
        client = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}")
        assert sign_up(client, f"new{n}@example.com").status_code == 302
