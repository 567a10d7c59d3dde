"""The one full set of answers (tests/answers.py): posting each step's form data through the
real wizard gives exactly the draft fields it names."""

import datetime as dt

from django.utils import timezone

from declinewiz.drafts.models import Draft
from tests.answers import FULL, step_posts
from tests.security.journey import message_url, post_step, start_draft


def test_the_step_posts_give_the_full_answers(owner_client):
    draft_id = start_draft(owner_client)
    day = (timezone.localdate() + dt.timedelta(days=5)).isoformat()
    for step, data in step_posts(interview_day=day).items():
        response = post_step(owner_client, draft_id, step, data)
        assert response.status_code == 302, (step, response.context["form"].errors)
    assert response["Location"] == message_url(draft_id)
    draft = Draft.objects.get(pk=draft_id)
    assert {name: getattr(draft, name) for name in FULL} == FULL
    assert draft.status == Draft.Status.READY
