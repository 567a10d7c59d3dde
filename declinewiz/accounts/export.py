"""Everything an account owns, as plain data, for "Download my data"."""

from declinewiz.closeout.export import closeouts_of
from declinewiz.drafts.models import Draft, DraftEvent

ACCOUNT_FIELDS = ("email", "display_name", "signature", "phone", "date_joined", "last_login")
DRAFT_EXCLUDED = {"owner", "guest_token"}
EVENT_FIELDS = ("kind", "channel", "at")


def account_data(*, user):
    draft_fields = [
        field.name for field in Draft._meta.concrete_fields if field.name not in DRAFT_EXCLUDED
    ]
    drafts = list(Draft.objects.owned_by(user).order_by("created_at").values(*draft_fields))
    timelines = {draft["id"]: [] for draft in drafts}
    events = DraftEvent.objects.filter(draft__owner=user).values("draft_id", *EVENT_FIELDS)
    for event in events:
        timelines[event.pop("draft_id")].append(event)
    for draft in drafts:
        draft["timeline"] = timelines[draft["id"]]
    return {
        "account": {name: getattr(user, name) for name in ACCOUNT_FIELDS},
        "drafts": drafts,
        "closeouts": closeouts_of(user=user),
    }
