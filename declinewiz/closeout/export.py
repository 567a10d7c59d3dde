"""A person's close-outs as plain data, for "Download my data"."""

from declinewiz.closeout.forms import StartForm
from declinewiz.closeout.models import CloseOut, CloseOutProcess

# Everything the person told us on the first page, the accepted offer by its draft's id.
CLOSEOUT_FIELDS = (
    "id",
    *(name if name != "accepted_draft" else "accepted_draft_id" for name in StartForm.Meta.fields),
)
PROCESS_FIELDS = ("draft_id", "done_at", "done_channel")


def closeouts_of(*, user):
    closeouts = list(
        CloseOut.objects.filter(owner=user)
        .order_by("created_at")
        .values(*CLOSEOUT_FIELDS, "created_at")
    )
    processes = {closeout["id"]: [] for closeout in closeouts}
    rows = CloseOutProcess.objects.filter(closeout__owner=user).order_by("pk")
    for row in rows.values("closeout_id", *PROCESS_FIELDS):
        processes[row.pop("closeout_id")].append(row)
    for closeout in closeouts:
        closeout["processes"] = processes[closeout["id"]]
    return closeouts
