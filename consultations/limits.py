"""How often and how much one client may send through the consultation form.

The count is django-ratelimit's, kept in the shared cache (Redis in production:
local memory is per process) under a keyed hash of the client's address, so no
address is stored. With the cache unreachable the form lets requests through
(`RATELIMIT_FAIL_OPEN`): losing a real prospect is worse than letting some spam in.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac
from django_ratelimit.core import is_ratelimited

from firm_site.security.client_address import client_address

# The form sends about 2 kB; this leaves room for long Unicode text and no more.
MAX_BODY_BYTES = 32 * 1024


def body_too_large(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return length > MAX_BODY_BYTES


def hashed_client_address(group, request):
    return salted_hmac("consultations.limits", client_address(request)).hexdigest()


def submission_allowed(request):
    """Count this submission; False once the client is over the limit."""
    return not is_ratelimited(
        request,
        group="consultations.submissions",
        key=hashed_client_address,
        rate=settings.CONSULTATION_RATE_LIMIT,
        increment=True,
    )
