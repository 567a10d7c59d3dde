"""Template helpers for the wizard's pages."""

import uuid

from django import forms, template
from django.urls import reverse

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


# A UUID no draft has, reversed in place of a real one and then replaced.
_SOME_DRAFT = uuid.UUID(int=0)


@register.simple_tag(takes_context=True)
def draft_url(context, name, draft):
    """{% url "drafts:NAME" draft.id %}, reversed once per page however many drafts it lists.

    Reversing four links for each of twenty drafts was a quarter of the drafts list's time.
    """
    shapes = context.render_context.setdefault("draft_url_shapes", {})
    if name not in shapes:
        shapes[name] = reverse(f"drafts:{name}", kwargs={"draft_id": _SOME_DRAFT})
    return shapes[name].replace(str(_SOME_DRAFT), str(draft.id))
