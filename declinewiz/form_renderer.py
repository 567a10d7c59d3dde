"""A form renderer that writes Django's plain widgets in Python: the same HTML, a tenth of the time.

Every field on every page goes through a widget template (input, select, textarea, and one
option template per <option>), and the template engine's cost per node was most of a page's
time. These functions produce exactly what Django's own widget templates produce
(tests/test_form_renderer.py compares them); any other template, such as a widget with a
template of its own, is rendered by the templates as usual.
"""

import html

from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

WIDGETS = "django/forms/widgets/"
# Templates that are nothing but {% include "django/forms/widgets/input.html" %}.
INPUT_TEMPLATES = frozenset(
    f"{WIDGETS}{name}.html"
    for name in (
        "input",
        "text",
        "email",
        "number",
        "date",
        "datetime",
        "time",
        "hidden",
        "password",
        "url",
        "tel",
        "search",
        "color",
        "checkbox",
    )
)
SELECT_TEMPLATE = f"{WIDGETS}select.html"
OPTION_TEMPLATE = f"{WIDGETS}select_option.html"
TEXTAREA_TEMPLATE = f"{WIDGETS}textarea.html"

# What {{ value }} does in a template: localise, str(), escape unless already safe.
_AUTOESCAPE = Context(autoescape=True)


def escape_value(value):
    """conditional_escape(value), with a short way for a plain str (nearly every value).

    A plain str is never safe and localises to itself, so its escaped form is html.escape's,
    the same characters Django's escape() gives.
    """
    if type(value) is str:
        return html.escape(value)
    return conditional_escape(value)


def _text(value):
    if type(value) is str:
        return html.escape(value)
    return render_value_in_context(value, _AUTOESCAPE)


def _string_format(value):
    """{{ value|stringformat:'s' }}: no localisation, escaped unless the value was safe."""
    if type(value) is str:
        return html.escape(value)
    if isinstance(value, tuple):
        value = str(value)
    text = f"{value}"
    return text if isinstance(value, SafeData) else conditional_escape(text)


def flat_attrs(attrs):
    """django/forms/widgets/attrs.html: ` name="value"`, a bare name for True, nothing for False."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {_text(name)}")
        else:
            parts.append(f' {_text(name)}="{_string_format(value)}"')
    return "".join(parts)


def render_input(widget):
    value = widget["value"]
    shown = "" if value is None else f' value="{_string_format(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"'
        f"{shown}{flat_attrs(widget['attrs'])}>"
    )


def render_textarea(widget):
    value = widget["value"]
    return (
        f'<textarea name="{_text(widget["name"])}"{flat_attrs(widget["attrs"])}>\n'
        f"{_text(value) if value else ''}</textarea>"
    )


def render_option(option):
    return (
        f'<option value="{_string_format(option["value"])}"{flat_attrs(option["attrs"])}>'
        f"{_text(option['label'])}</option>"
    )


class WidgetRenderer(DjangoTemplates):
    """Django's template renderer, with the plain widgets written directly."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if widget is not None:
            if template_name in INPUT_TEMPLATES:
                # Safe to mark: every part escaped above.
                return mark_safe(render_input(widget))  # noqa: S308  # nosec B308 B703
            if template_name == TEXTAREA_TEMPLATE:
                # Safe to mark: escaped in render_textarea.
                return mark_safe(render_textarea(widget))  # noqa: S308  # nosec B308 B703
            if template_name == SELECT_TEMPLATE:
                html = self._select(widget, context, request)
                if html is not None:
                    # Safe to mark: every option escaped above.
                    return mark_safe(html)  # noqa: S308  # nosec B308 B703
        return super().render(template_name, context, request=request)

    def _select(self, widget, context, request):
        parts = [f'<select name="{_text(widget["name"])}"{flat_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{_text(group_name)}">')
            for option in options:
                if option["template_name"] != OPTION_TEMPLATE:
                    return None  # an option template of its own: let the templates do it all
                # select_option.html ends with a newline, which the include keeps.
                parts.append(f"\n  {render_option(option)}\n")
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return "".join(parts)
