"""The benchmark's data: a person with many drafts, fully answered drafts and signed-in sessions.

Called after django.setup(); everything goes through the ORM, in bulk where there are many rows.
"""

import datetime as dt
import random
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string

from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from tests.answers import FULL

PASSWORD = "bench-only-password-not-a-secret"  # noqa: S105
COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne")
ROLES = ("Product Designer", "Data Engineer", "Support Lead", "Staff Engineer", "Analyst")

# Every answer given, every step applicable (tests/answers.py, the one full set).
ANSWERED = {**FULL, "status": Draft.Status.READY}


@dataclass(frozen=True)
class Person:
    user: User
    session_key: str


def person(*, email):
    """A user and a signed-in session for them, made the way django.contrib.auth.login makes it."""
    user = User.objects.create_user(email=email, password=PASSWORD, display_name="Sam Lee")
    return Person(user=user, session_key=signed_in_session(user))


def signed_in_session(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def more_sessions(user, *, count):
    """`count` more signed-in sessions of `user` (POSTs that leave a message rotate through them)."""
    data = SessionStore().encode(
        {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }
    )
    expires = timezone.now() + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    sessions = [
        Session(session_key=get_random_string(32), session_data=data, expire_date=expires)
        for _ in range(count)
    ]
    Session.objects.bulk_create(sessions, batch_size=500)
    return [session.session_key for session in sessions]


def many_drafts(user, *, count, seed=7):
    """`count` drafts at assorted points of the wizard, updated over the last two years."""
    rng = random.Random(seed)
    now = timezone.now()
    drafts = [
        Draft(
            owner=user,
            company=f"{rng.choice(COMPANIES)} {index}",
            role=rng.choice(ROLES),
            stage=rng.choice(("invited", "scheduled", "cold_outreach", "")),
            contact_name="Ana Rivera",
            sender_name="Sam Lee",
            status=rng.choice(list(Draft.Status.values)),
            updated_at=now - dt.timedelta(minutes=rng.randrange(1, 60 * 24 * 730)),
        )
        for index in range(count)
    ]
    # auto_now would stamp every row with the same moment; bulk_create keeps the given one.
    Draft.objects.bulk_create(drafts, batch_size=1000)
    return drafts


def answered_drafts(user, *, count):
    """Fully answered drafts, newest first in the list, whatever else the person has."""
    interview_at = timezone.now() + dt.timedelta(days=5)
    drafts = [
        Draft(owner=user, interview_at=interview_at, **ANSWERED, title=f"Bench draft {index}")
        for index in range(count)
    ]
    Draft.objects.bulk_create(drafts)
    return drafts


def analyse():
    """Fresh planner statistics after a bulk load, as autovacuum would give a real database.

    On PostgreSQL, VACUUM also marks the new rows all-visible, so a COUNT over the owner's
    index stays an index-only scan.
    """
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
