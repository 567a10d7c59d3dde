"""The site's crispy field template writes crispy-bootstrap5's markup, in GOV.UK's order.

templates/bootstrap5/field.html replaces crispy-bootstrap5's field.html for this site's stacked
forms. It must give the same markup (whitespace aside) for every field of every form, fresh and
with errors, but for what it changes on purpose: no asterisks, the hint and the error between
the label (or legend) and the input, a hint per option where a form gives one, and on a page of
one question the legend holding the page's h1. An upgrade of crispy that changes its markup
shows up here.
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
from pytest_django.asserts import assertHTMLEqual

from declinewiz.accounts import forms as account_forms
from declinewiz.drafts import steps as wizard
from declinewiz.drafts.forms import DraftFilterForm, RenameForm
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


ERROR = r'<div id="[^"]*_error" class="invalid-feedback">.*?</div>'
HELP = r'<div id="[^"]*_helptext" class="form-text">.*?</div>'
OPTION_HINT = r'<div id="[^"]*_hint" class="form-text">.*?</div>'


def _in_our_order(crispy_html):
    """crispy's markup with this site's deliberate changes made to it."""
    html = crispy_html.replace('<span class="asteriskField">*</span>', "")
    html = html.replace(' fs-6">', '">')
    error = "".join(re.findall(ERROR, html))
    help_text = "".join(re.findall(HELP, html))
    html = re.sub(HELP, "", re.sub(ERROR, "", html))
    if 'class="form-check"' in html and "<fieldset" not in html:  # a single checkbox
        html = html.replace('<div class="mb-3">', f'<div class="mb-3">{error}', 1)
        return html.replace("</label>", f"</label>{help_text}", 1)
    return re.sub(r"(</label>|</legend>)", rf"\1{help_text}{error}", html, count=1)


def _without_option_hints(html):
    html = re.sub(OPTION_HINT, "", html)
    return re.sub(r' aria-describedby="[^"]*_hint"', "", html)


LEGEND = r'<legend class="([^"]*)">(.*?)</legend>'


def _as_heading(html):
    """crispy's fieldset with its legend made the page's heading, as a one-question page has it."""
    return re.sub(LEGEND, r'<legend class="\1 legend-heading"><h1>\2</h1></legend>', html, count=1)


@pytest.mark.parametrize("data", [None, INVALID], ids=["fresh", "with-errors"])
@pytest.mark.parametrize("heading", [False, True], ids=["legend", "legend-as-heading"])
def test_the_site_field_template_matches_crispy_bootstrap5(db, data, heading):
    """Every field of every step as crispy writes it, in this site's order; on a page that
    asks one question (heading), each fieldset's legend holds the page's only h1 and nothing
    else differs."""
    ours = get_template("bootstrap5/field.html")
    theirs = CRISPY.get_template("bootstrap5/field.html")
    context = {"form_show_errors": True, "form_show_labels": True}
    draft = draft_with_every_step()
    checked = 0
    for slow, fast in zip(_forms(data, draft), _forms(data, draft), strict=True):
        if data is not None:
            assert slow.is_valid() == fast.is_valid()
        for name in slow.fields:
            if heading and not slow[name].use_fieldset:
                continue
            expected = theirs.render(Context({**context, "field": slow[name]}))
            actual = ours.render({**context, "legend_is_heading": heading, "field": fast[name]})
            ours_html = _without_option_hints(_normalised(actual))
            theirs_html = _without_option_hints(_in_our_order(_normalised(expected)))
            if heading:
                theirs_html = _as_heading(theirs_html)
                assert ours_html.count("<h1>") == 1, name
            assert ours_html == theirs_html, name
            checked += 1
    assert checked > (10 if heading else 50)


SHOWN = {"form_show_errors": True, "form_show_labels": True}  # what crispy's filters pass


def test_errors_help_and_legends_are_at_the_field(db):
    form = EveryWidget(INVALID)
    form.is_valid()
    ours = get_template("bootstrap5/field.html")
    boxes = ours.render({"field": form["boxes"], **SHOWN})
    assert "<legend" in boxes
    assert 'class="form-check-input is-invalid"' in boxes
    assert 'id="id_boxes_error" class="invalid-feedback"' in boxes
    assert "Boxes are wrong." in boxes
    radios = ours.render({"field": form["radios"], **SHOWN})
    assert 'aria-describedby="id_radios_helptext' in radios
    text = ours.render({"field": form["text"], **SHOWN})
    assert 'aria-describedby="id_text_helptext"' in text
    assert 'id="id_text_helptext" class="form-text">Some <em>help</em>' in text
    number = ours.render({"field": form["number"], **SHOWN})
    assert 'class="numberinput form-control is-invalid"' in number
    assert 'aria-invalid="true" aria-describedby="id_number_error"' in number
    assert '<p id="error_1_id_number"><strong>Enter a whole number.</strong></p>' in number


def test_the_hint_and_the_error_come_between_the_question_and_the_answer(db):
    form = EveryWidget({**INVALID, "radios": "nope"})
    form.is_valid()
    ours = get_template("bootstrap5/field.html")
    text = ours.render({"field": form["text"], **SHOWN})
    assert text.index("</label>") < text.index("Some <em>help</em>") < text.index("<input")
    radios = ours.render({"field": form["radios"], **SHOWN})
    legend, hint = radios.index("</legend>"), radios.index("Pick one")
    assert legend < hint < radios.index("invalid-feedback") < radios.index('type="radio"')
    tick = ours.render({"field": form["tick"], **SHOWN})
    assert tick.index("Tick is wrong.") < tick.index('type="checkbox"')
    for name in form.fields:
        assert "*" not in ours.render({"field": form[name], **SHOWN}), name


def test_an_option_hint_sits_under_its_label_and_is_read_with_it(db):
    draft = draft_with_every_step()
    form = wizard.STEPS_BY_NAME["advice"].form_class(draft=draft, recommended=None)
    template = get_template("bootstrap5/field.html")
    html = _normalised(template.render({"field": form["action"], **SHOWN}))
    [decline] = re.findall(r'<input [^>]*value="decline"[^>]*>', html)
    assert 'aria-describedby="id_action_0_hint"' in decline
    assert (
        '<label for="id_action_0" class="form-check-label">Decline</label>'
        '<div id="id_action_0_hint" class="form-text">Say no clearly and kindly' in html
    )


@pytest.mark.parametrize("data", [None, INVALID], ids=["fresh", "with-errors"])
def test_widgets_rendered_by_jinja2_match_djangos_own_templates(db, data):
    """The Jinja2 form renderer writes the markup of Django's Django-template widgets."""
    draft = draft_with_every_step()
    checked = set()
    for ours, django in zip(_forms(data, draft), _forms(data, draft), strict=True):
        django.renderer = DjangoTemplates()  # Django's built-in widget templates only
        for name, field in ours.fields.items():
            # The same elements, attributes and text; Jinja2 spells an escaped quote &#34;
            # where Django writes &quot;, which a browser reads the same.
            assertHTMLEqual(ours[name].as_widget(), django[name].as_widget(), name)
            checked.add(type(field.widget))
    assert {forms.Select, forms.TextInput, forms.Textarea, forms.HiddenInput} <= checked
    assert {forms.EmailInput, forms.NumberInput, forms.DateInput, forms.RadioSelect} <= checked


def test_what_a_page_shows_under_its_one_question_comes_after_the_legend(db):
    draft = draft_with_every_step()
    step = wizard.STEPS_BY_NAME["channel"]
    form = step.form_class(draft=draft, recommended=None)
    html = get_template("bootstrap5/field.html").render(
        {
            "field": form["channel"],
            "legend_is_heading": True,
            "under_legend": "wizard/_recommendation.html",
            "recommendation": step.recommend(draft),
            **SHOWN,
        }
    )
    legend_end, suggestion = html.index("</legend>"), html.index("We suggest:")
    assert legend_end < suggestion < html.index('type="radio"')
    plain = get_template("bootstrap5/field.html").render({"field": form["channel"], **SHOWN})
    assert "<h1>" not in plain
    assert "We suggest:" not in plain
