"""The prospect's booking link: signed, expiring, and tied to a nonce per request.

The token carries the request's id and its nonce, signed with the site's secret
(`django.core.signing`), so nobody can make one for another request; a new nonce
(after a cancellation) makes the old links useless. The signed value is encoded
once more in URL-safe base64: Wagtail's page addresses allow no colons.
"""

import datetime

from django.core import signing

from ..models.booking import BookingLink, new_secret
from ..models.requests import ConsultationRequest

SALT = "consultations.booking"
MAX_AGE = datetime.timedelta(days=30)


class BadLink(Exception):
    """A tampered, expired or no longer valid booking link."""


def booking_token(consultation_request):
    link, _created = BookingLink.objects.get_or_create(request=consultation_request)
    signed = signing.dumps(
        {"request": consultation_request.pk, "nonce": link.nonce},
        salt=SALT,
        compress=True,
    )
    return signing.b64_encode(signed.encode()).decode()


def request_for_token(token):
    """The request a token opens, or BadLink."""
    try:
        signed = signing.b64_decode(token.encode()).decode()
        payload = signing.loads(signed, salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, ValueError) as error:
        raise BadLink from error
    if not isinstance(payload, dict):
        raise BadLink
    consultation_request = (
        ConsultationRequest.objects.not_spam()
        .filter(
            pk=payload.get("request"),
            booking_link__nonce=payload.get("nonce"),
        )
        .first()
    )
    if consultation_request is None:
        raise BadLink
    return consultation_request


def renew_link(consultation_request):
    """A new nonce: every link sent before stops working."""
    BookingLink.objects.update_or_create(
        request=consultation_request, defaults={"nonce": new_secret()}
    )
