"""Helpers for the staff dashboard tests: admin URLs and audit-log entries."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultations.models import ConsultationRequest


def request_url(name, consultation_request=None, query=""):
    args = [consultation_request.pk] if consultation_request else []
    return reverse(f"consultation_requests:{name}", args=args) + query


def audit_entries(consultation_request, action=None):
    entries = ModelLogEntry.objects.filter(
        content_type__app_label="consultations",
        content_type__model="consultationrequest",
        object_id=str(consultation_request.pk),
    )
    if action:
        entries = entries.filter(action=action)
    return entries


def references(response):
    """The references listed in a listing response, in order."""
    listed = response.context["object_list"]
    return [consultation_request.reference for consultation_request in listed]


def backdate(consultation_request, **age):
    """Make a request (and its first history row) as old as `age` (timedelta
    keywords): created_at is set on save and cannot be given to the factory."""
    moment = timezone.now() - timedelta(**age)
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        created_at=moment
    )
    consultation_request.status_changes.filter(from_status="").update(changed_at=moment)
    consultation_request.refresh_from_db()
    return consultation_request
