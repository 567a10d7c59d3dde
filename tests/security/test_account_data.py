"""A person's data is theirs: "Download my data" gives all of it and nobody else's, and
deleting the account leaves nothing of them behind — counted row by row, in every table."""

import json

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from declinewiz.accounts.models import User
from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.models import Draft, DraftEvent
from tests.factories import DraftFactory, UserFactory
from tests.security.journey import complete_wizard, start_draft

PASSWORD = "correct horse battery staple"  # tests/factories.py


def sign_in(email, *, address="192.0.2.1"):
    client = Client(REMOTE_ADDR=address)
    response = client.post(reverse("login"), {"username": email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def a_life_in_declinewiz(email, company_prefix, address):
    """An account with a profile, drafts of every kind, two signed-in browsers and a typo."""
    person = UserFactory(
        email=email, display_name=f"{company_prefix} Person", signature="Kind regards", phone="+1"
    )
    Client(REMOTE_ADDR=address).post(reverse("login"), {"username": email, "password": "typo"})
    # A draft started as a visitor, claimed at sign-in.
    laptop = Client(REMOTE_ADDR=address)
    guest_draft = start_draft(laptop)
    response = laptop.post(reverse("login"), {"username": email, "password": PASSWORD})
    assert response.status_code == 302
    assert Draft.objects.get(pk=guest_draft).owner == person
    # A finished one, with edits, marked as sent; and two more at the start.
    finished = start_draft(laptop)
    complete_wizard(laptop, finished, {"people": {"company": f"{company_prefix} Finished"}})
    DraftFactory(owner=person, company=f"{company_prefix} One", private_note="only me")
    two = DraftFactory(owner=person, company=f"{company_prefix} Two", ready=True)
    # A close-out of the search, with one process in it.
    closeout = CloseOut.objects.create(
        owner=person, company=f"{company_prefix} Accepted", role="Lead", sender_name="Sam"
    )
    CloseOutProcess.objects.create(closeout=closeout, draft=two)
    phone = sign_in(email, address=address)
    return person, laptop, phone


def rows_about(user):
    """Every row, in every table, that is about this person."""
    counts = {
        "users": User.objects.filter(pk=user.pk).count(),
        "drafts": Draft.objects.filter(owner_id=user.pk).count(),
        "sessions": sum(
            1
            for session in Session.objects.all()
            if session.get_decoded().get("_auth_user_id") == str(user.pk)
        ),
        "sign-in records": sum(
            model.objects.filter(username=user.email).count()
            for model in (AccessAttempt, AccessLog, AccessFailureLog)
        ),
    }
    # Rows about their drafts and close-outs: each draft's timeline, each process closed.
    counts["draft events"] = DraftEvent.objects.filter(draft__owner_id=user.pk).count()
    counts["close-out processes"] = CloseOutProcess.objects.filter(
        closeout__owner_id=user.pk
    ).count()
    # Anything else that points at the user (admin log entries, future models).
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.many_to_one and field.related_model is User and field.concrete:
                key = f"{model._meta.label}.{field.name}"
                counts[key] = model.objects.filter(**{field.name: user}).count()
    return counts


@pytest.fixture
def two_people(db):
    owner, laptop, phone = a_life_in_declinewiz("owner@example.com", "Owner", "192.0.2.1")
    stranger, *_ = a_life_in_declinewiz("stranger@example.com", "Stranger", "192.0.2.2")
    return owner, laptop, phone, stranger


def test_deleting_the_account_removes_every_row_about_the_person_and_only_them(two_people):
    owner, laptop, phone, stranger = two_people
    before = rows_about(owner)
    assert before["users"] == 1
    assert before["drafts"] == 4
    assert before["draft events"] >= 4  # each draft's "started", at least
    assert before["close-out processes"] == 1
    assert before["sessions"] == 2
    assert before["sign-in records"] >= 2  # a log entry per sign-in
    stranger_before = rows_about(stranger)
    strangers_drafts = list(Draft.objects.filter(owner=stranger).values())

    wrong = laptop.post(reverse("accounts:delete"), {"password": "not it"})
    assert wrong.status_code == 200
    assert rows_about(owner) == before

    response = laptop.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert response.status_code == 302

    after = rows_about(owner)
    assert after == dict.fromkeys(before, 0)
    assert rows_about(stranger) == stranger_before
    assert list(Draft.objects.filter(owner=stranger).values()) == strangers_drafts
    # The other browser is signed out too, and nothing of theirs can be reached from it.
    assert phone.get(reverse("drafts:list")).status_code == 302


def test_download_my_data_is_everything_the_account_owns_and_nothing_else(two_people):
    owner, laptop, _phone, stranger = two_people
    response = laptop.post(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)

    assert data["account"]["email"] == owner.email
    assert data["account"]["display_name"] == owner.display_name
    assert data["account"]["signature"] == owner.signature
    assert data["account"]["phone"] == owner.phone

    owned = {str(draft.pk): draft for draft in Draft.objects.filter(owner=owner)}
    exported = {row["id"]: row for row in data["drafts"]}
    assert set(exported) == set(owned)
    expected_fields = {
        field.name
        for field in Draft._meta.concrete_fields
        if field.name not in ("owner", "guest_token")
    }
    for draft_id, row in exported.items():
        assert set(row) == expected_fields | {"timeline"}
        # Each draft's timeline, oldest first, beginning when it was started.
        events = DraftEvent.objects.filter(draft_id=draft_id).values_list("kind", flat=True)
        assert [event["kind"] for event in row["timeline"]] == list(events)
        assert row["timeline"][0]["kind"] == "created"
        fresh = Draft.objects.filter(pk=draft_id).values(*expected_fields).get()
        roundtrip = json.loads(json.dumps(fresh, default=str))
        for name in ("company", "role", "private_note", "edited_body", "reasons", "status"):
            assert row[name] == roundtrip[name], name

    # The close-outs, with which drafts they closed and how.
    (closeout,) = data["closeouts"]
    assert closeout["company"] == "Owner Accepted"
    assert closeout["processes"] == [
        {"draft_id": str(row.draft_id), "done_at": None, "done_channel": ""}
        for row in CloseOutProcess.objects.filter(closeout__owner=owner).order_by("pk")
    ]

    raw = response.content.decode()
    assert "Stranger Accepted" not in raw
    for draft in Draft.objects.filter(owner=stranger):
        assert str(draft.pk) not in raw
        assert not draft.company or draft.company not in raw
    assert stranger.email not in raw
    assert "Stranger" not in raw
    assert "password" not in raw
    assert "guest_token" not in raw


def test_download_my_data_needs_a_signed_in_person(client, db):
    response = client.post(reverse("accounts:export"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
