"""Declining a booked interview in the calendar from the close-out: upload, reply, refusals."""

import icalendar
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from declinewiz.compose import calendar_reply
from declinewiz.drafts.models import Draft, DraftEvent
from tests.compose.test_calendar_reply import invitation
from tests.factories import booked_closeout


@pytest.fixture
def booked(owner):
    closeout, draft = booked_closeout(owner)
    return reverse(
        "closeout:calendar-reply", kwargs={"closeout_id": closeout.id, "draft_id": draft.id}
    )


def upload(client, url, content, *, email="sam@example.com", name="invite.ics"):
    return client.post(url, {"invitation": SimpleUploadedFile(name, content), "email": email})


def test_the_page_asks_for_the_file_and_the_address_it_was_sent_to(owner_client, booked, owner):
    html = owner_client.get(booked).content.decode()
    assert 'type="file"' in html
    assert 'enctype="multipart/form-data"' in html
    assert f'value="{owner.email}"' in html


def test_an_invitation_gets_a_reply_declining_it(owner_client, booked):
    response = upload(owner_client, booked, invitation())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; method=REPLY; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="decline-')
    reply = icalendar.Calendar.from_ical(response.content)
    assert reply["method"] == "REPLY"
    event = next(iter(reply.walk("VEVENT")))
    assert event["uid"] == "interview-42@acme.example"
    assert event["attendee"].params["PARTSTAT"] == "DECLINED"


def test_the_accounts_own_address_is_tried_too(owner_client, booked, owner):
    content = invitation().replace(b"Sam@Example.com", owner.email.encode())
    response = upload(owner_client, booked, content, email="another@example.com")
    assert response["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7", calendar_reply.NOT_A_CALENDAR),
        (invitation(method="METHOD:CANCEL"), calendar_reply.NOT_AN_INVITATION),
        (
            invitation(extra="BEGIN:VEVENT\r\nUID:two\r\nEND:VEVENT"),
            calendar_reply.SEVERAL_EVENTS,
        ),
        (b"BEGIN:VCALENDAR\r\n" + b"X" * (calendar_reply.MAX_BYTES + 1), calendar_reply.TOO_LARGE),
    ],
    ids=["not ics", "a cancellation", "several events", "huge"],
)
def test_a_bad_file_gets_a_message_at_the_field_and_changes_nothing(
    owner_client, booked, owner, content, message
):
    before = list(Draft.objects.filter(owner=owner).values())
    events = DraftEvent.objects.count()
    response = upload(owner_client, booked, content)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    form = response.context["form"]
    assert form.errors["invitation"] == [message]
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'aria-invalid="true"' in html
    assert list(Draft.objects.filter(owner=owner).values()) == before
    assert DraftEvent.objects.count() == events


def test_an_invitation_for_someone_else_says_so(owner_client, booked):
    response = upload(owner_client, booked, invitation(), email="nobody@example.com")
    assert "isn&#x27;t addressed to nobody@example.com" in response.content.decode()


def test_no_file_or_a_bad_address_is_a_field_error(owner_client, booked):
    response = owner_client.post(booked, {"email": "not an email"})
    errors = response.context["form"].errors
    assert errors["invitation"] == ["Choose the invitation file to upload."]
    assert errors["email"] == ["Enter an email address like name@example.com."]
