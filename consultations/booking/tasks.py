"""The confirmation e-mail, sent by the worker; its argument is an id only."""

from django_tasks import task

from ..models.booking import Booking, BookingStatus
from .emails import send_booking_email


@task()
def confirm_booking(booking_id):
    booking = (
        Booking.objects.select_related("request", "calendar")
        .filter(pk=booking_id, status=BookingStatus.BOOKED)
        .exclude(request__email="")
        .first()
    )
    if booking is None:
        return False
    send_booking_email(booking, "booking_confirmation")
    return True
