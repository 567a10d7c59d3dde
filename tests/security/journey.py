"""Drive the wizard through the test client the way a person does: one page, one POST at a time.

Every answer goes through the real forms and views, so what the tests check is what a browser
would have saved.
"""

from django.urls import resolve, reverse

from declinewiz.drafts.models import Draft
from tests.answers import FULL, step_posts

# The full answers (tests/answers.py) for an invitation: every step applies (a contact phone
# brings in the channel step) and the message page shows both the email and the phone script.
ANSWERS = step_posts({**FULL, "stage": "invited"})
STEP_NAMES = tuple(ANSWERS)


def step_url(draft_id, step):
    return reverse("drafts:step", kwargs={"draft_id": draft_id, "step": step})


def message_url(draft_id):
    return reverse("drafts:message", kwargs={"draft_id": draft_id})


def start_draft(client):
    response = client.post(reverse("drafts:create"))
    assert response.status_code == 302, response.status_code
    return resolve(response["Location"]).kwargs["draft_id"]


def post_step(client, draft_id, step, data):
    version = Draft.objects.values_list("version", flat=True).get(pk=draft_id)
    return client.post(step_url(draft_id, step), {**data, "version": version, "nav": "next"})


def answer_step(client, draft_id, step, data, *, hostile=()):
    """Post a step; fields in `hostile` that the form refuses are replaced by the usual answer.

    Returns {field: [error, ...]} for every refused field, so the caller can check that each
    refusal came with a message at the field (and not a 500).
    """
    refused = {}
    data = dict(data)
    for _ in range(2):
        response = post_step(client, draft_id, step, data)
        if response.status_code == 302:
            return refused
        assert response.status_code == 200, response.status_code
        errors = response.context["form"].errors
        assert errors, f"{step}: 200 without a field error"
        unexpected = set(errors) - set(hostile)
        assert not unexpected, f"{step}: ordinary answers refused: {errors}"
        for name in errors:
            refused[name] = list(errors[name])
            data[name] = ANSWERS[step][name]
    raise AssertionError(f"{step} still refused after replacing the hostile answers")


def complete_wizard(client, draft_id, answers=None):
    """Answer every step (with `answers` overriding the usual ones) up to the message page."""
    answers = answers or {}
    for step in STEP_NAMES:
        response = post_step(client, draft_id, step, {**ANSWERS[step], **answers.get(step, {})})
        assert response.status_code == 302, (step, response.status_code)
    assert response["Location"] == message_url(draft_id)
