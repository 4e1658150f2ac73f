"""The page cache switched on, and a front cache that records its purges.

Pages come from the shared fixtures in tests/conftest.py.
"""

import pytest

from .frontend_cache_backend import PURGED_URLS


@pytest.fixture
def page_cache(settings):
    """On for these tests only (tests/conftest.py empties the cache around each)."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def front_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {
            "BACKEND": "tests.performance.frontend_cache_backend.RecordingBackend"
        }
    }
    PURGED_URLS.clear()
    return PURGED_URLS
