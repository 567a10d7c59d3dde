"""Factories for the test data: users and drafts at any point of the wizard."""

import datetime as dt

import factory

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    display_name = "Sam Lee"
    password = factory.django.Password("correct horse battery staple")


class DraftFactory(factory.django.DjangoModelFactory):
    """A draft with the situation and people answered; `ready=True` answers everything."""

    class Meta:
        model = Draft

    owner = factory.SubFactory(UserFactory)
    stage = "invited"
    time_zone = "Europe/London"
    company = factory.Sequence(lambda n: f"Acme {n}")
    role = "Product Designer"
    contact_name = "Ana Rivera"
    contact_title = "Ms"
    contact_role = "recruiter"
    contact_email = "ana@acme.example"
    contact_phone = ""
    sender_name = "Sam Lee"

    class Params:
        ready = factory.Trait(
            reasons=["career_goals"],
            reasons_done=True,
            action="decline",
            action_confirmed=True,
            tone="warm",
            share_reason="brief",
            extras=["door_open"],
            status=Draft.Status.READY,
        )
        scheduled = factory.Trait(
            stage="scheduled",
            interview_at=factory.LazyFunction(
                lambda: dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)
            ),
        )


PHONE = "+44 20 7946 0000"


def draft_with_every_step(**kwargs):
    """A fully answered draft for which every wizard step applies (the contact has a phone)."""
    values = {"ready": True, "contact_phone": PHONE, "channel": "email", **kwargs}
    return DraftFactory(**values)
