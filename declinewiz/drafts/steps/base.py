"""What every wizard step's form shares: it is bound to a draft and writes back to it."""

import copy
import datetime as dt
from dataclasses import dataclass

from django import forms

from declinewiz.drafts.models import Draft


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
    """A wizard step's form: bound to a draft, writes back to it.

    save() puts the answers on the draft and returns the names of the fields it set; it never
    writes to the database. The view writes them in one conflict-checked UPDATE (see
    Draft.save_if_unchanged), together with what the change makes stale.
    """

    # The version the page was loaded with; a later save elsewhere makes it a conflict.
    version = forms.CharField(widget=forms.HiddenInput, required=False)
    field_order = ("version",)

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


class StepModelForm(StepForm, forms.ModelForm):
    """A step form for answers that are the draft's own fields (Meta.fields).

    Its initial values come from the draft and its answers go back to it the ModelForm way.
    Validation fills in a copy of the draft, so a page that saves nothing (an error, another
    tab's save, Back with unfinished answers) still shows and routes by the draft as saved.
    A subclass whose answers also set fields that are not form fields (a moment from a date
    and a time, say) extends save() and adds their names.
    """

    class Meta:
        model = Draft
        fields = ()

    def __init__(self, *args, draft, **kwargs):
        super().__init__(*args, draft=draft, instance=copy.copy(draft), **kwargs)

    def save(self):
        answers = super().save(commit=False)  # the copy, with the answers on it
        fields = [name for name in self._meta.fields if name in self.fields]
        for name in fields:
            setattr(self.draft, name, getattr(answers, name))
        return fields
