"""Step 1, the situation: where the person is in the process, and when the interview is."""

import datetime as dt
import zoneinfo

from django import forms

from declinewiz.compose.labels import STAGE_LABELS
from declinewiz.compose.types import Stage
from declinewiz.drafts.steps.base import StepModelForm, plausible_date

STAGES = frozenset(stage.value for stage in Stage)

# A short list people can scan; the interview's own zone is what matters, not every zone.
TIME_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/St_Johns",
    "America/Halifax",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Mexico_City",
    "America/Bogota",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
)
TIME_ZONE_CHOICES = [(name, name.replace("_", " ")) for name in TIME_ZONES]


def time_zone_choices():
    """The zones for a form's choices. Given as a function, they are read where they are used
    and not copied with the field for every form made (Django deep-copies a form's fields)."""
    return TIME_ZONE_CHOICES


class SituationForm(StepModelForm):
    stage = forms.ChoiceField(
        label="Which of these is closest to where you are?",
        choices=[(stage.value, STAGE_LABELS[stage]) for stage in Stage],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose where you are in the process."},
    )
    interview_date = forms.DateField(
        label="Interview date",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[plausible_date],
        error_messages={"invalid": "Enter the date as year-month-day, for example 2026-03-05."},
    )
    interview_time = forms.TimeField(
        label="Interview time",
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": "Enter the time as hours and minutes, for example 14:30."},
    )
    time_zone = forms.ChoiceField(
        label="Time zone",
        choices=time_zone_choices,
        required=False,
        help_text="Used for the interview time and for any times you suggest.",
    )
    rounds_done = forms.IntegerField(
        label="How many rounds have you done?",
        required=False,
        min_value=1,
        max_value=20,
        help_text="Only if you're partway through the process.",
        error_messages={
            "min_value": "Enter a number of rounds from 1 to 20.",
            "max_value": "Enter a number of rounds from 1 to 20.",
            "invalid": "Enter the number of rounds as a whole number, for example 2.",
        },
    )

    class Meta(StepModelForm.Meta):
        fields = ("stage", "time_zone", "rounds_done")

    # The interview's date and time are asked apart and saved as one moment (interview_at).
    field_order = ("version", "stage", "interview_date", "interview_time")

    def initial_from(self, draft):
        zone = draft.time_zone or "Europe/London"
        initial = {"time_zone": zone}
        if draft.interview_at:
            local = draft.interview_at.astimezone(zoneinfo.ZoneInfo(zone))
            initial["interview_date"] = local.date()
            initial["interview_time"] = local.time().replace(second=0, microsecond=0)
        return initial

    def clean_time_zone(self):
        return self.cleaned_data["time_zone"] or "UTC"

    def clean(self):
        data = super().clean()
        stage = data.get("stage")
        if stage == Stage.SCHEDULED:
            if not data.get("interview_date") and "interview_date" not in self.errors:
                self.add_error("interview_date", "Enter the date of your interview.")
            if not data.get("interview_time") and "interview_time" not in self.errors:
                self.add_error("interview_time", "Enter the time of your interview.")
        missing_rounds = not data.get("rounds_done") and "rounds_done" not in self.errors
        if stage == Stage.MID_PROCESS and missing_rounds:
            self.add_error("rounds_done", "Enter how many rounds you've done, for example 2.")
        elif stage != Stage.MID_PROCESS and "rounds_done" in data:
            data["rounds_done"] = None  # an answer for another stage is not kept
        return data

    def save(self):
        fields = super().save()
        draft, data = self.draft, self.cleaned_data
        draft.interview_at = None
        if draft.stage == Stage.SCHEDULED:
            zone = zoneinfo.ZoneInfo(draft.time_zone)
            draft.interview_at = dt.datetime.combine(
                data["interview_date"], data["interview_time"], tzinfo=zone
            )
        return [*fields, "interview_at"]


def holds(draft):
    if draft.stage not in STAGES:
        return False
    if draft.stage == Stage.SCHEDULED and draft.interview_at is None:
        return False
    return not (draft.stage == Stage.MID_PROCESS and not draft.rounds_done)
