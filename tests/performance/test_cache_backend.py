"""The production cache: django-redis, for which an outage is a miss."""

import os

import pytest
from django.core.cache import caches

REDIS_URL = os.environ.get("REDIS_URL")


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-backend",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    cache = caches["default"]
    yield cache
    cache.delete_many(["answer", "count", "missing"])


@pytest.mark.skipif(not REDIS_URL, reason="needs a Redis server (REDIS_URL)")
def test_a_reachable_redis_is_an_ordinary_cache(redis_cache):
    redis_cache.set("answer", {"pages": 42})
    assert redis_cache.get("answer") == {"pages": 42}
    assert redis_cache.add("answer", "other") is False
    redis_cache.set("count", 1)
    assert redis_cache.incr("count") == 2
    with pytest.raises(ValueError):
        redis_cache.incr("missing")
    redis_cache.delete("answer")
    assert redis_cache.get("answer", "gone") == "gone"


def test_an_unreachable_redis_reads_as_empty_and_drops_writes(unreachable_redis):
    cache = caches["default"]

    cache.set("answer", 42)
    assert cache.get("answer", "missed") == "missed"
    assert cache.get_many(["answer"]) == {}
    assert not cache.add("answer", 42)
    assert cache.incr("answer") is None
