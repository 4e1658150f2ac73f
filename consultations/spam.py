"""Spam defences that mark a request as spam instead of refusing it.

A false alarm must lose nobody: a request caught here is saved with the reason,
hidden from the usual listings and never notified, and staff can restore it.
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
    """Why a form's time stamp looks like a robot's, or "" if it looks human."""
    signer = time_trap_signer()
    try:
        signer.unsign(token, max_age=settings.CONSULTATION_TIME_TRAP_MIN_SECONDS)
    except signing.SignatureExpired:
        pass  # older than the minimum: a person had time to fill it in
    except signing.BadSignature:
        return SpamReason.BAD_TIMESTAMP
    else:
        return SpamReason.TOO_FAST
    try:
        signer.unsign(token, max_age=settings.CONSULTATION_TIME_TRAP_MAX_SECONDS)
    except signing.SignatureExpired:
        return SpamReason.STALE_FORM
    return ""


def spam_reason(*, honeypot, time_trap_token):
    if honeypot:
        return SpamReason.HONEYPOT
    return time_trap_reason(time_trap_token)
