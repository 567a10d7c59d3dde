"""A person's close-outs as plain data, for "Download my data"."""

from declinewiz.closeout.models import CloseOut, CloseOutProcess

CLOSEOUT_FIELDS = (
    "id",
    "accepted_draft_id",
    "company",
    "role",
    "start_date",
    "tone",
    "sender_name",
    "time_zone",
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
