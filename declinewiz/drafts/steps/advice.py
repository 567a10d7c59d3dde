"""Step 4, the advice: what we suggest doing, and what they choose."""

from django import forms

from declinewiz.compose.advice import ACTION_HINTS, HARD_TO_UNDO, actions_for, recommend_action
from declinewiz.compose.labels import ACTION_LABELS
from declinewiz.compose.types import Action, Stage
from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.steps.base import HintedRadioSelect, Recommendation, StepModelForm


class AdviceForm(StepModelForm):
    action = forms.ChoiceField(
        label="What would you like to do?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you'd like to do."},
    )
    confirm = forms.BooleanField(
        label="I understand a decline is hard to undo once it's sent.",
        required=False,
    )
    hard_to_undo = HARD_TO_UNDO  # the warning beside the box
    CONFIRMED_ACTIONS = (Action.DECLINE, Action.WITHDRAW)

    class Meta(StepModelForm.Meta):
        # The box is saved as action_confirmed, and only for an action that asks for it.
        fields = ("action",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stage = Stage(self.draft.stage or Stage.INVITED)
        choices = []
        for action in actions_for(stage):
            label = ACTION_LABELS[action]
            if self.recommended == action:
                label = f"{label} (recommended)"
            choices.append((action.value, label))
        self.fields["action"].choices = choices
        self.fields["action"].widget = HintedRadioSelect(
            choices=choices, hints={action.value: ACTION_HINTS[action] for action in Action}
        )

    @property
    def asks_to_confirm(self):
        """Whether the action on the page (typed, saved or suggested) needs the confirm box."""
        return self["action"].value() in self.CONFIRMED_ACTIONS

    def initial_from(self, draft):
        chosen = draft.action or (self.recommended.value if self.recommended else "")
        return {"action": chosen, "confirm": draft.action_confirmed}

    def clean(self):
        data = super().clean()
        if data.get("action") in self.CONFIRMED_ACTIONS and not data.get("confirm"):
            self.add_error("confirm", "Tick this box to confirm, or choose another option above.")
        return data

    def save(self):
        fields = super().save()
        self.draft.action_confirmed = bool(self.cleaned_data.get("confirm")) and (
            self.draft.action in self.CONFIRMED_ACTIONS
        )
        return [*fields, "action_confirmed"]


def holds(draft):
    if draft.action not in {action.value for action in actions_for(Stage(draft.stage))}:
        return False
    return draft.action_confirmed or draft.action not in (Action.DECLINE, Action.WITHDRAW)


def recommend(draft):
    advice = recommend_action(answers_from_draft(draft))
    return Recommendation(
        title=f"Our suggestion: {ACTION_LABELS[advice.action]}",
        why=advice.why,
        choice=advice.action,
        notes=advice.notes,
    )


def stale(draft):
    """The choice an earlier answer made wrong: a rejection is always a reply, and a stage
    that no longer allows the chosen action loses it (this step asks again)."""
    if draft.stage == Stage.REJECTED:
        return {"action": Action.REPLY.value, "action_confirmed": False}
    if draft.stage and draft.action and not holds(draft):
        if draft.action not in {action.value for action in actions_for(Stage(draft.stage))}:
            return {"action": "", "action_confirmed": False}
        return {"action_confirmed": False}
    return {}
