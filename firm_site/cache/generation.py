"""The page cache's generation: one token in the shared cache, replaced on change.

Cached pages carry the token they were rendered under and count only while it is
current, so replacing it forgets every page at once, on every app server that
shares the cache, without listing or deleting keys.
"""

import uuid

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:  # the first request after the cache was emptied
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def start_new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
