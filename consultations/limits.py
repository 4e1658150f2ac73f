"""How often and how much one client may send through the consultation form.

The count lives in the shared cache (Redis in production: local memory is per
process), under a keyed hash of the client's address, so no address is stored.
The address is REMOTE_ADDR unless `CONSULTATION_CLIENT_ADDRESS_HEADER` names a
header that our own proxy sets: X-Forwarded-For sent by a client proves nothing.
"""

import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

# The form sends about 2 kB; this leaves room for long Unicode text and no more.
MAX_BODY_BYTES = 32 * 1024
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*([smhd])\s*$")
SECONDS_PER_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > MAX_BODY_BYTES


def parse_rate(rate):
    """'5/h' → (5, 3600): how many submissions in how many seconds."""
    match = RATE_PATTERN.match(rate)
    if match is None:
        raise ImproperlyConfigured(
            f"CONSULTATION_RATE_LIMIT must look like '5/h', not {rate!r}."
        )
    count, unit = match.groups()
    return int(count), SECONDS_PER_UNIT[unit]


def client_address(request):
    """The address our own proxy saw; its last entry if the header is a list."""
    header = settings.CONSULTATION_CLIENT_ADDRESS_HEADER
    value = request.META.get(header) or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[-1].strip()


def client_key(request):
    digest = salted_hmac("consultations.limits", client_address(request)).hexdigest()
    return f"consultations:submissions:{digest}"


def submission_allowed(request):
    """Count this submission; False once the client is over the limit.

    `add` then `incr` are atomic in Redis and in local memory, so concurrent
    submissions are all counted. If the cache is down we let the request through:
    losing a real prospect is worse than letting some spam in.
    """
    limit, window = parse_rate(settings.CONSULTATION_RATE_LIMIT)
    key = client_key(request)
    try:
        cache.add(key, 0, timeout=window)
        count = cache.incr(key)
    except ValueError:  # the count expired between add and incr: a new window
        cache.add(key, 1, timeout=window)
        return True
    except Exception:  # noqa: BLE001 - no cache backend shares an error class
        logger.warning("Rate limit unavailable: cache unreachable", exc_info=True)
        return True
    return count is None or count <= limit  # None: django-redis ignored an outage
