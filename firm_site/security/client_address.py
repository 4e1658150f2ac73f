"""The client's address, read one way for every limit: the consultation form's
rate limit and the staff sign-in lock-out (django-axes' AXES_CLIENT_IP_CALLABLE).

It is REMOTE_ADDR unless `CONSULTATION_CLIENT_ADDRESS_HEADER` (a setting named
when only the form counted addresses) names a header that our own proxy sets: an
X-Forwarded-For sent by a client proves nothing. If that header holds a list, its
last entry is the one our proxy added.
"""

from django.conf import settings


def client_address(request):
    header = settings.CONSULTATION_CLIENT_ADDRESS_HEADER
    value = request.META.get(header) or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[-1].strip()
