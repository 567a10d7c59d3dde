"""Who may see a draft: its owner, or the visitor whose session started it.

Ownership is part of the query itself, so another person's draft is simply not found.
"""

import secrets

from django.db import transaction

from declinewiz.drafts.models import Draft

GUEST_TOKEN_KEY = "guest_token"  # noqa: S105 (a session key name, not a secret)  # nosec B105


def guest_token(session, *, create=False):
    token = session.get(GUEST_TOKEN_KEY, "")
    if not token and create:
        token = secrets.token_urlsafe(32)
        session[GUEST_TOKEN_KEY] = token
    return token


def drafts_for(request):
    """The drafts the person behind this request may see (none, for a visitor with no draft)."""
    if request.user.is_authenticated:
        return Draft.objects.owned_by(request.user)
    token = guest_token(request.session)
    if not token:
        return Draft.objects.none()
    return Draft.objects.filter(owner=None, guest_token=token)


def draft_for(request, draft_id):
    """The draft `draft_id` if the person behind this request may see it, else None."""
    # get(), not first(): no ORDER BY for a lookup by primary key.
    try:
        return drafts_for(request).get(pk=draft_id)
    except Draft.DoesNotExist:
        return None


def claim_guest_drafts(*, session, owner):
    """Move the drafts a visitor started in this session into the account they signed in to."""
    token = guest_token(session)
    if not token:
        return 0
    with transaction.atomic():
        moved = Draft.objects.filter(owner=None, guest_token=token).update(
            owner=owner,
            guest_token="",  # the draft is no longer a guest's: no token  # nosec B106
        )
    session.pop(GUEST_TOKEN_KEY, None)
    return moved
