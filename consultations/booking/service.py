"""Booking, rescheduling and cancelling a consultation, through the workflow.

The calendar's row is locked while a time is checked and taken, so bookings for
one calendar happen one after another; the unique constraint on (calendar, start)
stands behind it. A refused time raises `SlotRefused` with the reason to show.
"""

import datetime
import functools
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext

from .. import workflow
from ..choices import Status
from ..models.booking import BOOKABLE_STATUSES, Booking, BookingStatus
from ..models.requests import ConsultationRequest
from . import slots, tasks
from .tokens import renew_link

logger = logging.getLogger(__name__)


class SlotRefused(Exception):
    PAST = "past"
    NOT_OFFERED = "not_offered"
    TAKEN = "taken"

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def can_book(consultation_request):
    return consultation_request.status in BOOKABLE_STATUSES


def current_booking(consultation_request):
    return consultation_request.bookings.booked().select_related("calendar").first()


def book(consultation_request, slot_value, mode, *, now):
    """Give the prospect the slot, replacing their earlier booking if any."""
    parsed = slots.parse_slot_value(slot_value)
    if parsed is None:
        raise SlotRefused(SlotRefused.NOT_OFFERED)
    calendar_id, starts_at = parsed
    if starts_at <= now:
        raise SlotRefused(SlotRefused.PAST)
    with transaction.atomic():
        locked_request = ConsultationRequest.objects.select_for_update(no_key=True).get(
            pk=consultation_request.pk
        )
        calendar = (
            slots.open_calendars()
            .select_for_update(of=("self",))
            .filter(pk=calendar_id)
        ).first()
        if calendar is None or not is_offered(
            calendar, starts_at, now, urgent=locked_request.is_urgent
        ):
            raise SlotRefused(SlotRefused.NOT_OFFERED)
        ends_at = starts_at + calendar.length
        earlier = locked_request.bookings.booked().first()
        if (
            Booking.objects.overlapping(calendar, starts_at, ends_at)
            .exclude(request=locked_request)
            .exists()
        ):
            raise SlotRefused(SlotRefused.TAKEN)
        if earlier is not None:
            earlier.status = BookingStatus.CANCELLED
            earlier.save(update_fields=["status"])
        booking = save_booking(
            Booking(
                request=locked_request,
                calendar=calendar,
                starts_at=starts_at,
                ends_at=ends_at,
                mode=mode,
            )
        )
        workflow.change_status(
            locked_request, Status.SCHEDULED, user=None, when=starts_at
        )
        transaction.on_commit(
            functools.partial(tasks.confirm_booking.enqueue, booking.pk), robust=True
        )
    logger.info("Consultation booked online for request %s", locked_request.pk)
    consultation_request.refresh_from_db()
    return booking


def save_booking(booking):
    try:
        with transaction.atomic():
            booking.save()
    except IntegrityError as error:
        raise SlotRefused(SlotRefused.TAKEN) from error
    return booking


def is_offered(calendar, starts_at, now, *, urgent):
    """Whether the calendar's hours, notice and horizon offer this start."""
    day = starts_at.astimezone(slots.CONSULTATION_TIME_ZONE).date()
    today = now.astimezone(slots.CONSULTATION_TIME_ZONE).date()
    if day > today + datetime.timedelta(days=calendar.horizon_days):
        return False
    if starts_at < slots.earliest_start(calendar, now, urgent=urgent):
        return False
    return any(
        slot.starts_at == starts_at for slot in slots.calendar_slots(calendar, day, day)
    )


def cancel(consultation_request):
    """Free the slot at once, move the request back to "Contacted", end old links."""
    with transaction.atomic():
        locked_request = ConsultationRequest.objects.select_for_update(no_key=True).get(
            pk=consultation_request.pk
        )
        booking = locked_request.bookings.booked().first()
        if booking is None:
            return None
        booking.status = BookingStatus.CANCELLED
        booking.save(update_fields=["status"])
        with translation.override(settings.LANGUAGE_CODE):
            note = gettext("The prospect cancelled the consultation online.")
        workflow.change_status(locked_request, Status.CONTACTED, user=None, note=note)
        renew_link(locked_request)
    logger.info("Consultation cancelled online for request %s", locked_request.pk)
    consultation_request.refresh_from_db()
    return booking
