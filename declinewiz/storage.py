"""whitenoise's compressed manifest storage, with each static file's URL worked out once.

The manifest is read when the process starts and does not change while it runs, so the URL
for a name is always the same; `{% static %}` asked for it afresh four times a page.
"""

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if settings.DEBUG:  # the files may change while the development server runs
            return super().url(name, force)
        key = (name, force)
        if key not in self._urls:
            self._urls[key] = super().url(name, force)
        return self._urls[key]
