"""The close-out's forms: which offer was accepted, and one row per process to end."""

import copy
import datetime as dt
import zoneinfo

from django import forms

from declinewiz.compose import calendar_reply, catalogue
from declinewiz.compose.advice import actions_for
from declinewiz.compose.closeout import CALLS, OFFER_ACCEPTED
from declinewiz.compose.labels import (
    ACTION_LABELS,
    CHANNEL_LABELS,
    CONTACT_ROLE_LABELS,
    STAGE_LABELS,
)
from declinewiz.compose.text import one_line
from declinewiz.compose.types import Action, Channel, Stage
from declinewiz.drafts.fields import PhoneField
from declinewiz.drafts.steps.base import plausible_date
from declinewiz.drafts.steps.situation import SituationForm, time_zone_choices

from .models import CloseOut

# Ending a process is saying no; rescheduling or negotiating is not what a close-out is for.
CLOSING_ACTIONS = (Action.DECLINE, Action.WITHDRAW, Action.OTHER_ROLES)
# Stages a process can be at while it is still open (a rejection has ended it already).
OPEN_STAGES = tuple(stage for stage in Stage if stage is not Stage.REJECTED)
REASON_CHOICES = [
    (reason.code, reason.label)
    for group in catalogue.GROUPS
    for reason in catalogue.reasons_in_group(group.code)
    if not (reason.sensitive or reason.negotiable or reason.timing_only or reason.caution)
]


class AcceptedDraftField(forms.ModelChoiceField):
    def label_from_instance(self, draft):
        offer = " (they made you an offer)" if draft.stage == Stage.OFFER else ""
        return f"{draft.role} at {draft.company}{offer}"


class StartForm(forms.ModelForm):
    company = forms.CharField(label="Company", max_length=200, required=False)
    role = forms.CharField(label="Role", max_length=200, required=False)
    start_date = forms.DateField(
        label="Start date (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[plausible_date],
        error_messages={"invalid": "Enter the date as year-month-day, for example 2026-03-05."},
    )
    sender_name = forms.CharField(
        label="Your name", max_length=120, help_text="As you sign your messages."
    )
    time_zone = forms.ChoiceField(
        label="Your time zone",
        choices=time_zone_choices,
        help_text="For the interview times you add on the next page.",
    )

    class Meta:
        model = CloseOut
        fields = [
            "accepted_draft",
            "company",
            "role",
            "start_date",
            "tone",
            "sender_name",
            "time_zone",
        ]
        labels = {"tone": "How should your messages sound?"}
        widgets = {"tone": forms.RadioSelect}

    REQUIRED = {
        "company": "Enter the company of the offer you accepted.",
        "role": "Enter the role you accepted.",
    }

    def __init__(self, *args, drafts, **kwargs):
        """`drafts`: the person's open drafts with a company and a role that the offer they
        accepted may be (a queryset, read once here); none, and the offer is typed."""
        super().__init__(*args, **kwargs)
        listed = list(drafts)
        if not listed:
            del self.fields["accepted_draft"]
            self.fields[
                "company"
            ].help_text = "The offer you accepted. declinewiz never writes to them."
            return
        # Picked from their drafts, the offer is never listed among the processes, however
        # its company and role were typed.
        field = self.fields["accepted_draft"] = AcceptedDraftField(
            queryset=drafts,
            label="Which offer did you accept?",
            help_text="Your offers and newest drafts; type it below if it isn't here.",
            required=False,
            blank=True,
            widget=forms.RadioSelect,
            empty_label="One that isn't in declinewiz yet: I'll type it below",
            error_messages={
                "invalid_choice": "That draft is no longer open. "
                "Choose another, or type the offer below."
            },
        )
        # The radios from the drafts just read, not from the queryset read again.
        choice = field.iterator(field).choice
        field.choices = [("", field.empty_label), *(choice(draft) for draft in listed)]
        self.fields["company"].help_text = "Of the offer you accepted, if it isn't listed above."

    def clean(self):
        data = super().clean()
        for name in ("company", "role", "sender_name"):
            if data.get(name):
                data[name] = one_line(data[name])
        if (draft := data.get("accepted_draft")) is not None:
            data["company"], data["role"] = draft.company, draft.role
        if "accepted_draft" in self.errors:
            return data  # the draft picked is gone: one message, not three
        for name, message in self.REQUIRED.items():
            if not data.get(name) and name not in self.errors:
                self.add_error(name, message)
        return data


def _situation_field(name, label):
    field = copy.deepcopy(SituationForm.base_fields[name])
    field.label, field.help_text = label, ""
    return field


class ProcessForm(forms.Form):
    """One process: an open draft (with its id) or a quick row for one not in declinewiz."""

    draft = forms.UUIDField(required=False, widget=forms.HiddenInput)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
    include = forms.BooleanField(label="Close this process", required=False, initial=True)
    company = forms.CharField(label="Company", max_length=200, required=False)
    role = forms.CharField(label="Role", max_length=200, required=False)
    contact_name = forms.CharField(label="Contact's full name", max_length=120, required=False)
    # The people step's choices; unknown, the messages claim no role for them.
    contact_role = forms.ChoiceField(
        label="Contact's role (optional)",
        choices=[("", "Not sure"), *CONTACT_ROLE_LABELS.items()],
        required=False,
    )
    contact_email = forms.EmailField(
        label="Contact's email (optional)",
        max_length=254,
        required=False,
        error_messages={"invalid": "Enter an email address like name@example.com."},
    )
    contact_phone = PhoneField(label="Contact's phone (optional)")
    stage = forms.ChoiceField(
        label="Where are you with them?",
        choices=[("", "Choose…"), *[(stage.value, STAGE_LABELS[stage]) for stage in OPEN_STAGES]],
        required=False,
    )
    # The wizard's own fields: one idea of a valid interview date, time and number of rounds.
    interview_date = _situation_field("interview_date", "Interview date (if booked)")
    interview_time = _situation_field("interview_time", "Interview time (if booked)")
    rounds_done = _situation_field("rounds_done", "Rounds done (if partway through)")
    action = forms.ChoiceField(
        label="What to do",
        choices=[("", "What fits the stage (recommended)")]
        + [(action.value, ACTION_LABELS[action]) for action in CLOSING_ACTIONS],
        required=False,
    )
    channel = forms.ChoiceField(
        label="How to tell them",
        choices=[("", "What fits the stage (recommended)")]
        + [(channel.value, CHANNEL_LABELS[channel]) for channel in Channel],
        required=False,
    )
    reason = forms.ChoiceField(
        label="Reason to give", choices=REASON_CHOICES, initial=OFFER_ACCEPTED, required=False
    )

    REQUIRED = {
        "company": "Enter the company.",
        "role": "Enter the role.",
        "contact_name": "Enter the name of the person to tell, so the message can greet them.",
        "stage": "Choose where you are with them.",
    }

    def __init__(self, *args, closeout, drafts, **kwargs):
        self.closeout = closeout
        self.drafts = drafts  # id -> the person's open draft, for the rows that have one
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if data.get("draft") and data["draft"] not in self.drafts:
            raise forms.ValidationError(
                "This draft is no longer open (it may have been closed or deleted in another "
                "tab). Reload the page to see your processes as they are now."
            )
        if not data.get("include"):
            return data
        for name in ("company", "role", "contact_name"):
            if name in data:
                data[name] = one_line(data[name])
        for name, message in self.REQUIRED.items():
            if not data.get(name) and name not in self.errors:
                self.add_error(name, message)
        if self.closeout.is_the_accepted_offer(
            company=data.get("company", ""), role=data.get("role", "")
        ):
            self.add_error(
                "include",
                "This looks like the offer you accepted, so it gets no message. "
                "Untick it to go on.",
            )
        self._clean_interview(data)
        self._clean_action_and_channel(data)
        return data

    def _clean_interview(self, data):
        missing_rounds = not data.get("rounds_done") and "rounds_done" not in self.errors
        if data.get("stage") == Stage.MID_PROCESS and missing_rounds:
            self.add_error("rounds_done", "Enter how many rounds you've done, for example 2.")
        if data.get("stage") != Stage.SCHEDULED:
            return
        for name, message in (
            ("interview_date", "Enter the date of the interview."),
            ("interview_time", "Enter the time of the interview."),
        ):
            if not data.get(name) and name not in self.errors:
                self.add_error(name, message)

    def _clean_action_and_channel(self, data):
        stage, action = data.get("stage"), data.get("action")
        if stage and action and action not in actions_for(Stage(stage)):
            self.add_error(
                "action",
                f"“{ACTION_LABELS[Action(action)]}” doesn't fit this stage. "
                "Choose the recommended action, or another one.",
            )
        no_phone = not data.get("contact_phone") and "contact_phone" not in self.errors
        if data.get("channel") in CALLS and no_phone:
            self.add_error("channel", "Add their phone number to call them, or choose email.")

    def interview_at(self):
        return interview_moment(self.cleaned_data, time_zone=self.closeout.time_zone)

    def current(self):
        """The row as it stands: what was typed (the part of it that is valid), or what it
        started with."""
        if not self.is_bound:
            return {**{name: field.initial for name, field in self.fields.items()}, **self.initial}
        return self.cleaned_data if self.errors is not None else {}

    def may_be_the_accepted_offer(self):
        company = self.current().get("company") or ""
        return self.closeout.may_be_the_accepted_offer(company=company)


def interview_moment(data, *, time_zone):
    """A booked interview's date and time, in the person's time zone; None if not booked."""
    if data.get("stage") != Stage.SCHEDULED:
        return None
    if not (data.get("interview_date") and data.get("interview_time")):
        return None
    zone = zoneinfo.ZoneInfo(time_zone or "UTC")
    return dt.datetime.combine(data["interview_date"], data["interview_time"], tzinfo=zone)


class BaseProcessFormSet(forms.BaseFormSet):
    def __init__(self, *args, closeout, drafts, **kwargs):
        self.closeout = closeout
        self.drafts = drafts
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"closeout": self.closeout, "drafts": self.drafts}

    @property
    def empty_form(self):
        # Not rendered (rows are added by a button, not by script), but kept consistent.
        return self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            closeout=self.closeout,
            drafts=self.drafts,
        )

    def clean(self):
        chosen = [
            form
            for form in self.forms
            if form.has_changed() or form.cleaned_data.get("draft")
            if form.cleaned_data.get("include")
        ]
        if not any(self.errors) and not chosen:
            raise forms.ValidationError(
                "Tick at least one process to close, or add one you're still in."
            )


ProcessFormSet = forms.formset_factory(
    ProcessForm,
    formset=BaseProcessFormSet,
    extra=1,
    max_num=200,
    absolute_max=200,
    validate_max=True,
)


class InvitationForm(forms.Form):
    invitation = forms.FileField(
        label="The invitation file (.ics)",
        help_text="Attached to the invitation email, often called invite.ics. Up to 256 KB.",
        error_messages={
            "required": "Choose the invitation file to upload.",
            "empty": "This file is empty. Choose the .ics file attached to the invitation.",
        },
    )
    email = forms.EmailField(
        label="The address the invitation was sent to",
        max_length=254,
        error_messages={
            "required": "Enter the email address the invitation was sent to.",
            "invalid": "Enter an email address like name@example.com.",
        },
    )

    def clean_invitation(self):
        upload = self.cleaned_data["invitation"]
        if upload.size > calendar_reply.MAX_BYTES:
            raise forms.ValidationError(calendar_reply.TOO_LARGE)
        return upload
