"""Template helpers for the wizard's pages."""

from django import forms, template

register = template.Library()


@register.filter
def error_anchor(bound_field):
    """The id an error summary links to: the field itself, or the first of its options."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{bound_field.auto_id}_0"
    return bound_field.id_for_label


@register.filter
def not_provided(value):
    return value if value not in (None, "", [], ()) else "Not provided"
