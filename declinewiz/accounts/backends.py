"""Sign-in by email and password: Django's ModelBackend, with the per-page user read compiled
once (declinewiz.lookups) instead of on every request."""

from django.contrib.auth.backends import ModelBackend

from declinewiz.accounts.models import User
from declinewiz.lookups import Lookup

_USER_BY_KEY = Lookup(User, "pk")


class AccountBackend(ModelBackend):
    def get_user(self, user_id):
        user = _USER_BY_KEY.get(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None
