"""No browser or shared cache keeps a page or a download: Back on a shared computer after
signing out, or a proxy's cache, must not show someone's reasons again.

Every page of tests/pages.py and every download, for the owner and for a visitor whose draft
lives in their browser session; static files keep their long cache life.
"""

import io
import zipfile

import pytest
from django.test import Client
from django.urls import reverse

from tests.closeout.test_closeout_calendar import upload
from tests.compose.test_calendar_reply import invitation
from tests.factories import booked_closeout
from tests.pages import PAGES, make_draft, page_url

NEVER_STORED = {"no-store", "no-cache", "private", "must-revalidate", "max-age=0"}
DOWNLOADS = ["drafts:download-eml", "drafts:download-txt", "drafts:download-ics"]


def assert_never_stored(response):
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives >= NEVER_STORED, response["Cache-Control"]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_page_is_never_stored(client, owner, page):
    draft = make_draft(owner, page.state)
    if page.who == "owner":
        client.force_login(owner)
    url = page_url(page, owner=owner, draft=draft)
    response = client.post(url, page.post) if page.post is not None else client.get(url)
    assert response.status_code in (200, 302)
    assert_never_stored(response)


@pytest.mark.parametrize("name", DOWNLOADS)
def test_every_download_is_never_stored(owner_client, owner, name):
    draft = make_draft(owner, "ready")
    response = owner_client.get(reverse(name, kwargs={"draft_id": draft.id}))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert_never_stored(response)


@pytest.fixture
def booked(owner):
    return booked_closeout(owner)


def test_the_zip_of_emails_is_never_stored(owner_client, booked):
    closeout, _ = booked
    response = owner_client.get(reverse("closeout:emails-zip", kwargs={"closeout_id": closeout.id}))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert zipfile.ZipFile(io.BytesIO(response.content)).namelist()  # their emails are in it
    assert_never_stored(response)


def test_the_calendar_reply_is_never_stored(owner_client, booked):
    closeout, draft = booked
    url = reverse(
        "closeout:calendar-reply", kwargs={"closeout_id": closeout.id, "draft_id": draft.id}
    )
    response = upload(owner_client, url, invitation())  # the reply declining the invitation
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment")
    assert_never_stored(response)


def test_the_data_export_is_never_stored(owner_client, draft):
    response = owner_client.post(reverse("accounts:export"))
    assert response["Content-Type"].startswith("application/json")
    assert_never_stored(response)


def test_a_visitors_draft_pages_and_downloads_are_never_stored(client, guest_draft):
    for step in ("situation", "people"):
        url = reverse("drafts:step", kwargs={"draft_id": guest_draft.id, "step": step})
        assert_never_stored(client.get(url))
    assert_never_stored(client.get("/"))  # it links to the visitor's draft


def test_redirects_and_error_pages_are_never_stored_either(owner_client):
    assert_never_stored(owner_client.get("/no-such-page/"))
    assert_never_stored(Client().get(reverse("drafts:list")))  # to sign in


def test_static_files_keep_their_cache_life(db, settings):
    settings.WHITENOISE_USE_FINDERS = True  # served from the source folders, as in development
    settings.WHITENOISE_MAX_AGE = 3600
    response = Client().get("/static/js/site.js")
    response.close()  # a file response: let go of the file
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=3600, public"
