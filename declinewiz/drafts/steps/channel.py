"""Step 5, the channel: phone or email (only when they have the contact's number)."""

from django import forms

from declinewiz.compose.advice import recommend_action
from declinewiz.compose.channel import recommend_channel
from declinewiz.compose.labels import CHANNEL_LABELS
from declinewiz.compose.types import Action, Channel
from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.steps.base import Recommendation, StepModelForm

CHANNELS = frozenset(channel.value for channel in Channel)
# The page asks this one question: it is the page's heading and the radios' legend.
QUESTION = "How would you like to tell them?"


class ChannelForm(StepModelForm):
    channel = forms.ChoiceField(
        label=QUESTION,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you'd like to tell them."},
    )

    class Meta(StepModelForm.Meta):
        fields = ("channel",)

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


def applies(draft):
    # Without their phone number there is nothing to choose: it will be an email.
    return bool(draft.contact_phone)


def holds(draft):
    return draft.channel in CHANNELS


def recommend(draft):
    answers = answers_from_draft(draft)
    action = Action(draft.action) if draft.action else recommend_action(answers).action
    channel = recommend_channel(answers, action=action)
    return Recommendation(
        title=f"We suggest: {CHANNEL_LABELS[channel.recommended]}",
        why=channel.why,
        choice=channel.recommended,
        tips=channel.tips,
    )


def stale(draft):
    return {} if draft.contact_phone else {"channel": ""}
