"""What every wizard step's form shares: it is bound to a draft and writes back to it."""

import datetime as dt
from dataclasses import dataclass

from django import forms


@dataclass(frozen=True)
class Recommendation:
    """What a step suggests, shown above its form: a heading, the reasons, and the choice
    the form marks "(recommended)" and preselects."""

    title: str
    why: tuple[str, ...]
    choice: object
    notes: tuple[str, ...] = ()  # cautions, each in a box of its own
    tips: tuple[str, ...] = ()


def plausible_date(value):
    # Far-off dates (year 1, year 9999) overflow when moved between time zones: a 500, not a
    # field error, if they got through.
    if not dt.date(2000, 1, 1) <= value <= dt.date(2099, 12, 31):
        raise forms.ValidationError("Enter a date between the years 2000 and 2099.")


class HintedRadioSelect(forms.RadioSelect):
    """Radios whose options may each carry a hint, shown under the option's label."""

    def __init__(self, *args, hints=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hints = hints or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if hint := self.hints.get(value):
            option["hint"] = hint
            option["attrs"]["aria-describedby"] = f"{option['attrs']['id']}_hint"
        return option


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
