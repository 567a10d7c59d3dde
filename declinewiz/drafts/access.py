"""The one way a view gets a draft: through the person's own drafts, or not at all."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from declinewiz.drafts.ownership import draft_for


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
            draft = draft_for(request, draft_id)
            if draft is None:
                if not signed_in:
                    return redirect_to_login(request.get_full_path())
                raise Http404("No such draft.")
            return view(request, draft, *args, **kwargs)

        return wrapper

    return decorate(view) if view is not None else decorate
