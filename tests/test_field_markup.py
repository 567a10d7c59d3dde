"""The faster form rendering writes the same HTML as the slow one it replaces.

declinewiz.form_renderer writes Django's plain widgets in Python, and templates/bootstrap5/
field.html and uni_form.html are a lighter crispy field and form; they must give exactly the
markup of Django's widget templates and crispy-bootstrap5's field.html and uni_form.html, for
every field of every form, fresh and with errors. An upgrade of Django or crispy that changes their markup shows up here.
"""

import datetime as dt
import re
from pathlib import Path

import crispy_bootstrap5
import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.template import Context, Engine
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from declinewiz.accounts import forms as account_forms
from declinewiz.drafts import steps as wizard
from declinewiz.drafts.forms import DraftFilterForm, RenameForm
from declinewiz.form_renderer import WidgetRenderer
from tests.factories import draft_with_every_step

CRISPY = Engine(
    dirs=[Path(crispy_bootstrap5.__file__).parent / "templates"],
    libraries={
        "crispy_forms_field": "crispy_forms.templatetags.crispy_forms_field",
        "crispy_forms_filters": "crispy_forms.templatetags.crispy_forms_filters",
        "crispy_forms_utils": "crispy_forms.templatetags.crispy_forms_utils",
        "l10n": "django.templatetags.l10n",
    },
)


class EveryWidget(forms.Form):
    text = forms.CharField(initial="<b>\"quoted\" & 'single'</b>", help_text="Some <em>help</em>")
    email = forms.EmailField(required=False)
    number = forms.IntegerField(initial=3, min_value=1, max_value=20)
    day = forms.DateField(initial=dt.date(2026, 3, 5), widget=forms.DateInput({"type": "date"}))
    hour = forms.TimeField(
        initial=dt.time(14, 30), widget=forms.TimeInput({"type": "time"}, format="%H:%M")
    )
    hidden = forms.IntegerField(widget=forms.HiddenInput, required=False, initial=7)
    note = forms.CharField(
        widget=forms.Textarea({"rows": 3, "data-on": True, "data-off": False}), initial="a\n<b>"
    )
    empty_note = forms.CharField(widget=forms.Textarea, required=False)
    choice = forms.ChoiceField(
        choices=[("", "None"), ("a", "A & B"), ("b", mark_safe("<i>B</i>"))], initial="a"
    )
    grouped = forms.ChoiceField(
        choices=[("Group <1>", [("1", "one"), ("2", "two")]), ("3", "three")], initial="2"
    )
    tick = forms.BooleanField(required=False, initial=True, help_text="Tick help")
    must_tick = forms.BooleanField()
    radios = forms.ChoiceField(
        choices=[("x", "X <x>"), ("y", "Y")], widget=forms.RadioSelect, help_text="Pick one"
    )
    boxes = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y & y")],
        widget=forms.CheckboxSelectMultiple,
        initial=["y"],
        required=False,
    )
    password = forms.CharField(widget=forms.PasswordInput(render_value=True), initial="pw")

    def clean(self):
        self.add_error("boxes", "Boxes are wrong.")
        self.add_error("tick", "Tick is wrong.")
        return super().clean()


INVALID = {"text": "<x>", "number": "abc", "choice": "b", "grouped": "1", "boxes": ["x"]}


def _normalised(html):
    html = re.sub(r"\s+", " ", str(html))
    return re.sub(r"\s*(<|>)\s*", r"\1", html).strip()


def _forms(data, draft):
    """Every form of the site, `data`-bound or not, built afresh (crispy changes widgets)."""
    built = [EveryWidget(data), DraftFilterForm(data), RenameForm(data, instance=draft)]
    for step in wizard.STEPS:
        built.append(step.form_class(data, draft=draft, recommended=None))
    for name in ("SignUpForm", "ProfileForm", "DeleteAccountForm"):
        form_class = getattr(account_forms, name)
        try:
            built.append(form_class(data))
        except TypeError:  # forms that need a user
            built.append(form_class(data, user=draft.owner))
    return built


@pytest.mark.parametrize("data", [None, INVALID], ids=["fresh", "with-errors"])
def test_widgets_written_in_python_match_django_templates(db, data):
    draft = draft_with_every_step()
    checked = 0
    for slow, fast in zip(_forms(data, draft), _forms(data, draft), strict=True):
        slow.renderer, fast.renderer = DjangoTemplates(), WidgetRenderer()
        for name in slow.fields:
            for attrs in (None, {"class": "form-control is-invalid", "required": True}):
                assert fast[name].as_widget(attrs=attrs) == slow[name].as_widget(attrs=attrs)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("data", [None, INVALID], ids=["fresh", "with-errors"])
def test_lighter_crispy_field_matches_crispy_bootstrap5(db, data):
    ours = get_template("bootstrap5/field.html")
    theirs = CRISPY.get_template("bootstrap5/field.html")
    context = {"form_show_errors": True, "form_show_labels": True}
    draft = draft_with_every_step()
    checked = 0
    for slow, fast in zip(_forms(data, draft), _forms(data, draft), strict=True):
        if data is not None:
            assert slow.is_valid() == fast.is_valid()
        for name in slow.fields:
            expected = theirs.render(Context({**context, "field": slow[name]}))
            actual = ours.render({**context, "field": fast[name]})
            assert _normalised(actual) == _normalised(expected), name
            checked += 1
    assert checked > 50


def test_errors_help_and_legends_are_at_the_field(db):
    form = EveryWidget(INVALID)
    form.is_valid()
    ours = get_template("bootstrap5/field.html")
    boxes = ours.render({"field": form["boxes"], "form_show_errors": True})
    assert "<legend" in boxes
    assert 'class="form-check-input is-invalid"' in boxes
    assert 'id="id_boxes_error" class="invalid-feedback"' in boxes
    assert "Boxes are wrong." in boxes
    radios = ours.render({"field": form["radios"], "form_show_errors": True})
    assert 'aria-describedby="id_radios_helptext' in radios
    text = ours.render({"field": form["text"], "form_show_errors": True})
    assert 'aria-describedby="id_text_helptext"' in text
    assert 'id="id_text_helptext" class="form-text">Some <em>help</em>' in text
    number = ours.render({"field": form["number"], "form_show_errors": True})
    assert 'class="numberinput form-control is-invalid"' in number
    assert 'aria-invalid="true" aria-describedby="id_number_error"' in number
    assert '<p id="error_1_id_number"><strong>Enter a whole number.</strong></p>' in number


@pytest.mark.parametrize("data", [None, INVALID], ids=["fresh", "with-errors"])
def test_whole_crispy_form_matches_crispy_bootstrap5(db, data):
    """{{ form|crispy }} renders our uni_form.html; it must match crispy-bootstrap5's own."""
    ours = get_template("bootstrap5/uni_form.html")
    theirs = CRISPY.get_template("bootstrap5/uni_form.html")
    draft = draft_with_every_step()
    for slow, fast in zip(_forms(data, draft), _forms(data, draft), strict=True):
        context = {
            "form_show_errors": True,
            "form_show_labels": True,
            "field_template": "bootstrap5/field.html",
            "form_error_title": "Please check <these>",
        }
        if data is not None:
            for form in (slow, fast):
                form.is_valid()
                form.add_error(None, "Something about the <whole> form.")
        expected = theirs.render(Context({**context, "form": slow}))
        actual = ours.render({**context, "form": fast})
        assert _normalised(actual) == _normalised(expected), type(fast).__name__
        if data is not None:
            assert "Something about the &lt;whole&gt; form." in actual
