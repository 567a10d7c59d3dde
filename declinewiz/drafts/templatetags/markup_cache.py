"""Markup kept in the "markup" cache, keyed by everything it is made of.

`{{ field|as_cached_crispy_field }}` gives exactly what `{{ field|as_crispy_field }}` gives. The
first page to show a field with a given label, value, hint, widget and choices renders it; every
later page showing the same field the same way takes it from the cache. An empty step is the
same markup for everyone who reaches it, and a step saved earlier is the same markup when its
page is opened again, whatever was saved elsewhere since (the draft's version, which changes
at every save, is a hidden field that pages render themselves). The key is a digest of the
release (the templates and the forms' code that draw a field), the form's class, and every attribute
of the field and its widget, so two fields share markup only when it would be the same, letter
for letter, and a deploy never shows the last release's. A field of a bound form (a page
showing errors) is never cached, nor one whose widget holds anything that is not plain data (a
queryset's choices, say): those are rendered every time.

`{% cache … page.object_list|rows_key using="markup" %}` keeps the drafts list's rows, keyed
by each draft as last saved (every save moves its updated_at), the time zone the times are
shown in and the release.
"""

import datetime as dt
import functools
import hashlib
from decimal import Decimal
from pathlib import Path

import crispy_bootstrap5
import crispy_forms
import django
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms, template
from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.functional import Promise

register = template.Library()

MARKUP_CACHE = "markup"
_PLAIN = (str, int, float, bool, type(None), Decimal, dt.date, dt.time, dt.datetime)


class _NotPlain(Exception):
    """Something a field's markup depends on has no value that could be part of a key."""


@functools.cache
def release():
    """A digest of what draws a field beyond its attributes: the site's templates, the forms'
    code (the drafts app) and the libraries' versions (their templates and widgets)."""
    digest = hashlib.sha256()
    for version in (django.__version__, crispy_forms.__version__, crispy_bootstrap5.__version__):
        digest.update(version.encode())
    for folder in (settings.BASE_DIR / "templates", Path(__file__).resolve().parent.parent):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".html", ".py") and path.is_file():
                digest.update(str(path.relative_to(folder)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _plain(value):
    """`value` as nested tuples of plain values, or _NotPlain."""
    if isinstance(value, Promise):  # a lazy label or hint
        return str(value)
    if isinstance(value, _PLAIN):
        # The type too: "3" and 3 may be drawn alike, but a key need not bet on it.
        return (type(value).__name__, value)
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, set | frozenset):
        return tuple(sorted(repr(_plain(item)) for item in value))
    if isinstance(value, dict):
        return tuple(sorted((repr(_plain(key)), _plain(item)) for key, item in value.items()))
    if isinstance(value, forms.Widget):
        return (type(value).__module__, type(value).__qualname__, _plain(vars(value)))
    raise _NotPlain(type(value).__qualname__)


def field_key(bound_field):
    """The cache key of a bound field's markup, or None when it is not to be cached."""
    form, field = bound_field.form, bound_field.field
    if form.is_bound:
        return None
    try:
        made_of = _plain(
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
            )
        )
    except _NotPlain:
        return None
    digest = hashlib.sha256(f"{release()}\n{made_of!r}".encode()).hexdigest()
    return f"field:{digest}"


@register.filter
def as_cached_crispy_field(bound_field):
    key = field_key(bound_field)
    if key is None:
        return as_crispy_field(bound_field)
    markup_cache = caches[MARKUP_CACHE]
    markup = markup_cache.get(key)
    if markup is None:
        # Safe markup, and still marked safe when it comes back (a pickled SafeString).
        markup = as_crispy_field(bound_field)
        markup_cache.set(key, markup)
    return markup


@register.filter
def rows_key(drafts):
    return (
        release(),
        timezone.get_current_timezone_name(),
        [(draft.pk, draft.updated_at.isoformat()) for draft in drafts],
    )
