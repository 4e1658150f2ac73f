"""The reminder a day before each booked consultation, sent once.

Each booking is claimed with a conditional UPDATE (`reminder_sent_at IS NULL`),
so two runs at once, or one run twice, send one reminder; a failed send gives
the claim back for the next run.
"""

import datetime
import logging

from django.utils import timezone

from ..models.booking import Booking
from .emails import send_booking_email

logger = logging.getLogger(__name__)

REMINDER_AHEAD = datetime.timedelta(hours=24)


def bookings_to_remind(now):
    return (
        Booking.objects.booked()
        .filter(
            reminder_sent_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + REMINDER_AHEAD,
        )
        .exclude(request__email="")
        .select_related("request", "calendar")
    )


def claim(booking, now):
    return bool(
        Booking.objects.filter(pk=booking.pk, reminder_sent_at__isnull=True).update(
            reminder_sent_at=now
        )
    )


def send_due_reminders(now=None):
    """Send every reminder due; the number sent."""
    now = now or timezone.now()
    sent = 0
    for booking in bookings_to_remind(now):
        if not claim(booking, now):
            continue
        try:
            send_booking_email(booking, "booking_reminder")
        except Exception:
            Booking.objects.filter(pk=booking.pk).update(reminder_sent_at=None)
            logger.exception("Reminder failed for request %s", booking.request_id)
            continue
        sent += 1
    return sent
