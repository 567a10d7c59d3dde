"""Template helpers for templates/bootstrap5/field.html, the project's lighter crispy field.

The choices of a radio or checkbox group are the one place a page repeats the same markup
many times (19 reasons); writing them here instead of one template include per option is
what makes the reasons page cheap. The markup is crispy-bootstrap5's own.
"""

from django import forms, template
from django.utils import formats
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from declinewiz.form_renderer import flat_attrs

register = template.Library()


@register.filter
def field_kind(bound_field):
    """What markup a field needs: hidden, checkbox, choices, select, file or input."""
    widget = bound_field.field.widget
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return "choices"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.FileInput):
        return "file"
    return "input"


def error_block(bound_field):
    """crispy-bootstrap5's layout/field_errors_block.html."""
    if not bound_field.errors:
        return ""
    return format_html(
        '<div id="{}_error" class="invalid-feedback">{}</div>',
        bound_field.errors.field_id,
        format_html_join(
            "",
            '<p id="error_{}_{}"><strong>{}</strong></p>',
            (
                (number, bound_field.auto_id, error)
                for number, error in enumerate(bound_field.errors, start=1)
            ),
        ),
    )


def _unlocalized(value):
    return conditional_escape(str(formats.localize(value, use_l10n=False)))


@register.simple_tag
def choice_inputs(bound_field, inline_class=""):
    """The options of a radio or checkbox group, as crispy-bootstrap5's radio_checkbox_select.

    The field's errors go inside the last option (unless inline), after its input, so
    Bootstrap shows them: `.is-invalid ~ .invalid-feedback`.
    """
    # The same attributes crispy's `optgroups` filter gives the options.
    widget = bound_field.field.widget
    id_ = widget.attrs.get("id") or bound_field.auto_id
    attrs = bound_field.build_widget_attrs({"id": id_} if id_ else {})
    groups = widget.optgroups(
        bound_field.html_name, widget.format_value(bound_field.value()), attrs
    )
    invalid = " is-invalid" if bound_field.errors else ""
    wrapper = "form-check form-check-inline" if inline_class else "form-check"
    name = conditional_escape(bound_field.html_name)
    parts = []
    for group_number, (group, options, _index) in enumerate(groups, start=1):
        if group:
            parts.append(f"<strong>{conditional_escape(group)}</strong>")
        for option_number, option in enumerate(options, start=1):
            last = group_number == len(groups) and option_number == len(options)
            errors = error_block(bound_field) if last and not inline_class else ""
            parts.append(
                f'<div class="{wrapper}">'
                f'<input type="{conditional_escape(option["type"])}" class="form-check-input{invalid}"'
                f' name="{name}" value="{_unlocalized(option["value"])}"{flat_attrs(option["attrs"])}>'
                f'<label for="{conditional_escape(option["attrs"].get("id", ""))}"'
                f' class="form-check-label">{_unlocalized(option["label"])}</label>{errors}</div>'
            )
    return mark_safe("".join(parts))  # noqa: S308 (every value escaped above)


@register.simple_tag
def field_errors(bound_field):
    return error_block(bound_field)
