"""Shared pieces of the booking tests: a firm calendar and the prospect's links."""

import datetime

from django.utils import translation

from consultations.booking.tokens import booking_token
from consultations.models import ConsultationCalendar, WeeklyHours
from consultations.scheduling import CONSULTATION_TIME_ZONE


def ct(year, month, day, hour, minute=0):
    """A Connecticut wall-clock time."""
    return datetime.datetime(
        year, month, day, hour, minute, tzinfo=CONSULTATION_TIME_ZONE
    )


def weekday_mornings_calendar(**options):
    """The firm's calendar: 9:00 to 12:00, Monday to Friday."""
    calendar = ConsultationCalendar.objects.create(**options)
    for weekday in range(5):
        WeeklyHours.objects.create(
            calendar=calendar,
            weekday=weekday,
            starts=datetime.time(9),
            ends=datetime.time(12),
        )
    return calendar


def slot_value(calendar, starts_at):
    return f"{calendar.pk}-{starts_at.astimezone(datetime.UTC):%Y%m%dT%H%MZ}"


def choose_time_url(consultation_page, consultation_request, route="choose_time"):
    token = booking_token(consultation_request)
    with translation.override(consultation_page.locale.language_code):
        subpage = consultation_page.reverse_subpage(route, args=[token])
    return consultation_page.url + subpage
