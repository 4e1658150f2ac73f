"""A front-cache backend that remembers what it was asked to purge.

It stands in for Varnish or a CDN, which are outside the test process; Wagtail
loads it by its dotted path, like any real backend.
"""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED_URLS = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED_URLS.append(url)
