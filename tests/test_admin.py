"""Staff can find a draft for support without reading what it says."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests.factories import DraftFactory, UserFactory


@pytest.fixture
def staff_client(client, db):
    staff = UserFactory(email="support@example.com", is_staff=True, is_superuser=True)
    client.force_login(staff)
    return client


def test_staff_see_a_drafts_state_but_not_its_words(staff_client, owner):
    draft = DraftFactory(
        owner=owner,
        company="Secretive Corp",
        contact_name="Ana Rivera",
        private_note="They lowballed me",
        edited_body="My private wording",
        status="ready",
    )
    listing = staff_client.get("/admin/drafts/draft/").content.decode()
    assert str(draft.id) in listing
    page = staff_client.get(f"/admin/drafts/draft/{draft.id}/change/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "owner@example.com" in html
    for private in ("Secretive Corp", "Ana Rivera", "They lowballed me", "My private wording"):
        assert private not in html


def test_staff_cannot_change_or_add_drafts(staff_client, owner):
    draft = DraftFactory(owner=owner, status="ready")
    staff_client.post(f"/admin/drafts/draft/{draft.id}/change/", {"status": "closed"})
    draft.refresh_from_db()
    assert draft.status == "ready"
    assert staff_client.get("/admin/drafts/draft/add/").status_code == 403


def test_people_who_are_not_staff_are_sent_to_the_admin_sign_in(owner_client):
    response = owner_client.get("/admin/drafts/draft/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_every_admin_page_of_every_model_opens(staff_client, owner):
    """Each registered model's list, add and change pages render (the admin's own widgets
    are Django templates, while the site's widgets render from Django's Jinja2 ones)."""
    DraftFactory(owner=owner)
    Group.objects.create(name="Support")
    # A wrong password, so the sign-in limit's own records have a row to open too.
    Client().post(reverse("login"), {"username": owner.email, "password": "wrong"})
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        listing = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        assert listing.status_code == 200, meta.label
        add = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
        assert add.status_code == (200 if model_admin.has_add_permission(add.wsgi_request) else 403)
        shown = model._default_manager.first()
        if shown is None:  # axes' failure log, which this site does not keep
            continue
        change = staff_client.get(
            reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[shown.pk])
        )
        assert change.status_code == 200, meta.label
