"""One form per wizard step. Each reads its initial values from the draft and, when valid,
writes them back onto it; `save()` returns the names of the fields it set."""

import datetime as dt
import zoneinfo

from django import forms
from django.utils import timezone

from declinewiz.compose import catalogue
from declinewiz.compose.advice import ACTION_HINTS, HARD_TO_UNDO, actions_for
from declinewiz.compose.types import TITLES, Action, Channel, Extra, ShareReason, Stage, Tone
from declinewiz.drafts.answers import parse_times
from declinewiz.drafts.models import (
    ACTION_LABELS,
    CHANNEL_LABELS,
    CONTACT_ROLE_LABELS,
    SHARE_LABELS,
    STAGE_LABELS,
    TONE_LABELS,
    Draft,
)
from declinewiz.validators import phone_validator

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


def plausible_date(value):
    # Far-off dates (year 1, year 9999) overflow when moved between time zones: a 500, not a
    # field error, if they got through.
    if not dt.date(2000, 1, 1) <= value <= dt.date(2099, 12, 31):
        raise forms.ValidationError("Enter a date between the years 2000 and 2099.")


def _text(value):
    """Strip and fold the control characters (newlines included) out of one-line text."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


class StepForm(forms.Form):
    """A wizard step's form: bound to a draft, writes back to it."""

    # The version the page was loaded with; a later save elsewhere makes it a conflict.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, draft, recommended=None, **kwargs):
        self.draft = draft
        self.recommended = recommended
        kwargs.setdefault("initial", {})
        kwargs["initial"] = {**self.initial_from(draft), **kwargs["initial"]}
        kwargs["initial"]["version"] = draft.version
        super().__init__(*args, **kwargs)

    def initial_from(self, draft):
        return {}

    def clean_version(self):
        # Not something a person types. A missing value skips the check; a mangled one is
        # treated as out of date (versions start at 1), so the page shows the saved answers
        # beside the typed ones instead of overwriting or showing an error nobody can fix.
        value = self.cleaned_data["version"]
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            return 0

    def save(self):
        raise NotImplementedError


class SituationForm(StepForm):
    stage = forms.ChoiceField(
        label="Where are you in the process?",
        choices=[(stage.value, STAGE_LABELS[stage]) for stage in Stage],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose where you are in the process."},
    )
    interview_date = forms.DateField(
        label="Interview date",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Only if an interview is scheduled.",
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
        choices=TIME_ZONE_CHOICES,
        required=False,
        help_text="The time zone of the interview time above, and of any times you suggest.",
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

    def initial_from(self, draft):
        zone = draft.time_zone or "Europe/London"
        initial = {"stage": draft.stage, "time_zone": zone, "rounds_done": draft.rounds_done}
        if draft.interview_at:
            local = draft.interview_at.astimezone(zoneinfo.ZoneInfo(zone))
            initial["interview_date"] = local.date()
            initial["interview_time"] = local.time().replace(second=0, microsecond=0)
        return initial

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
        return data

    def save(self):
        data, draft = self.cleaned_data, self.draft
        draft.stage = data["stage"]
        draft.time_zone = data.get("time_zone") or "UTC"
        if data["stage"] == Stage.SCHEDULED:
            zone = zoneinfo.ZoneInfo(draft.time_zone)
            draft.interview_at = dt.datetime.combine(
                data["interview_date"], data["interview_time"], tzinfo=zone
            )
        else:
            draft.interview_at = None
        draft.rounds_done = data["rounds_done"] if data["stage"] == Stage.MID_PROCESS else None
        return ["stage", "time_zone", "interview_at", "rounds_done"]


class PeopleForm(StepForm):
    company = forms.CharField(label="Company", max_length=200)
    role = forms.CharField(
        label="Role", max_length=200, help_text="The job title, as they wrote it."
    )
    contact_name = forms.CharField(
        label="Their full name",
        max_length=120,
        help_text="The person who arranged the interview or reached out to you.",
    )
    contact_title = forms.ChoiceField(
        label="Their title (optional)",
        required=False,
        choices=[("", "No title"), *[(title, title) for title in TITLES]],
        help_text="Used for a formal greeting, such as “Dear Ms Rivera”.",
    )
    contact_role = forms.ChoiceField(
        label="Their role",
        choices=list(CONTACT_ROLE_LABELS.items()),
        widget=forms.RadioSelect,
    )
    contact_email = forms.EmailField(
        label="Their email (optional)",
        required=False,
        max_length=254,
        error_messages={"invalid": "Enter an email address like name@example.com."},
    )
    contact_phone = forms.CharField(
        label="Their phone (optional)",
        required=False,
        max_length=40,
        validators=[phone_validator],
        help_text="Add it if you might call.",
    )
    sender_name = forms.CharField(label="Your name", max_length=120)
    sender_signature = forms.CharField(
        label="Your signature (optional)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Lines under your name, such as your phone number.",
    )
    sender_phone = forms.CharField(
        label="Your phone (optional)",
        required=False,
        max_length=40,
        validators=[phone_validator],
        help_text="For voicemail, so they can call you back.",
    )

    TEXT_FIELDS = (
        "company",
        "role",
        "contact_name",
        "sender_name",
        "contact_phone",
        "sender_phone",
    )
    FIELDS = (
        "company",
        "role",
        "contact_name",
        "contact_title",
        "contact_role",
        "contact_email",
        "contact_phone",
        "sender_name",
        "sender_signature",
        "sender_phone",
    )
    REQUIRED_MESSAGES = {
        "company": "Enter the company's name.",
        "role": "Enter the role, for example Product Designer.",
        "contact_name": "Enter the name of the person you're writing to.",
        "contact_role": "Choose their role.",
        "sender_name": "Enter your name, as you sign your emails.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.REQUIRED_MESSAGES.items():
            self.fields[name].error_messages["required"] = message

    def initial_from(self, draft):
        initial = {name: getattr(draft, name) for name in self.FIELDS}
        initial["contact_role"] = initial["contact_role"] or "recruiter"
        return initial

    def clean(self):
        data = super().clean()
        for name in self.TEXT_FIELDS:
            if data.get(name):
                data[name] = _text(data[name])
                if not data[name] and name in self.REQUIRED_MESSAGES:
                    self.add_error(name, self.REQUIRED_MESSAGES[name])
        if data.get("sender_signature"):
            lines = [_text(line) for line in data["sender_signature"].splitlines()]
            data["sender_signature"] = "\n".join(line for line in lines if line)
        return data

    def save(self):
        for name in self.FIELDS:
            setattr(self.draft, name, self.cleaned_data.get(name) or "")
        return list(self.FIELDS)


class ReasonsForm(StepForm):
    private_note = forms.CharField(
        label="A private note (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only you see this. It never goes into a message. Useful next time you decide.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One fieldset per group, so a screen reader hears "The role, group" before the options.
        for group in catalogue.GROUPS:
            field = forms.MultipleChoiceField(
                label=group.label,
                required=False,
                choices=[(r.code, r.label) for r in catalogue.reasons_in_group(group.code)],
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields[f"reasons_{group.code}"] = field
            self.initial.setdefault(
                f"reasons_{group.code}",
                [
                    code
                    for code in catalogue.ordered(self.draft.reasons)
                    if catalogue.REASONS[code].group == group.code
                ],
            )
        self.order_fields([*(f"reasons_{g.code}" for g in catalogue.GROUPS), "private_note"])

    def initial_from(self, draft):
        return {"private_note": draft.private_note}

    def save(self):
        chosen = []
        for group in catalogue.GROUPS:
            chosen.extend(self.cleaned_data.get(f"reasons_{group.code}", []))
        self.draft.reasons = list(catalogue.ordered(chosen))
        self.draft.private_note = self.cleaned_data.get("private_note", "").strip()
        self.draft.reasons_done = True
        return ["reasons", "private_note", "reasons_done"]


class AdviceForm(StepForm):
    action = forms.ChoiceField(
        label="What would you like to do?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you'd like to do."},
    )
    confirm = forms.BooleanField(
        label="I understand a decline is hard to undo once it's sent.",
        required=False,
        help_text="Needed only if you decline or withdraw.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stage = Stage(self.draft.stage or Stage.INVITED)
        choices = []
        for action in actions_for(stage):
            label = ACTION_LABELS[action]
            if self.recommended == action:
                label = f"{label} (recommended)"
            choices.append((action.value, f"{label}: {ACTION_HINTS[action]}"))
        self.fields["action"].choices = choices
        self.fields["confirm"].help_text = f"{HARD_TO_UNDO} Needed only if you decline or withdraw."

    def initial_from(self, draft):
        chosen = draft.action or (self.recommended.value if self.recommended else "")
        return {"action": chosen, "confirm": draft.action_confirmed}

    def clean(self):
        data = super().clean()
        if data.get("action") in (Action.DECLINE, Action.WITHDRAW) and not data.get("confirm"):
            self.add_error("confirm", "Tick this box to confirm, or choose another option above.")
        return data

    def save(self):
        self.draft.action = self.cleaned_data["action"]
        self.draft.action_confirmed = bool(self.cleaned_data.get("confirm")) and (
            self.draft.action in (Action.DECLINE, Action.WITHDRAW)
        )
        return ["action", "action_confirmed"]


class ChannelForm(StepForm):
    channel = forms.ChoiceField(
        label="How will you tell them?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you'll tell them."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = []
        for channel in Channel:
            label = CHANNEL_LABELS[channel]
            if self.recommended == channel:
                label = f"{label} (recommended)"
            choices.append((channel.value, label))
        self.fields["channel"].choices = choices

    def initial_from(self, draft):
        return {"channel": draft.channel or (self.recommended.value if self.recommended else "")}

    def save(self):
        self.draft.channel = self.cleaned_data["channel"]
        return ["channel"]


EXTRA_LABELS = {
    Extra.DOOR_OPEN: "Keep the door open for the future",
    Extra.OTHER_ROLES: "Say you'd be interested in other roles",
    Extra.REFER_SOMEONE: "Offer to recommend someone who might fit",
    Extra.PART_TIME: "Mention you're open to part-time or contract work",
    Extra.FEEDBACK: "Ask for feedback",
    Extra.APOLOGY: "Apologise once for the short notice",
}


class ToneForm(StepForm):
    tone = forms.ChoiceField(
        label="Which tone suits them?",
        choices=list(TONE_LABELS.items()),
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a tone."},
    )
    share_reason = forms.ChoiceField(
        label="How much of your reason will you share?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how much of your reason to share."},
    )
    extras = forms.MultipleChoiceField(
        label="Anything to add? (optional)",
        required=False,
        choices=list(EXTRA_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
    )

    ALTERNATIVES = 3

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        shareable = catalogue.shareable_codes(self.draft.reasons)
        share_choices = [(s.value, SHARE_LABELS[s]) for s in ShareReason]
        if not shareable:
            share_choices = [c for c in share_choices if c[0] != ShareReason.SPECIFIC]
        self.fields["share_reason"].choices = share_choices
        self.shareable_phrases = [catalogue.REASONS[code].shareable for code in shareable]
        self.names_other_offer = any(
            code in ("offer_accepted", "offer_accepting", "offer_pending") for code in shareable
        )
        if self.draft.stage == Stage.REJECTED:
            del self.fields["share_reason"]
        self.asks_for_times = self.draft.action == Action.RESCHEDULE
        if self.asks_for_times:
            for index in range(1, self.ALTERNATIVES + 1):
                self.fields[f"alt_date_{index}"] = forms.DateField(
                    label=f"Date {index}",
                    required=False,
                    widget=forms.DateInput(attrs={"type": "date"}),
                    validators=[plausible_date],
                    error_messages={"invalid": "Enter the date as year-month-day."},
                )
                self.fields[f"alt_time_{index}"] = forms.TimeField(
                    label=f"Time {index}",
                    required=False,
                    widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                    error_messages={"invalid": "Enter the time as hours and minutes, like 14:30."},
                )

    def alternative_rows(self):
        return [
            (self[f"alt_date_{index}"], self[f"alt_time_{index}"])
            for index in range(1, self.ALTERNATIVES + 1)
        ]

    def initial_from(self, draft):
        initial = {
            "tone": draft.tone or Tone.WARM,
            "share_reason": draft.share_reason or ShareReason.BRIEF,
            "extras": draft.extras if draft.tone else default_extras(draft),
        }
        zone = zoneinfo.ZoneInfo(draft.time_zone or "UTC")
        for index, moment in enumerate(parse_times(draft.alternative_times), start=1):
            local = moment.astimezone(zone)
            initial[f"alt_date_{index}"] = local.date()
            initial[f"alt_time_{index}"] = local.time().replace(second=0, microsecond=0)
        return initial

    def clean(self):
        data = super().clean()
        if not self.asks_for_times:
            return data
        zone = zoneinfo.ZoneInfo(self.draft.time_zone or "UTC")
        times = []
        for index in range(1, self.ALTERNATIVES + 1):
            day, hour = data.get(f"alt_date_{index}"), data.get(f"alt_time_{index}")
            if f"alt_date_{index}" in self.errors or f"alt_time_{index}" in self.errors:
                continue
            if day and not hour:
                self.add_error(f"alt_time_{index}", f"Enter a time for date {index}.")
            elif hour and not day:
                self.add_error(f"alt_date_{index}", f"Enter a date for time {index}.")
            elif day and hour:
                times.append(dt.datetime.combine(day, hour, tzinfo=zone))
        if len(times) < 2 and not self.errors:
            self.add_error("alt_date_1", "Suggest at least two times that would suit you.")
        data["alternative_times"] = [moment.isoformat() for moment in times]
        return data

    def save(self):
        data, draft = self.cleaned_data, self.draft
        draft.tone = data["tone"]
        draft.share_reason = data.get("share_reason") or ShareReason.NONE
        draft.extras = [extra.value for extra in Extra if extra.value in data.get("extras", [])]
        fields = ["tone", "share_reason", "extras"]
        if self.asks_for_times:
            draft.alternative_times = data["alternative_times"]
            fields.append("alternative_times")
        return fields


def default_extras(draft):
    """Sensible starting extras for the situation; the user can untick any."""
    if draft.stage == Stage.REJECTED:
        return [Extra.FEEDBACK.value, Extra.DOOR_OPEN.value]
    extras = [Extra.DOOR_OPEN.value]
    close = draft.interview_at and draft.interview_at - timezone.now() <= dt.timedelta(days=2)
    if draft.stage == Stage.SCHEDULED and close:
        extras.append(Extra.APOLOGY.value)
    return extras


class CheckForm(StepForm):
    """Check your answers has nothing to fill in: Continue confirms them all."""

    def save(self):
        self.draft.status = Draft.Status.READY
        return ["status"]
