"""Accounts: sign up, sign in and out, passwords, the profile, my data, deleting my account.

Signing in goes through the real form at /accounts/login/ (django-axes needs the request).
"""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.factories import DraftFactory

PASSWORD = "correct horse battery staple"  # UserFactory's
NEW_PASSWORD = "a brand new passphrase 42"


def sign_in(client, email, password):
    return client.post(reverse("login"), {"username": email, "password": password})


def is_signed_in(client):
    return client.get(reverse("drafts:list")).status_code == 200


# Sign up ------------------------------------------------------------------------------------


def test_sign_up_lands_signed_in_on_my_drafts(client, db):
    response = client.post(
        reverse("accounts:signup"),
        {
            "email": "  New.Person@Example.com ",
            "display_name": "New Person",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
        follow=True,
    )
    assert response.redirect_chain == [(reverse("drafts:list"), 302)]
    html = response.content.decode()
    assert "Welcome! Your account is ready." in html
    assert "Sign out" in html
    user = User.objects.get()
    assert user.email == "new.person@example.com"
    assert user.display_name == "New Person"
    assert user.check_password(NEW_PASSWORD)


def test_the_new_account_signs_in_with_its_email_in_any_letter_case(db):
    Client().post(
        reverse("accounts:signup"),
        {"email": "new@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    browser = Client()
    assert sign_in(browser, "NEW@example.com", NEW_PASSWORD)["Location"] == reverse("drafts:list")
    assert is_signed_in(browser)


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"email": "not-an-email", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
            "email",
            "Enter a valid email address.",
        ),
        (
            {"email": "", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
            "email",
            "Enter your email address.",
        ),
        (
            {"email": "a@example.com", "password1": NEW_PASSWORD, "password2": "different one"},
            "password2",
            "The two password fields didn’t match.",
        ),
        (
            {"email": "a@example.com", "password1": "short", "password2": "short"},
            "password2",
            "This password is too short.",
        ),
        (
            {"email": "a@example.com", "password1": "password", "password2": "password"},
            "password2",
            "This password is too common.",
        ),
    ],
)
def test_sign_up_with_bad_input_shows_the_error_at_the_field(client, db, data, field, message):
    response = client.post(reverse("accounts:signup"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert f'href="#id_{field}"' in html
    assert f'id="id_{field}_error"' in html or f'id="error_1_id_{field}"' in html
    assert message in html
    assert not User.objects.exists()
    assert not is_signed_in(client)


def test_sign_up_keeps_the_email_typed(client, db):
    response = client.post(
        reverse("accounts:signup"),
        {"email": "typed@example.com", "password1": "x", "password2": "y"},
    )
    assert 'value="typed@example.com"' in response.content.decode()


def test_sign_up_with_an_email_already_used_says_so(client, owner):
    response = client.post(
        reverse("accounts:signup"),
        {"email": "OWNER@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert "An account with this email already exists. Sign in, or reset your password." in (
        response.content.decode()
    )
    assert User.objects.count() == 1


def test_sign_up_page_sends_a_signed_in_person_to_their_drafts(owner_client):
    assert owner_client.get(reverse("accounts:signup"))["Location"] == reverse("drafts:list")


def test_sign_up_follows_a_safe_next_but_not_another_site(db):
    data = {"email": "n@example.com", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    response = Client().post(reverse("accounts:signup") + "?next=/accounts/profile/", data)
    assert response["Location"] == "/accounts/profile/"
    data["email"] = "m@example.com"
    response = Client().post(reverse("accounts:signup") + "?next=https://evil.example/", data)
    assert response["Location"] == reverse("drafts:list")


# Sign in and out ----------------------------------------------------------------------------


def test_sign_in_with_email_and_password(client, owner):
    page = client.get(reverse("login"))
    assert "Email address" in page.content.decode()
    response = sign_in(client, "owner@example.com", PASSWORD)
    assert response["Location"] == reverse("drafts:list")
    assert is_signed_in(client)


def test_sign_in_returns_to_the_page_asked_for(client, owner):
    response = client.post(
        reverse("login") + "?next=/accounts/profile/",
        {"username": "owner@example.com", "password": PASSWORD, "next": "/accounts/profile/"},
    )
    assert response["Location"] == "/accounts/profile/"


@pytest.mark.parametrize(
    ("email", "password"),
    [("owner@example.com", "wrong password"), ("nobody@example.com", PASSWORD)],
)
def test_a_wrong_email_or_password_gets_the_same_message(client, owner, email, password):
    response = sign_in(client, email, password)
    assert response.status_code == 200
    assert "That email and password don&#x27;t match an account." in response.content.decode()
    assert not is_signed_in(client)


def test_sign_in_pauses_after_five_failures(client, owner):
    for _ in range(5):
        sign_in(client, "owner@example.com", "wrong password")
    response = sign_in(client, "owner@example.com", PASSWORD)
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not is_signed_in(client)


def test_sign_out_is_a_post(owner_client):
    assert owner_client.get(reverse("logout")).status_code == 405
    assert is_signed_in(owner_client)
    response = owner_client.post(reverse("logout"))
    assert response["Location"] == reverse("home")
    assert not is_signed_in(owner_client)


# Passwords ----------------------------------------------------------------------------------


def test_password_change(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
        follow=True,
    )
    assert "Your password has been changed." in response.content.decode()
    assert is_signed_in(owner_client)  # the session stays valid
    assert sign_in(Client(), "owner@example.com", PASSWORD).status_code == 200  # refused
    fresh = Client()
    assert sign_in(fresh, "owner@example.com", NEW_PASSWORD).status_code == 302


def test_password_change_needs_the_old_password(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {"old_password": "nope", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert 'href="#id_old_password"' in response.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_password_change_needs_signing_in(client, db):
    assert reverse("login") in client.get(reverse("password_change"))["Location"]


def test_password_reset_sends_one_email_with_a_working_link(client, owner, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "Owner@Example.com"})
    assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["owner@example.com"]
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", email.body).group(1)

    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert "Your new password is saved." in done.content.decode()
    assert sign_in(Client(), "owner@example.com", NEW_PASSWORD).status_code == 302

    used_again = client.get(link, follow=True)
    assert "This link has expired or has already been used." in used_again.content.decode()


SIGN_UP_EMPTY = {"email": "", "display_name": "", "password1": "", "password2": ""}
CHANGE_EMPTY = {"old_password": "", "new_password1": "", "new_password2": ""}


@pytest.mark.parametrize(
    ("url_name", "signed_in", "sent", "expected"),
    [
        (
            "accounts:signup",
            False,
            SIGN_UP_EMPTY,
            ["Enter your email address.", "Choose a password.", "Enter the same password again."],
        ),
        (
            "login",
            False,
            {"username": "", "password": ""},
            ["Enter your email address.", "Enter your password."],
        ),
        ("password_reset", False, {"email": ""}, ["Enter your email address."]),
        (
            "password_change",
            True,
            CHANGE_EMPTY,
            [
                "Enter your current password.",
                "Choose a new password.",
                "Enter the same new password again.",
            ],
        ),
        ("accounts:delete", True, {"password": ""}, ["Enter your password."]),
    ],
)
def test_an_empty_account_form_says_what_to_enter(
    client, owner, url_name, signed_in, sent, expected
):
    # Two "This field is required." in one error summary do not say which is which.
    if signed_in:
        client.force_login(owner)
    html = client.post(reverse(url_name), sent).content.decode()
    assert "There is a problem" in html
    assert "This field is required" not in html
    for message in expected:
        assert html.count(message) == 2, message  # in the summary and at its field
    if url_name == "password_change":
        assert "Current password" in html  # the label says what the message asks for


def test_an_empty_new_password_says_what_to_enter(client, owner, mailoutbox):
    client.post(reverse("password_reset"), {"email": owner.email})
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mailoutbox[0].body)
    form_page = client.get(link.group(1), follow=True)
    sent = {"new_password1": "", "new_password2": ""}
    html = client.post(form_page.redirect_chain[-1][0], sent).content.decode()
    assert "This field is required" not in html
    assert html.count("Choose a new password.") == 2
    assert html.count("Enter the same new password again.") == 2


def test_password_reset_does_not_reveal_whether_an_account_exists(owner, mailoutbox):
    known = Client().post(reverse("password_reset"), {"email": owner.email}, follow=True)
    unknown = Client().post(reverse("password_reset"), {"email": "nobody@example.com"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content
    assert "If that address has an account" in unknown.content.decode()
    assert len(mailoutbox) == 1  # only the real account got one


# Profile ------------------------------------------------------------------------------------


def test_profile_saves_and_a_new_draft_is_prefilled_from_it(owner_client, owner):
    response = owner_client.post(
        reverse("accounts:profile"),
        {
            "display_name": "Samira Lee",
            "signature": "Samira Lee\nProduct designer",
            "phone": "+44 7700 900123",
        },
        follow=True,
    )
    assert "Your profile is saved. New drafts will use it." in response.content.decode()
    owner.refresh_from_db()
    assert owner.display_name == "Samira Lee"
    assert owner.signature == "Samira Lee\nProduct designer"
    assert owner.phone == "+44 7700 900123"

    owner_client.post(reverse("drafts:create"))
    draft = Draft.objects.get(owner=owner)
    assert draft.sender_name == "Samira Lee"
    assert draft.sender_signature == "Samira Lee\nProduct designer"
    assert draft.sender_phone == "+44 7700 900123"
    people = owner_client.get(
        reverse("drafts:step", kwargs={"draft_id": draft.id, "step": "people"})
    ).content.decode()
    assert 'value="Samira Lee"' in people
    assert 'value="+44 7700 900123"' in people


def test_profile_with_a_too_long_name_is_a_field_error(owner_client, owner):
    response = owner_client.post(reverse("accounts:profile"), {"display_name": "x" * 5000})
    assert response.status_code == 200
    assert 'href="#id_display_name"' in response.content.decode()
    owner.refresh_from_db()
    assert owner.display_name == "Sam Lee"


# My data ------------------------------------------------------------------------------------


def test_data_export_is_json_with_my_drafts_only(owner_client, owner, stranger):
    DraftFactory(owner=owner, company="Mine One", private_note="Only I know this")
    DraftFactory(owner=owner, company="Mine Two")
    DraftFactory(owner=stranger, company="Not Mine")
    assert "Download my data" in owner_client.get(reverse("accounts:export")).content.decode()

    response = owner_client.post(reverse("accounts:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="declinewiz-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "owner@example.com"
    assert data["account"]["display_name"] == "Sam Lee"
    assert sorted(draft["company"] for draft in data["drafts"]) == ["Mine One", "Mine Two"]
    assert any(draft["private_note"] == "Only I know this" for draft in data["drafts"])
    assert all("guest_token" not in draft and "owner" not in draft for draft in data["drafts"])
    assert "password" not in data["account"]


@pytest.mark.parametrize("name", ["profile", "export", "delete"])
def test_account_pages_need_signing_in(client, db, name):
    url = reverse(f"accounts:{name}")
    assert client.get(url)["Location"] == f"{reverse('login')}?next={url}"
    assert client.post(url)["Location"] == f"{reverse('login')}?next={url}"


# Deleting the account -----------------------------------------------------------------------


def test_deleting_the_account_needs_the_password(owner_client, owner):
    DraftFactory.create_batch(2, owner=owner)
    page = owner_client.get(reverse("accounts:delete"))
    assert "all 2 of your drafts" in page.content.decode()
    response = owner_client.post(reverse("accounts:delete"), {"password": "wrong"})
    assert response.status_code == 200
    assert "That password isn&#x27;t right." in response.content.decode()
    assert User.objects.filter(pk=owner.pk).exists()
    assert Draft.objects.filter(owner=owner).count() == 2
    assert is_signed_in(owner_client)


def test_deleting_the_account_removes_the_user_and_every_draft(owner_client, owner, stranger):
    DraftFactory.create_batch(3, owner=owner)
    theirs = DraftFactory(owner=stranger)
    response = owner_client.post(reverse("accounts:delete"), {"password": PASSWORD}, follow=True)
    assert response.redirect_chain == [(reverse("home"), 302)]
    assert "Your account and all your drafts have been deleted." in response.content.decode()
    assert not User.objects.filter(pk=owner.pk).exists()
    assert Draft.objects.filter(owner_id=owner.pk).count() == 0
    assert list(Draft.objects.values_list("pk", flat=True)) == [theirs.pk]
    assert not is_signed_in(owner_client)
    assert sign_in(Client(), "owner@example.com", PASSWORD).status_code == 200  # refused


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("accounts:profile", {"display_name": "Changed"}),
        ("accounts:export", {}),
        ("accounts:delete", {"password": PASSWORD}),
        ("password_change", {}),
        ("logout", {}),
    ],
)
def test_account_changes_without_the_csrf_token_are_refused(owner, url, data):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    assert browser.post(reverse(url), data).status_code == 403
    owner.refresh_from_db()
    assert owner.display_name == "Sam Lee"
    assert is_signed_in(browser)


def test_the_profile_refuses_a_phone_number_with_letters(owner_client, owner):
    response = owner_client.post(
        "/accounts/profile/", {"display_name": "Sam Lee", "signature": "", "phone": "call me"}
    )
    assert response.status_code == 200
    assert "Enter a phone number using digits" in response.content.decode()
    owner.refresh_from_db()
    assert owner.phone == ""
