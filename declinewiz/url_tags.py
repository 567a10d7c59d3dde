"""`{% url %}` with each distinct link reversed once per process.

Django's own tag, parsed the same way and giving the same URL; only the reverse() behind it is
remembered, keyed by everything its answer depends on (the name, the arguments, the current
app, the script prefix and the URLconfs). Reversing was the largest single cost left in a page's
template, about a dozen links a page. Installed in settings as a template builtin, so every
template's `{% url %}` is this one.
"""

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()


@lru_cache(maxsize=4096)
def _reverse(view_name, args, kwargs, current_app, prefix, urlconf, root_urlconf):
    return reverse(
        view_name,
        args=[arg for _, arg in args],
        kwargs={name: value for name, (_, value) in kwargs},
        current_app=current_app,
    )


def cached_reverse(view_name, args=(), kwargs=None, current_app=None):
    # Each value with its type: 1 and True are equal keys, but different links.
    typed_args = tuple((type(arg), arg) for arg in args)
    typed_kwargs = tuple(sorted((name, (type(v), v)) for name, v in (kwargs or {}).items()))
    try:
        return _reverse(
            view_name,
            typed_args,
            typed_kwargs,
            current_app,
            get_script_prefix(),
            get_urlconf(),
            settings.ROOT_URLCONF,
        )
    except TypeError:  # an argument that cannot be a dictionary key: reverse it every time
        return reverse(view_name, args=args, kwargs=kwargs, current_app=current_app)


class CachedURLNode(URLNode):
    def render(self, context):
        args = [arg.resolve(context) for arg in self.args]
        kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        view_name = self.view_name.resolve(context)
        # The current app exactly as Django's tag finds it.
        try:
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        url = ""
        try:
            url = cached_reverse(view_name, args, kwargs, current_app)
        except NoReverseMatch:
            if self.asvar is None:
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    node = django_url(parser, token)
    return CachedURLNode(node.view_name, node.args, node.kwargs, node.asvar)
