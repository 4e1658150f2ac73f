"""How a request shows in the admin: its URLs and the values its columns and
cards read."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name

from ..models.requests import ConsultationRequest


def request_admin_url(view_name, consultation_request=None):
    """The URL of one of the request viewset's views."""
    args = [quote(consultation_request.pk)] if consultation_request else []
    return reverse(
        ConsultationRequest.snippet_viewset.get_url_name(view_name), args=args
    )


def choice_label(field_name):
    """An accessor for a choice field's label, as `get_<field>_display()` gives it.
    Django's method hashes every choice, translating each label, on each call; a
    page of the listing asks a hundred times."""
    labels = dict(ConsultationRequest._meta.get_field(field_name).flatchoices)

    def label(consultation_request):
        value = getattr(consultation_request, field_name)
        return str(labels.get(value, value))

    return label


residence_label = choice_label("residence")


def place_of(consultation_request):
    return consultation_request.city or residence_label(consultation_request)


def assignee_name(consultation_request):
    assignee = consultation_request.assigned_to
    return get_user_display_name(assignee) if assignee else ""


def received_at(consultation_request):
    return timezone.localtime(consultation_request.created_at).replace(tzinfo=None)


def age_of(consultation_request):
    return timesince(consultation_request.created_at, depth=1)


def urgency_of(consultation_request):
    return _("Urgent") if consultation_request.is_urgent else ""
