"""Generations: one token in the shared cache per kind of content, replaced on change.

Cached copies carry the token they were made under and count only while it is
current, so replacing it forgets every copy at once, on every app server that
shares the cache, without listing or deleting keys. The page cache keeps one
(`GENERATION_KEY`); other caches name their own key.
"""

import uuid

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def current_generation(key=GENERATION_KEY):
    """The current token; a new one on each call while the shared cache cannot
    answer, so that nothing kept under a token counts until it is back."""
    generation = cache.get(key)
    if generation is None:  # the first read after the cache was emptied
        cache.add(key, uuid.uuid4().hex, timeout=None)
        generation = cache.get(key)
    return generation or uuid.uuid4().hex


def start_new_generation(key=GENERATION_KEY):
    cache.set(key, uuid.uuid4().hex, timeout=None)
