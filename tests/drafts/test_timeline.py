"""A draft's timeline: started, each change of status, sent or called (by which channel),
closed — written where the status changes, shown on the message page, gone with the draft.

The page keeps the timeline's markup until the timeline grows: each new line shows at once."""

import datetime as dt

from django.urls import reverse

from declinewiz.drafts.models import Draft, DraftEvent
from tests.security.journey import ANSWERS, complete_wizard, post_step, start_draft


def kinds(draft_id):
    return list(DraftEvent.objects.filter(draft_id=draft_id).values_list("kind", "channel"))


def test_a_journey_through_the_wizard_records_each_change_once(owner_client):
    draft_id = start_draft(owner_client)
    assert kinds(draft_id) == [("created", "")]
    complete_wizard(owner_client, draft_id)
    assert kinds(draft_id) == [("created", ""), ("ready", "")]

    # After rounds, "decline" becomes "withdraw": the advice must be confirmed again.
    post_step(
        owner_client,
        draft_id,
        "situation",
        {"stage": "mid_process", "rounds_done": "2", "time_zone": "Europe/London"},
    )
    assert Draft.objects.get(pk=draft_id).status == Draft.Status.IN_PROGRESS
    assert kinds(draft_id)[-1] == ("in_progress", "")

    # Saving again with nothing changing the status adds nothing.
    post_step(owner_client, draft_id, "people", ANSWERS["people"])
    assert kinds(draft_id)[-1] == ("in_progress", "")
    assert len(kinds(draft_id)) == 3


def test_marking_it_sent_records_the_channel_and_the_page_shows_it(owner_client):
    draft_id = start_draft(owner_client)
    complete_wizard(owner_client, draft_id)  # phone, then email
    owner_client.post(reverse("drafts:mark-done", kwargs={"draft_id": draft_id}))
    assert kinds(draft_id)[-1] == ("done", "phone_then_email")

    html = owner_client.get(reverse("drafts:message", kwargs={"draft_id": draft_id})).content
    page = html.decode()
    assert "What happened so far" in page
    started, ready, told = (
        page.index("Started"),
        page.index("Message ready"),
        page.index("Called them, then sent the email"),
    )
    assert started < ready < told


def test_closing_records_how_they_were_told_then_closed(owner, ready_draft):
    ready_draft.mark_done(channel="email", closed=True)
    ready_draft.refresh_from_db()
    assert ready_draft.status == Draft.Status.CLOSED
    assert ready_draft.done_at is not None
    assert kinds(ready_draft.pk)[-2:] == [("done", "email"), ("closed", "")]


def test_the_timeline_goes_with_the_draft(owner_client, ready_draft):
    assert DraftEvent.objects.filter(draft=ready_draft).exists()
    owner_client.post(reverse("drafts:delete", kwargs={"draft_id": ready_draft.pk}))
    assert not DraftEvent.objects.filter(draft_id=ready_draft.pk).exists()


def test_a_draft_read_back_and_saved_records_a_change_of_status_once(ready_draft):
    before = len(kinds(ready_draft.pk))
    draft = Draft.objects.get(pk=ready_draft.pk)
    grew_at = draft.timeline_changed_at
    draft.title = "Renamed"
    draft.save()  # the status as read: nothing to record
    assert len(kinds(draft.pk)) == before
    assert Draft.objects.get(pk=draft.pk).timeline_changed_at == grew_at

    draft.status = Draft.Status.IN_PROGRESS
    draft.save(update_fields=["status"])
    # A new line moves the time the message page keeps the timeline by, whatever is saved.
    assert Draft.objects.get(pk=draft.pk).timeline_changed_at > grew_at
    draft.save()  # saved once already: no second event
    assert kinds(draft.pk)[before:] == [("in_progress", "")]

    # Read again, the status it was saved with is the one it starts from.
    again = Draft.objects.get(pk=draft.pk)
    again.status = Draft.Status.IN_PROGRESS
    again.save()
    assert kinds(draft.pk)[before:] == [("in_progress", "")]


def shown_timeline(client, draft_id):
    """The message page's "What happened so far" list, as markup."""
    html = client.get(reverse("drafts:message", kwargs={"draft_id": draft_id})).content.decode()
    return html.split("What happened so far")[1].split("</ol>")[0]


def lines(client, draft_id):
    """The timeline's lines as shown, each the words after its time."""
    shown = shown_timeline(client, draft_id)
    return [item.split("</time>: ")[1].split("\n")[0].strip() for item in shown.split("<li>")[1:]]


def test_each_new_line_shows_at_once_though_the_page_keeps_the_timeline(
    owner_client, django_assert_num_queries
):
    draft_id = start_draft(owner_client)
    complete_wizard(owner_client, draft_id)
    assert lines(owner_client, draft_id) == ["Started", "Message ready"]
    # Shown again with nothing new: the session, the user and the draft, no timeline.
    with django_assert_num_queries(3):
        owner_client.get(reverse("drafts:message", kwargs={"draft_id": draft_id}))

    # Back in progress and ready again: the same status as when it was kept, two lines more.
    post_step(
        owner_client,
        draft_id,
        "situation",
        {"stage": "mid_process", "rounds_done": "2", "time_zone": "Europe/London"},
    )
    complete_wizard(owner_client, draft_id)
    assert lines(owner_client, draft_id)[2:] == [
        "Back in progress (an answer changed)",
        "Message ready",
    ]

    owner_client.post(reverse("drafts:mark-done", kwargs={"draft_id": draft_id}))
    assert lines(owner_client, draft_id)[4:] == ["Called them, then sent the email"]


def test_the_kept_timeline_shows_its_times_in_the_sites_time_zone(owner_client, settings):
    draft_id = start_draft(owner_client)
    complete_wizard(owner_client, draft_id)
    started = DraftEvent.objects.filter(draft_id=draft_id).earliest("at").at

    def shown_time():
        return shown_timeline(owner_client, draft_id).split('<time datetime="')[1].split('"')[0]

    assert dt.datetime.fromisoformat(shown_time()).utcoffset() == dt.timedelta(0)
    settings.TIME_ZONE = "Asia/Tokyo"
    tokyo = dt.datetime.fromisoformat(shown_time())
    assert tokyo.utcoffset() == dt.timedelta(hours=9)
    assert tokyo == started


def test_a_draft_from_before_the_timeline_was_kept_shows_its_lines_and_then_its_next(
    owner_client, ready_draft
):
    # Drafts saved before timeline_changed_at existed have none; their next line sets it.
    Draft.objects.filter(pk=ready_draft.pk).update(timeline_changed_at=None)
    before = lines(owner_client, ready_draft.pk)
    assert before[0] == "Started"
    owner_client.post(reverse("drafts:mark-done", kwargs={"draft_id": ready_draft.pk}))
    assert Draft.objects.get(pk=ready_draft.pk).timeline_changed_at is not None
    after = lines(owner_client, ready_draft.pk)
    assert after[: len(before)] == before
    assert after[len(before) :] in (
        ["Called them"],
        ["Sent the email"],
        ["Called them, then sent the email"],
    )
