"""Database sessions whose read is compiled once (declinewiz.lookups), for every page.

Everything else is Django's database session store: the same table, the same expiry rule.
Set as SESSION_ENGINE.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.utils import timezone

from declinewiz.lookups import Lookup

_LIVE_SESSION = Lookup(Session, "session_key", "expire_date >")


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        if self.session_key is None:
            return None
        session = _LIVE_SESSION.get(self.session_key, timezone.now())
        if session is None:
            self._session_key = None
        return session
