"""Everything an account owns, as plain data, for "Download my data"."""

from declinewiz.drafts.models import Draft

ACCOUNT_FIELDS = ("email", "display_name", "signature", "phone", "date_joined", "last_login")
DRAFT_EXCLUDED = {"owner", "guest_token"}


def account_data(*, user):
    draft_fields = [
        field.name for field in Draft._meta.concrete_fields if field.name not in DRAFT_EXCLUDED
    ]
    drafts = Draft.objects.owned_by(user).order_by("created_at").values(*draft_fields)
    return {
        "account": {name: getattr(user, name) for name in ACCOUNT_FIELDS},
        "drafts": list(drafts),
    }
