"""What the site keeps in the "markup" cache, keyed by everything it is made of.

A key is a digest of the release (the code and templates that make the thing) and of what the
thing is made of, as plain values. Two things share an entry only when they would be the same,
letter for letter, and a deploy never shows the last release's. The same answers give the same
words and the same markup, whoever asks and whenever they last saved; only the drafts list's
rows are keyed by each draft's last save, and a draft's timeline by when it last grew. What
cannot be written as plain values (a queryset, say) is never kept.
"""

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import io

# Pickle only writes keys here; nothing is ever loaded from it.
import pickle  # nosec B403
import types
import uuid
from decimal import Decimal
from pathlib import Path

import crispy_bootstrap5
import crispy_forms
import django
from django import forms
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.utils.choices import CallableChoiceIterator
from django.utils.functional import Promise

MARKUP_CACHE = "markup"
# Pickled by value with their type, or (types and functions) by their qualified name.
_PLAIN = (
    str,
    int,
    float,
    Decimal,
    dt.date,
    dt.time,
    dt.timedelta,
    dt.tzinfo,
    uuid.UUID,
    enum.Enum,
    forms.Widget,
    type,
    types.FunctionType,
    types.BuiltinFunctionType,
)
_MADE_BY = (".html", ".py", ".toml")


class NotPlain(Exception):
    """Something a thing depends on has no value that could be part of a key."""


@functools.cache
def release():
    """A digest of what makes what is kept: the site's templates, the project's code (the
    composer's words and the forms), the libraries' versions (their templates and widgets) and
    the static files' names as collected (their hashed URLs)."""
    digest = hashlib.sha256()
    for version in (django.__version__, crispy_forms.__version__, crispy_bootstrap5.__version__):
        digest.update(version.encode())
    digest.update(getattr(staticfiles_storage, "manifest_hash", "").encode())
    for folder in (settings.BASE_DIR / "templates", Path(__file__).resolve().parent.parent):
        for path in sorted(folder.rglob("*")):
            if path.suffix in _MADE_BY and path.is_file():
                digest.update(str(path.relative_to(folder)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


class _KeyPickler(pickle.Pickler):
    """Writes out plain data only: the builtins, dates and times, enums, dataclasses, lazy
    labels (as their text), choices given as a function (as what it gives) and widgets;
    anything else (a queryset's choices, say) is NotPlain."""

    def reducer_override(self, obj):
        if isinstance(obj, Promise):  # a lazy label or hint
            return str, (str(obj),)
        if type(obj) is CallableChoiceIterator:  # choices given as a function: what it gives
            return list, (list(obj),)
        if isinstance(obj, _PLAIN) or (dataclasses.is_dataclass(obj) and not isinstance(obj, type)):
            return NotImplemented  # pickled as usual: by value, with its type
        raise NotPlain(type(obj).__qualname__)


def key_for(kind, made_of):
    """The key of a `kind` of thing made of `made_of`, in this release; or NotPlain.

    `made_of` is written out in full with its types ("3" and 3 may be drawn alike, but a key
    need not bet on it). Equal keys mean equal content; equal content written out in another
    order (a set, a dict built otherwise) only misses the cache."""
    written = io.BytesIO()
    _KeyPickler(written, protocol=5).dump(made_of)
    digest = hashlib.sha256(release().encode())
    digest.update(written.getbuffer())
    return f"{kind}:{digest.hexdigest()}"


def kept(key, make):
    """What is kept under `key`, else `make()`, kept there from now on."""
    cache = caches[MARKUP_CACHE]
    thing = cache.get(key)
    if thing is None:
        thing = make()
        cache.set(key, thing)
    return thing
