"""A visitor's drafts move into their account the moment they sign up or sign in."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from declinewiz.drafts.ownership import claim_guest_drafts


@receiver(user_logged_in)
def move_guest_drafts_into_account(sender, request, user, **kwargs):
    if request is not None:
        claim_guest_drafts(session=request.session, owner=user)
