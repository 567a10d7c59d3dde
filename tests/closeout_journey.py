"""A close-out through the test client, as a person makes it: the accepted offer, then the
processes page (their open drafts and quick rows), then the checklist."""

import datetime as dt

from django.urls import reverse

from declinewiz.closeout.models import CloseOut
from tests.factories import DraftFactory

PHONE = "+44 20 7946 0000"
ACCEPTED = {"company": "Initech", "role": "Staff Engineer"}


def start_closeout(client, **fields):
    data = {
        **ACCEPTED,
        "start_date": "2031-01-05",
        "tone": "warm",
        "sender_name": "Sam Lee",
        "time_zone": "Europe/London",
        **fields,
    }
    response = client.post(reverse("closeout:start"), data)
    assert response.status_code == 302, response.context["form"].errors
    return CloseOut.objects.get(pk=response["Location"].split("/")[-3])


def processes_url(closeout):
    return reverse("closeout:processes", kwargs={"closeout_id": closeout.id})


def checklist_url(closeout):
    return reverse("closeout:checklist", kwargs={"closeout_id": closeout.id})


def _value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def formset_data(formset, *, changes=None, quick_rows=()):
    """What the processes page posts: every row as shown (with `changes` by company), plus
    quick rows appended. Unticked boxes are left out, as a browser leaves them out."""
    changes = changes or {}
    prefix = formset.prefix
    rows = []
    for form in formset.forms[: formset.initial_form_count()]:
        values = {
            name: form.initial.get(name, field.initial) for name, field in form.fields.items()
        }
        values.update(changes.get(values["company"], {}))
        rows.append(values)
    for quick in quick_rows:
        rows.append({"include": True, "reason": "offer_accepted", **quick})
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(formset.initial_form_count()),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "200",
        "intent": "write",
    }
    for index, values in enumerate(rows):
        for name, value in values.items():
            if name == "include" and not value:
                continue
            data[f"{prefix}-{index}-{name}"] = _value(value)
    return data


def seven_processes(owner, *, now):
    """Seven open processes at every open stage (another offer among them), three of them
    drafts already, and the accepted
    offer as a draft too. Returns {company: (action, channel)} as the advisor should pick."""
    soon = (now + dt.timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
    DraftFactory(
        owner=owner,
        ready=True,
        stage="invited",
        company="Globex",
        role="UX Researcher",
        contact_name="Hank Scorpio",
        contact_email="hank@globex.example",
        contact_phone=PHONE,
        channel="email",
    )
    DraftFactory(
        owner=owner,
        stage="scheduled",
        interview_at=soon,
        company="Soylent",
        role="Service Designer",
        contact_name="Ana Rivera",
        contact_email="ana@soylent.example",
        contact_phone=PHONE,
    )
    DraftFactory(
        owner=owner,
        ready=True,
        stage="mid_process",
        rounds_done=2,
        action="withdraw",
        company="Umbrella",
        role="Design Lead",
        contact_name="Alice Marlowe",
        contact_role="hiring_manager",
        contact_email="alice@umbrella.example",
        contact_phone=PHONE,
        channel="phone",
    )
    DraftFactory(owner=owner, ready=True, **ACCEPTED, contact_name="Bill Lumbergh")
    in_five_days = (now + dt.timedelta(days=5)).astimezone(dt.UTC)
    quick_rows = [
        {
            "company": "Hooli",
            "role": "Product Designer",
            "contact_name": "Gavin Belson",
            "contact_email": "gavin@hooli.example",
            "contact_phone": PHONE,
            "stage": "cold_outreach",
        },
        {
            "company": "Pied Piper",
            "role": "Interaction Designer",
            "contact_name": "Monica Hall",
            "contact_email": "monica@piedpiper.example",
            "contact_phone": PHONE,
            "stage": "offer",
        },
        {
            "company": "Vandelay",
            "role": "Design Systems Lead",
            "contact_name": "Art Vandelay",
            "contact_email": "art@vandelay.example",
            "contact_phone": PHONE,
            "stage": "scheduled",
            "interview_date": in_five_days.date().isoformat(),
            "interview_time": "10:00",
        },
        {
            "company": "Massive Dynamic",
            "role": "Principal Designer",
            "contact_name": "Nina Sharp",
            "contact_email": "nina@massive.example",
            "stage": "mid_process",
            "rounds_done": "3",
        },
    ]
    expected = {
        "Globex": ("decline", "email"),
        "Soylent": ("decline", "phone_then_email"),
        "Umbrella": ("withdraw", "phone"),
        "Hooli": ("decline", "email"),
        "Pied Piper": ("decline", "phone_then_email"),
        "Vandelay": ("decline", "email"),
        "Massive Dynamic": ("withdraw", "email"),
    }
    return quick_rows, expected
