"""Markup kept in the "markup" cache (declinewiz.drafts.content_cache), keyed by everything it
is made of.

`{{ field|as_cached_crispy_field }}` gives exactly what `{{ field|as_crispy_field }}` gives. The
first page to show a field with a given label, value, hint, widget and choices renders it; every
later page showing the same field the same way takes it from the cache. An empty step is the
same markup for everyone who reaches it, and a step saved earlier is the same markup when its
page is opened again, whatever was saved elsewhere since (the draft's version, which changes
at every save, is a hidden field that pages render themselves). The key takes in the form's
class and every attribute of the field and its widget. A field of a bound form (a page
showing errors) is never cached, nor one whose widget holds anything that is not plain data (a
queryset's choices, say): those are rendered every time.

`{% cached_question field %}` does the same for the one question of a single-question step, with
what the step suggests under its legend.

`{% cache … value|content_key using="markup" %}` keeps a fragment made of `value` alone (the
check page's summary, the site's links): the key is a digest of the release and of `value`
written out in full. The message page's fragments are keyed by its words (message_views.py),
its timeline by the draft and when the timeline last grew.

`{% cache … page.object_list|rows_key using="markup" %}` keeps the drafts list's rows, keyed
by each draft as last saved (every save moves its updated_at), the time zone the times are
shown in and the release.
"""

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import template
from django.utils import timezone

from declinewiz.drafts.content_cache import NotPlain, kept, key_for, release

register = template.Library()


def field_key(bound_field):
    """The cache key of a bound field's markup, or None when it is not to be cached."""
    form, field = bound_field.form, bound_field.field
    if form.is_bound:
        return None
    try:
        return key_for(
            "field",
            (
                type(form).__module__,
                type(form).__qualname__,
                form.prefix,
                form.auto_id,
                form.label_suffix,
                form.use_required_attribute,
                type(field).__module__,
                type(field).__qualname__,
                bound_field.html_name,
                bound_field.auto_id,
                bound_field.label,
                bound_field.help_text,
                bound_field.value(),
                bound_field.css_classes(),
                field.required,
                field.disabled,
                field.show_hidden_initial,
                field.localize,
                field.widget,
            ),
        )
    except NotPlain:
        return None


@register.filter
def as_cached_crispy_field(bound_field):
    key = field_key(bound_field)
    if key is None:
        return as_crispy_field(bound_field)
    # Safe markup, and still marked safe when it comes back (a pickled SafeString).
    return kept(key, lambda: as_crispy_field(bound_field))


@register.simple_tag(takes_context=True)
def cached_question(context, field):
    """A single-question step's field (field.html with its legend as the page's heading and
    what we suggest under it), kept by the field and the suggestion."""

    def render():
        flags = {"legend_is_heading": True, "under_legend": "wizard/_recommendation.html"}
        with context.push(field=field, form_show_errors=True, form_show_labels=True, **flags):
            return context.template.engine.get_template("bootstrap5/field.html").render(context)

    if field.is_hidden:  # the draft's version: the same as {{ field }}, never kept
        return str(field)
    key = field_key(field)
    if key is None:
        return render()
    try:
        key = key_for("question", (key, context.get("recommendation")))
    except NotPlain:
        return render()
    return kept(key, render)


@register.filter
def content_key(value):
    """The key of a fragment made of `value` alone (it must be plain data)."""
    return key_for("fragment", value)


@register.filter
def rows_key(drafts):
    return (
        release(),
        timezone.get_current_timezone_name(),
        [(draft.pk, draft.updated_at.isoformat()) for draft in drafts],
    )
