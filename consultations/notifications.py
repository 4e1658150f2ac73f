"""The e-mails a request sends: to the firm's intake address and to the prospect
when it arrives, and to a member of staff when it is assigned to them.

The firm's e-mail may travel unencrypted, so it names the request and links to the
dashboard, and carries none of the prospect's contact details or message; it goes
out for spam too, saying why it was marked. The prospect's acknowledgement is
written in the language of the site they used, and waits while a request is spam.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .booking.links import offered_booking_url
from .firm import firm_settings
from .models.requests import ConsultationRequest


def dashboard_url(consultation_request):
    """The request's page in the staff dashboard, or the admin's home without it."""
    viewset = getattr(ConsultationRequest, "snippet_viewset", None)
    if viewset is None:
        path = reverse("wagtailadmin_home")
    else:
        path = reverse(viewset.get_url_name("inspect"), args=[consultation_request.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def render_email(name, context):
    """Subject and plain-text body from templates/consultations/email/."""
    subject = render_to_string(f"consultations/email/{name}_subject.txt", context)
    body = render_to_string(f"consultations/email/{name}.txt", context)
    return " ".join(subject.split()), body


def send_firm_notification(consultation_request):
    firm = firm_settings()
    if not firm.intake_email:
        raise ImproperlyConfigured(
            "Set the intake notification address in the firm settings."
        )
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = render_email(
            "firm_notification",
            {
                "consultation_request": consultation_request,
                "dashboard_url": dashboard_url(consultation_request),
            },
        )
    EmailMessage(subject, body, to=[firm.intake_email]).send()


def send_assignment_notice(consultation_request, assignee):
    """The reference and a link, nothing about the prospect; in the firm's
    language, as the firm's other staff e-mails."""
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = render_email(
            "assignment",
            {
                "consultation_request": consultation_request,
                "dashboard_url": dashboard_url(consultation_request),
            },
        )
    EmailMessage(subject, body, to=[assignee.email]).send()


def send_acknowledgement(consultation_request):
    firm = firm_settings()
    with translation.override(consultation_request.language):
        subject, body = render_email(
            "acknowledgement",
            {
                "consultation_request": consultation_request,
                "firm": firm,
                "booking_url": offered_booking_url(consultation_request),
            },
        )
    reply_to = [firm.email] if firm.email else None
    EmailMessage(
        subject, body, to=[consultation_request.email], reply_to=reply_to
    ).send()


def deliver_once(request_id, sent_at_field, send, *, spam_too=False):
    """Send one notification unless it already went out, then record when.

    The row lock makes a second copy of the task wait, then find it sent; it is
    `no_key` so that the thank-you page can make the booking link meanwhile
    (docs/intake.md). A failed send raises, records nothing, and
    `resend_notifications` queues it again.
    Only the firm hears of spam (`spam_too`), so a person reviews every false alarm.
    """
    with transaction.atomic():
        consultation_request = (
            ConsultationRequest.objects.select_for_update(no_key=True)
            .filter(pk=request_id)
            .first()
        )
        if (
            consultation_request is None
            or (consultation_request.is_spam and not spam_too)
            or getattr(consultation_request, sent_at_field) is not None
        ):
            return False
        send(consultation_request)
        ConsultationRequest.objects.filter(pk=request_id).update(
            **{sent_at_field: timezone.now()}
        )
    return True
