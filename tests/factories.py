"""Factories for the test data: users and drafts at any point of the wizard."""

import datetime as dt

import factory

from declinewiz.accounts.models import User
from declinewiz.closeout.models import CloseOut, CloseOutProcess
from declinewiz.drafts.models import Draft
from tests.answers import BASIC, FULL

# What the steps after the people answer (the channel only applies with a contact phone).
LATER_ANSWERS = (
    "reasons",
    "reasons_done",
    "action",
    "action_confirmed",
    "tone",
    "share_reason",
    "extras",
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    display_name = "Sam Lee"
    password = factory.django.Password("correct horse battery staple")


# Every answer BASIC gives, declared (a new answer there reaches every draft made here).
_AnsweredDraftFactory = factory.make_factory(
    Draft, FACTORY_CLASS=factory.django.DjangoModelFactory, **BASIC
)


class DraftFactory(_AnsweredDraftFactory):
    """A draft with the situation and people answered (tests/answers.py BASIC, with a title
    for the contact); `ready=True` answers everything else as FULL does."""

    class Meta:
        model = Draft

    owner = factory.SubFactory(UserFactory)
    company = factory.Sequence(lambda n: f"Acme {n}")
    contact_title = "Ms"

    class Params:
        ready = factory.Trait(
            **{name: FULL[name] for name in LATER_ANSWERS}, status=Draft.Status.READY
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


def booked_closeout(owner):
    """A close-out after accepting Initech's offer, with one booked interview to cancel."""
    closeout = CloseOut.objects.create(
        owner=owner, company="Initech", role="Staff Engineer", sender_name="Sam Lee"
    )
    draft = DraftFactory(owner=owner, ready=True, scheduled=True)
    CloseOutProcess.objects.create(closeout=closeout, draft=draft)
    return closeout, draft
