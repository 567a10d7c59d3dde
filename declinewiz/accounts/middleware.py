"""No cache keeps a page: on a shared computer, Back after signing out, or a proxy's cache,
must not show someone's reasons again.

Every page the app writes shows a person's drafts or account, or holds what they just typed
and a CSRF token, so each response that has not said otherwise gets Django's never-cache
headers (`Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private`). Static
files are served before this runs (WhiteNoise) and keep their long cache life.
"""

from django.utils.cache import add_never_cache_headers


class NeverCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response
