"""A field sent twice (a tampered form, a browser extension, a form posted by a script) is
read the way Django reads the request: the last value of a one-value field, every value of a
multi-valued one. That holds for input kept by Back and shown again on return, too (shown as
typed, without errors until Continue is pressed)."""

from django.urls import reverse

from tests.factories import DraftFactory

NEXT_DATE, LAST_DATE = "2030-05-01", "2030-05-02"


def step_url(draft, step):
    return reverse("drafts:step", kwargs={"draft_id": draft.id, "step": step})


def back(client, draft, step, data):
    """Send the step with Back; invalid input is kept, not saved."""
    response = client.post(step_url(draft, step), {**data, "version": draft.version, "nav": "back"})
    assert response.status_code == 302
    return response


def test_back_with_a_date_and_time_sent_twice_shows_them_again_as_the_post_did(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    typed = {
        "stage": "scheduled",
        "interview_date": [NEXT_DATE, LAST_DATE],
        "interview_time": ["10:30", "25:99"],  # the last one is not a time: nothing is saved
        "time_zone": ["Europe/London", "Europe/Paris"],
    }
    as_posted = owner_client.post(step_url(draft, "situation"), {**typed, "version": draft.version})
    assert as_posted.status_code == 200
    back(owner_client, draft, "situation", typed)

    for _ in range(2):  # every later visit, not only the first
        page = owner_client.get(step_url(draft, "situation"))
        assert page.status_code == 200
        form = page.context["form"]
        assert form["interview_date"].value() == LAST_DATE
        assert form["interview_time"].value() == "25:99"
        assert form["time_zone"].value() == "Europe/Paris"
        html = page.content.decode()
        assert f'value="{LAST_DATE}"' in html
        # Shown as typed, not judged: nobody has pressed Continue on this page yet.
        assert as_posted.context["form"].errors
        assert not form.errors
        assert "There is a problem" not in html


def test_back_keeps_every_box_ticked_in_a_group(owner_client, owner):
    draft = DraftFactory(owner=owner, ready=True)
    typed = {
        "reasons_role": ["career_goals", "lateral_move"],
        "private_note": "x" * 2001,  # too long: kept, not saved
    }
    back(owner_client, draft, "reasons", typed)
    page = owner_client.get(step_url(draft, "reasons"))
    assert page.status_code == 200
    assert page.context["form"]["reasons_role"].value() == ["career_goals", "lateral_move"]
    assert page.context["form"]["private_note"].value() == "x" * 2001


def test_input_kept_by_back_in_the_older_form_still_shows(owner_client, owner):
    """Sessions written before kept input became lists: one value a string, several a list."""
    draft = DraftFactory(owner=owner, ready=True)
    session = owner_client.session
    session["unsaved_steps"] = {
        f"{draft.id}:reasons": {
            "reasons_role": ["career_goals", "lateral_move"],
            "private_note": "x" * 2001,
        },
        f"{draft.id}:situation": {"stage": "scheduled", "interview_date": LAST_DATE},
    }
    session.save()
    reasons = owner_client.get(step_url(draft, "reasons")).context["form"]
    assert reasons["reasons_role"].value() == ["career_goals", "lateral_move"]
    assert reasons["private_note"].value() == "x" * 2001
    situation = owner_client.get(step_url(draft, "situation")).context["form"]
    assert situation["interview_date"].value() == LAST_DATE
