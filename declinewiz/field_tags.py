"""Template helpers for templates/bootstrap5/field.html, the project's lighter crispy field.

The choices of a radio or checkbox group are the one place a page repeats the same markup
many times (19 reasons); writing them here instead of one template include per option is
what makes the reasons page cheap. The markup is crispy-bootstrap5's own.
"""

from crispy_forms.templatetags.crispy_forms_utils import remove_spaces
from django import forms, template
from django.template.defaultfilters import unordered_list
from django.template.loader import get_template
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from declinewiz.form_renderer import escape_value, flat_attrs

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
    return escape_value(str(formats.localize(value, use_l10n=False)))


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
    name = escape_value(bound_field.html_name)
    parts = []
    for group_number, (group, options, _index) in enumerate(groups, start=1):
        if group:
            parts.append(f"<strong>{escape_value(group)}</strong>")
        for option_number, option in enumerate(options, start=1):
            last = group_number == len(groups) and option_number == len(options)
            errors = error_block(bound_field) if last and not inline_class else ""
            parts.append(
                f'<div class="{wrapper}">'
                f'<input type="{escape_value(option["type"])}" class="form-check-input{invalid}"'
                f' name="{name}" value="{_unlocalized(option["value"])}"{flat_attrs(option["attrs"])}>'
                f'<label for="{escape_value(option["attrs"].get("id", ""))}"'
                f' class="form-check-label">{_unlocalized(option["label"])}</label>{errors}</div>'
            )
    # Safe to mark: every value escaped above.
    return mark_safe("".join(parts))  # noqa: S308  # nosec B308 B703


@register.simple_tag
def field_errors(bound_field):
    return error_block(bound_field)


def _add_classes(widget, classes):
    """What crispy's `{% crispy_field field 'class' '…' %}` does to the widget's classes."""
    name = widget.__class__.__name__.lower()
    current = widget.attrs.get("class", "")
    if not current:
        current = name
    elif name not in current:
        current = f"{current} {name}"
    words = current.split()
    current += "".join(f" {word}" for word in classes.split() if word not in words)
    widget.attrs["class"] = current


def _widget(bound_field, classes):
    _add_classes(bound_field.field.widget, classes)
    return str(bound_field)


def _required(bound_field):
    return " requiredField" if bound_field.field.required else ""


def _asterisk(bound_field):
    return '<span class="asteriskField">*</span>' if bound_field.field.required else ""


def _help(bound_field):
    if not bound_field.help_text:
        return ""
    auto_id = bound_field.auto_id
    id_attr = f'id="{escape_value(auto_id)}_helptext" ' if auto_id else ""
    # crispy writes help text unescaped (`|safe`): it is the developer's text, never the user's.
    return f'<div {id_attr}class="form-text">{bound_field.help_text}</div>'


def _extra(value):
    return f" {value}" if value else ""


@register.simple_tag(takes_context=True)
def bootstrap5_field(context):
    """templates/bootstrap5/field.html in Python: crispy-bootstrap5's markup for one field.

    Stacked forms only (no form-horizontal or table rows, which this project does not use).
    tests/test_field_markup.py compares the result with crispy-bootstrap5's own template.
    """
    field = context["field"]
    auto_id = escape_value(field.auto_id)
    wrapper_class = context.get("wrapper_class", "")
    label_class = context.get("label_class", "")
    field_class = context.get("field_class", "")
    inline_class = context.get("inline_class", "")
    kind = field_kind(field)
    if kind == "hidden":
        return str(field)  # already safe: Django renders and escapes the widget
    css = _extra(wrapper_class) + _extra(field.css_classes())
    if kind == "checkbox":
        invalid = " is-invalid" if field.errors else ""
        html = (
            f'<div class="mb-3"><div id="div_{auto_id}" class="form-check{css}">'
            f"{_widget(field, 'form-check-input' + invalid)}"
            f'<label for="{escape_value(field.id_for_label)}" class="form-check-label{_required(field)}">'
            f"{escape_value(field.label)}{_asterisk(field)}</label>"
            f"{error_block(field)}{_help(field)}</div></div>"
        )
        # Safe to mark: every value escaped above.
        return mark_safe(html)  # noqa: S308  # nosec B308 B703
    parts = [f'<div id="div_{auto_id}" class="mb-3{css}">']
    if kind == "choices":
        if field.label:
            described = (
                f' aria-describedby="{escape_value(field.aria_describedby)}"'
                if field.aria_describedby
                else ""
            )
            parts.append(
                f"<fieldset{described}>"
                f'<legend class="form-label{_extra(label_class)}{_required(field)} fs-6">'
                f"{escape_value(field.label)}{_asterisk(field)}</legend>"
            )
        flat = context.get("flat_attrs", "")
        parts.append(
            f"<div{f' class={chr(34)}{field_class}{chr(34)}' if field_class else ''}"
            f"{f' {flat}' if flat else ''}>{choice_inputs(field, inline_class)}</div>"
        )
        if field.errors and inline_class:
            parts.append(error_block(field))
        parts.append(_help(field))
        if field.label:
            parts.append("</fieldset>")
    else:
        if field.label:
            label_for = f'for="{escape_value(field.id_for_label)}" ' if field.id_for_label else ""
            parts.append(
                f'<label {label_for}class="form-label{_extra(label_class)}{_required(field)}">'
                f"{escape_value(field.label)}{_asterisk(field)}</label>"
            )
        if field_class:
            parts.append(f'<div class="{field_class}">')
        if kind == "file":
            raise NotImplementedError("File fields are not used in declinewiz.")
        base = "form-select" if kind == "select" else "form-control"
        invalid = " is-invalid" if field.errors else ""
        parts += [_widget(field, base + invalid), error_block(field), _help(field)]
        if field_class:
            parts.append("</div>")
    parts.append("</div>")
    # Safe to mark: escaped above.
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308  # nosec B308 B703


FIELD_TEMPLATE = "bootstrap5/field.html"


def _non_field_errors(context, form):
    """crispy-bootstrap5's errors.html."""
    errors = form.non_field_errors()
    if not errors:
        return ""
    title = context.get("form_error_title")
    heading = f'<h4 class="alert-heading">{escape_value(title)}</h4>' if title else ""
    return (
        f'<div class="alert alert-block alert-danger">{heading}'
        f'<ul class="m-0">{unordered_list(errors, autoescape=True)}</ul></div>'
    )


@register.simple_tag(takes_context=True)
def bootstrap5_form(context):
    """templates/bootstrap5/uni_form.html in Python: what {{ form|crispy }} writes.

    crispy-bootstrap5's template includes the field template once per field and then strips
    the spaces between tags; this writes each field with bootstrap5_field (the same as that
    include) and strips them the same way. tests/test_field_markup.py compares the two.
    """
    form = context["form"]
    parts = []
    if context.get("include_media"):
        parts.append(str(form.media))
    if context.get("form_show_errors"):
        parts.append(_non_field_errors(context, form))
    field_template = context.get("field_template") or FIELD_TEMPLATE
    for field in form:
        with context.push(field=field):
            if field_template == FIELD_TEMPLATE:
                parts.append(str(bootstrap5_field(context)))
            else:  # a template of the form's own: render it as the include would
                parts.append(get_template(field_template).render(context.flatten()))
    # Safe to mark: every part is escaped markup from above.
    return mark_safe(remove_spaces(" ".join(parts).strip()))  # noqa: S308  # nosec B308 B703
