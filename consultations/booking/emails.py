"""The prospect's booking e-mails, in the language of the site they used,
with the consultation as an `.ics` file (`consultations.invitations`)."""

import logging

from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.formats import date_format

from ..choices import Status
from ..firm import firm_settings
from ..invitations import invitation_calendar
from ..notifications import render_email
from ..scheduling import CONSULTATION_TIME_ZONE
from .links import booking_url

logger = logging.getLogger(__name__)


def local_time_text(booking):
    starts = booking.starts_at.astimezone(CONSULTATION_TIME_ZONE)
    return date_format(starts, "DATETIME_FORMAT")


def send_booking_email(booking, name):
    """Render and send `name` (confirmation, reminder) with the calendar file."""
    consultation_request = booking.request
    firm = firm_settings()
    with translation.override(consultation_request.language):
        context = {
            "consultation_request": consultation_request,
            "booking": booking,
            "firm": firm,
            "starts": local_time_text(booking),
            "manage_url": booking_url(consultation_request, "manage_booking"),
        }
        subject, body = render_email(name, context)
        calendar = invitation_calendar(
            consultation_request,
            firm,
            domain=firm.site.hostname,
            sequence=consultation_request.status_changes.filter(
                to_status=Status.SCHEDULED
            ).count()
            - 1,
            length=booking.calendar.length,
        )
    message = EmailMessage(
        subject,
        body,
        to=[consultation_request.email],
        reply_to=[firm.email] if firm.email else None,
    )
    message.attach("consultation.ics", calendar, "text/calendar")
    message.send()
    logger.info("Booking %s sent for request %s", name, consultation_request.pk)
