"""Step 6, the tone and content: how it should sound and what else it says."""

import datetime as dt
import zoneinfo

from django import forms
from django.utils import timezone

from declinewiz.compose import catalogue
from declinewiz.compose.labels import EXTRA_LABELS, SHARE_LABELS, TONE_LABELS
from declinewiz.compose.text import one_line
from declinewiz.compose.types import Action, Extra, ShareReason, Stage, Tone
from declinewiz.compose.writer import extras_for
from declinewiz.drafts.answers import parse_times
from declinewiz.drafts.steps.base import StepModelForm, plausible_date

TONES = frozenset(tone.value for tone in Tone)
SHARE_MODES = frozenset(mode.value for mode in ShareReason)


class ToneForm(StepModelForm):
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

    class Meta(StepModelForm.Meta):
        # What would make it work is asked only for a negotiation; the times only to reschedule.
        fields = ("tone", "share_reason", "extras", "negotiate_ask")
        labels = {"negotiate_ask": "What would make it work? (optional)"}
        help_texts = {
            "negotiate_ask": (
                "For example “a salary of £65,000” or “two days a week from home”. "
                "We'll ask for it politely, and you'll have an answer ready if they ask."
            )
        }

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
        offered = offered_extras(self.draft)
        if offered:
            self.fields["extras"].choices = [(e.value, EXTRA_LABELS[e]) for e in offered]
        else:
            del self.fields["extras"]  # nothing this action would add: not a question to ask
        if self.draft.action != Action.NEGOTIATE:
            del self.fields["negotiate_ask"]
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
            "negotiate_ask": draft.negotiate_ask,
        }
        zone = zoneinfo.ZoneInfo(draft.time_zone or "UTC")
        for index, moment in enumerate(parse_times(draft.alternative_times), start=1):
            local = moment.astimezone(zone)
            initial[f"alt_date_{index}"] = local.date()
            initial[f"alt_time_{index}"] = local.time().replace(second=0, microsecond=0)
        return initial

    def clean(self):
        data = super().clean()
        if data.get("negotiate_ask"):
            data["negotiate_ask"] = one_line(data["negotiate_ask"])
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
        fields = super().save()
        data, draft = self.cleaned_data, self.draft
        # Not asked on every page: a reply shares no reason, and an action that adds nothing
        # has no extras (nor has a page where every box is left unticked, which sends none).
        draft.share_reason = data.get("share_reason") or ShareReason.NONE
        draft.extras = [extra.value for extra in Extra if extra.value in data.get("extras", [])]
        fields += [name for name in ("share_reason", "extras") if name not in fields]
        if self.asks_for_times:
            draft.alternative_times = data["alternative_times"]
            fields.append("alternative_times")
        return fields


def offered_extras(draft):
    """The extras the chosen action uses (the composer's table): no box that would do nothing."""
    if not draft.stage:
        return tuple(Extra)
    action = Action(draft.action) if draft.action else Action.DECLINE
    if draft.stage == Stage.REJECTED:
        action = Action.REPLY
    return extras_for(action=action, stage=Stage(draft.stage), reasons=tuple(draft.reasons))


def default_extras(draft):
    """Sensible starting extras for the situation; the user can untick any."""
    if draft.stage == Stage.REJECTED:
        extras = [Extra.FEEDBACK.value, Extra.DOOR_OPEN.value]
    else:
        extras = [Extra.DOOR_OPEN.value]
        close = draft.interview_at and draft.interview_at - timezone.now() <= dt.timedelta(days=2)
        if draft.stage == Stage.SCHEDULED and close:
            extras.append(Extra.APOLOGY.value)
    offered = {extra.value for extra in offered_extras(draft)}
    return [extra for extra in extras if extra in offered]


def holds(draft):
    if draft.tone not in TONES:
        return False
    if draft.stage != Stage.REJECTED:
        if draft.share_reason not in SHARE_MODES:
            return False
        if draft.share_reason == ShareReason.SPECIFIC and not catalogue.shareable_codes(
            draft.reasons
        ):
            return False
    return not (draft.action == Action.RESCHEDULE and len(parse_times(draft.alternative_times)) < 2)


def stale(draft):
    """A specific reason to share needs a reason that can be shared."""
    if draft.share_reason == ShareReason.SPECIFIC and not catalogue.shareable_codes(draft.reasons):
        return {"share_reason": ""}
    return {}
