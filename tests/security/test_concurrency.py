"""Two tabs, one draft: of two saves based on the same version exactly one wins, and the other
is told, with both texts in front of them — with two real database connections racing.

Each "tab" is a thread with its own test client and so its own connection. A barrier holds
both requests just before their UPDATE, then lets them go at once. PostgreSQL makes the
second UPDATE wait for the first and then re-check its WHERE clause; SQLite has one writer
at a time and cannot race, so there the test is skipped (CI runs the suite on both).
"""

import threading
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from declinewiz.accounts.forms import SignUpForm
from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory, UserFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]
CONFLICT = "This draft changed in another tab"


pytestmark.append(
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL to race two connections (set DATABASE_URL=postgres://...)",
    )
)


def race(monkeypatch, tabs):
    """Run each tab's request in its own thread; both UPDATEs start together."""
    barrier = threading.Barrier(len(tabs), timeout=10)
    save = Draft.save_if_unchanged

    def save_together(self, **kwargs):
        barrier.wait()
        return save(self, **kwargs)

    results, errors = [None] * len(tabs), []

    def run(index, tab):
        try:
            results[index] = tab()
        except Exception as error:  # reported below, with the thread's traceback
            errors.append(error)
            barrier.abort()
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(tabs)]
    with monkeypatch.context() as patch:
        patch.setattr(Draft, "save_if_unchanged", save_together)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert not errors, errors
    return results


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_two_tabs_saving_the_message_at_once_one_wins_the_other_sees_both(monkeypatch):
    owner = UserFactory(email="owner@example.com")
    draft = DraftFactory(owner=owner, ready=True)
    url = reverse("drafts:message", kwargs={"draft_id": draft.pk})
    bodies = {
        "left": "Dear Ms Rivera,\n\nWritten in the left tab.\n\nBest regards,\nSam Lee",
        "right": "Dear Ms Rivera,\n\nWritten in the right tab.\n\nBest regards,\nSam Lee",
    }
    clients = {tab: signed_in(owner) for tab in bodies}

    def tab(name):
        return lambda: clients[name].post(
            url,
            {
                "version": draft.version,
                "subject": f"Subject from the {name} tab",
                "body": bodies[name],
                "script": "",
                "intent": "save",
            },
        )

    left, right = race(monkeypatch, [tab("left"), tab("right")])
    statuses = sorted([left.status_code, right.status_code])
    assert statuses == [200, 302], statuses
    winner, loser = ("left", "right") if left.status_code == 302 else ("right", "left")
    lost = left if loser == "left" else right

    saved = Draft.objects.get(pk=draft.pk)
    assert saved.version == draft.version + 1
    assert saved.edited_body == bodies[winner]
    assert saved.edited_subject == f"Subject from the {winner} tab"

    page = lost.content.decode()
    assert CONFLICT in page
    assert "Written in the left tab." in page
    assert "Written in the right tab." in page  # the saved text above, theirs in the box
    assert lost.context["form"]["body"].value() == bodies[loser]
    assert lost.context["form"]["version"].value() == saved.version

    # Saving again from the losing tab, now knowing, keeps their text.
    again = clients[loser].post(
        url,
        {
            "version": saved.version,
            "subject": f"Subject from the {loser} tab",
            "body": bodies[loser],
            "script": "",
            "intent": "save",
        },
    )
    assert again.status_code == 302
    saved.refresh_from_db()
    assert saved.edited_body == bodies[loser]
    assert saved.version == draft.version + 2


def test_two_tabs_answering_a_step_at_once_never_mix_their_answers(monkeypatch):
    owner = UserFactory(email="owner@example.com")
    draft = DraftFactory(owner=owner, ready=True, contact_phone="+44 20 7946 0000")
    url = reverse("drafts:step", kwargs={"draft_id": draft.pk, "step": "people"})
    base = {
        "contact_title": "Ms",
        "contact_role": "recruiter",
        "contact_email": "ana@acme.example",
        "contact_phone": "+44 20 7946 0000",
        "sender_signature": "",
        "sender_phone": "",
        "version": draft.version,
        "nav": "next",
    }
    answers = {
        "left": {"company": "Left Co", "role": "Left role", "contact_name": "Lee Left"},
        "right": {"company": "Right Co", "role": "Right role", "contact_name": "Rae Right"},
    }
    clients = {tab: signed_in(owner) for tab in answers}

    def tab(name):
        data = {**base, **answers[name], "sender_name": f"Sam {name}"}
        return lambda: clients[name].post(url, data)

    left, right = race(monkeypatch, [tab("left"), tab("right")])
    assert left.status_code == right.status_code == 302

    saved = Draft.objects.get(pk=draft.pk)
    assert saved.version == draft.version + 1
    winner = "left" if saved.company == "Left Co" else "right"
    loser = "right" if winner == "left" else "left"
    # Whole answers of one tab, never a mix of both.
    assert (saved.company, saved.role, saved.contact_name, saved.sender_name) == (
        *answers[winner].values(),
        f"Sam {winner}",
    )
    # The losing tab is sent back to its page, told, with its own answers still in the form.
    lost = left if loser == "left" else right
    assert lost["Location"] == url
    page = clients[loser].get(url)
    html = page.content.decode()
    assert "changed in another tab" in html
    assert page.context["form"]["company"].value() == answers[loser]["company"]
    # Continuing from here, knowingly, saves theirs.
    data = {**base, **answers[loser], "sender_name": f"Sam {loser}"}
    again = clients[loser].post(url, {**data, "version": page.context["form"]["version"].value()})
    assert again.status_code == 302
    saved.refresh_from_db()
    assert saved.company == answers[loser]["company"]


def held_past_every_check(barrier):
    """Every request has passed every check, the model's own uniqueness check too, before any
    saves: only the database's unique constraint is left to catch the duplicates."""
    save = SignUpForm.save

    def saved_together(self, *args, **kwargs):
        barrier.wait()
        return save(self, *args, **kwargs)

    return "save", saved_together


def held_past_the_email_check(barrier):
    """Every request has found the email free in clean_email; then the model's uniqueness
    check or the constraint catches each duplicate, whichever the timing makes it."""
    check_email = SignUpForm.clean_email

    def checked_together(self):
        email = check_email(self)  # free, for every one of them
        barrier.wait()
        return email

    return "clean_email", checked_together


@pytest.mark.parametrize(
    "hold",
    [held_past_every_check, held_past_the_email_check],
    ids=["past every check", "past the email check"],
)
def test_sign_ups_with_one_email_at_once_make_one_account_and_tell_the_rest(
    monkeypatch, live_server, hold
):
    """A double-clicked "Create account", or a retry after a slow answer: every request has
    checked that the email is free before any has created the account."""
    clicks = 4
    barrier = threading.Barrier(clicks, timeout=10)
    name, held = hold(barrier)

    address = urlsplit(live_server.url)
    url = reverse("accounts:signup")
    passphrase = "a brand new passphrase 42"

    def click():
        connection = HTTPConnection(address.hostname, address.port, timeout=20)
        connection.request("GET", url)
        page = connection.getresponse()
        page.read()
        token = SimpleCookie(page.getheader("Set-Cookie"))["csrftoken"].value
        form = {"email": "double@example.com", "password1": passphrase, "password2": passphrase}
        connection.request(
            "POST",
            url,
            body=urlencode({**form, "csrfmiddlewaretoken": token}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={token}",
            },
        )
        response = connection.getresponse()
        result = response.status, response.read().decode()
        connection.close()
        return result

    results, errors = [None] * clicks, []

    def run(index):
        try:
            results[index] = click()
        except Exception as error:  # reported below
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(clicks)]
    with monkeypatch.context() as patch:
        patch.setattr(SignUpForm, name, held)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert not errors, errors
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] * (clicks - 1) + [302], statuses
    for status, page in results:
        if status == 200:
            main = page[page.find("<main") : page.find("</main>")]
            assert "An account with this email already exists." in page, main
    assert User.objects.filter(email="double@example.com").count() == 1
