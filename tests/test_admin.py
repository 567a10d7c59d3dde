"""Staff can find a draft for support without reading what it says."""

import pytest

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
