"""Receiving a consultation request: saved first, then notified, never lost."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .choices import Status
from .models.conflicts import OtherParty
from .models.history import StatusChange
from .models.requests import ConsultationRequest
from .references import new_reference
from .tasks import queue_notifications

DUPLICATE_WINDOW = timedelta(days=30)
REFERENCE_ATTEMPTS = 5


def receive_request(consultation_request, *, spam_reason="", other_parties=()):
    """Save a new request with its first history row and queue its notifications.

    One transaction holds all three, so a request never lacks its history and,
    with the database task backend, never lacks its notifications either. Spam is
    saved too, so a false alarm loses nobody, but nobody is notified of it.
    `other_parties` are the (name, role) pairs the prospect named.
    """
    if spam_reason:
        consultation_request.status = Status.SPAM
        consultation_request.spam_reason = spam_reason
    with transaction.atomic():
        if not consultation_request.is_spam:
            consultation_request.duplicate_of = earlier_request_from_same_person(
                consultation_request
            )
        save_with_new_reference(consultation_request)
        StatusChange.objects.create(
            request=consultation_request,
            from_status="",
            to_status=consultation_request.status,
        )
        for name, role in other_parties:
            OtherParty.objects.create(
                request=consultation_request, name=name, role=role
            )
        queue_notifications(consultation_request)
    return consultation_request


def earlier_request_from_same_person(consultation_request):
    """The earliest open request of the last 30 days with the same e-mail or phone."""
    same_person = Q()
    if consultation_request.email:
        same_person |= Q(email__iexact=consultation_request.email)
    if consultation_request.phone:
        same_person |= Q(phone=consultation_request.phone)
    if not same_person:
        return None
    return (
        ConsultationRequest.objects.open()
        .filter(same_person, created_at__gte=timezone.now() - DUPLICATE_WINDOW)
        .order_by("created_at", "pk")
        .first()
    )


def save_with_new_reference(consultation_request):
    """Save under a fresh reference, drawing again on the rare collision."""
    for attempt in range(1, REFERENCE_ATTEMPTS + 1):
        consultation_request.reference = new_reference()
        try:
            with transaction.atomic():
                consultation_request.save()
        except IntegrityError:
            if attempt == REFERENCE_ATTEMPTS:
                raise
        else:
            return
