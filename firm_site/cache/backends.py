"""Django's Redis cache, which a Redis outage slows down instead of breaking.

Wagtail keeps its site root paths in the cache, and so do the page cache, the kept
site data and the rate-limit counts. With Django's backend as it is, an unreachable
Redis turns every page and every consultation request into a server error. Here a
read that cannot reach Redis is a miss and a write is dropped, with a warning in
the log: pages are rendered from the database and requests are stored, slower.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _or_when_unreachable(fallback):
    """Run the client's own method; if Redis cannot be reached, `fallback`'s value."""

    def decorate(method):
        @functools.wraps(method)
        def forgiving(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNREACHABLE:
                logger.warning("Cache unreachable: %s skipped", method.__name__)
                return fallback(*args, **kwargs)

        return forgiving

    return decorate


def _missing(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found: the cache is unreachable")


class ForgivingRedisCacheClient(RedisCacheClient):
    get = _or_when_unreachable(lambda key, default: default)(RedisCacheClient.get)
    get_many = _or_when_unreachable(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _or_when_unreachable(lambda key: False)(RedisCacheClient.has_key)
    incr = _or_when_unreachable(_missing)(RedisCacheClient.incr)
    add = _or_when_unreachable(lambda *args: False)(RedisCacheClient.add)
    set = _or_when_unreachable(lambda *args: None)(RedisCacheClient.set)
    set_many = _or_when_unreachable(lambda *args: [])(RedisCacheClient.set_many)
    touch = _or_when_unreachable(lambda *args: False)(RedisCacheClient.touch)
    delete = _or_when_unreachable(lambda key: False)(RedisCacheClient.delete)
    delete_many = _or_when_unreachable(lambda keys: None)(RedisCacheClient.delete_many)
    clear = _or_when_unreachable(lambda: False)(RedisCacheClient.clear)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
