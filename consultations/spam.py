"""Spam defenses that mark a request as spam instead of refusing it.

A false alarm must lose nobody: a request caught here is saved with the reason and
hidden from the usual listings, the firm is still told of it, and staff can restore
it. Only what a person cannot do counts: filling in the hidden field, or sending
the form faster than anyone could read it. A form left open overnight, or sent
without its time stamp (a browser that dropped it, a key rotated since), is a
person's request like any other.
"""

from django.conf import settings
from django.core import signing

from .choices import SpamReason

TIME_TRAP_SALT = "consultations.time-trap"
TIME_TRAP_VALUE = "consultation-form"


def time_trap_signer():
    return signing.TimestampSigner(salt=TIME_TRAP_SALT)


def issue_time_trap():
    """A signed note of when the form was shown, for its hidden field."""
    return time_trap_signer().sign(TIME_TRAP_VALUE)


def time_trap_reason(token):
    """TOO_FAST if the form was sent sooner after it was shown than a person
    could fill it in; "" otherwise, a stale, missing or unreadable stamp too."""
    try:
        time_trap_signer().unsign(
            token, max_age=settings.CONSULTATION_TIME_TRAP_MIN_SECONDS
        )
    except signing.BadSignature:  # expired (old enough), missing or unreadable
        return ""
    return SpamReason.TOO_FAST


def spam_reason(*, honeypot, time_trap_token):
    if honeypot:
        return SpamReason.HONEYPOT
    return time_trap_reason(time_trap_token)
