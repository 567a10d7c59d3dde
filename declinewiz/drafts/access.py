"""The one way a view gets a draft: through the person's own drafts, or not at all."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from declinewiz.drafts.models import Draft
from declinewiz.drafts.ownership import drafts_for
from declinewiz.lookups import Lookup

# The query every draft page of a signed-in person makes, compiled once (declinewiz.lookups).
_OWN_DRAFT = Lookup(Draft, "id", "owner")


def draft_view(view=None, *, guests=True):
    """Load the draft named in the URL for the current person, else 404.

    A visitor who does not hold the draft in their session is sent to sign in (it may be
    theirs, in their account); a signed-in person gets 404 for a draft that is not theirs,
    so nobody can learn that it exists. With guests=False, visitors always sign in first.
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, draft_id, *args, **kwargs):
            signed_in = request.user.is_authenticated
            if not signed_in and not guests:
                return redirect_to_login(request.get_full_path())
            if signed_in:
                draft = _OWN_DRAFT.get(draft_id, request.user.pk)
            else:
                try:
                    # get(), not first(): no ORDER BY for a lookup by primary key.
                    draft = drafts_for(request).get(pk=draft_id)
                except Draft.DoesNotExist:
                    draft = None
            if draft is None:
                if not signed_in:
                    return redirect_to_login(request.get_full_path())
                raise Http404("No such draft.")
            return view(request, draft, *args, **kwargs)

        return wrapper

    return decorate(view) if view is not None else decorate
