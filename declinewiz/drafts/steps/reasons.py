"""Step 3, the reasons: why they are stepping back (for the advice; never all sent)."""

from django import forms

from declinewiz.compose import catalogue
from declinewiz.drafts.steps.base import StepForm


class ReasonsForm(StepForm):
    """A plain Form, not a ModelForm: the draft's one reasons list is asked as a group of
    boxes per catalogue group, and saved in the catalogue's order with reasons_done."""

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
