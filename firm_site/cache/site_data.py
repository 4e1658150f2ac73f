"""Site-wide rows that every page shows, kept while the site's content stays the same.

Every page needs the Site for its host name, the firm's settings and the menu's
pages. Reading them costs three queries a request and, measured in function calls,
a third of the work of rendering a simple page. They change only when content
changes, and every such change starts a new generation (invalidation.py), so they
are kept in the shared cache under the current generation's token: a publish is
seen by every app server on its next request. Each read gives the request its own
copy of what was kept, so no object is shared between requests. Without Redis
every request reads them again (backends.py): slower, never broken.
"""

from django.conf import settings
from django.core.cache import cache

from .generation import current_generation

KEY_PREFIX = "site-data"
GENERATION_ATTRIBUTE = "content_generation"


def kept(request, name, compute):
    """`compute()`'s value, computed once per content generation."""
    key = f"{KEY_PREFIX}:{generation_of(request)}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def generation_of(request):
    """The generation a request works with, read from the cache once."""
    if request is None:
        return current_generation()
    if not hasattr(request, GENERATION_ATTRIBUTE):
        use_generation(request, current_generation())
    return getattr(request, GENERATION_ATTRIBUTE)


def use_generation(request, generation):
    """The generation the page cache has already read for this request."""
    setattr(request, GENERATION_ATTRIBUTE, generation)
