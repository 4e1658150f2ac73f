"""The free consultation times of the open calendars.

Hours are Connecticut wall-clock times: each slot is built in local time with
`zoneinfo`, so a 10:30 consultation stays 10:30 across daylight-saving changes,
and kept in UTC. A wall-clock time that does not exist (the spring-forward hour)
is never offered.

The picker's free times are kept in the shared cache for a minute at most, under
a generation that every change to a booking or a calendar replaces once it is
committed: thousands of bookings make them the picker's dearest part, and the
booking itself checks the chosen time again under row locks.
"""

import bisect
import datetime
from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache
from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save

from firm_site.cache.generation import current_generation, start_new_generation

from ..models.booking import (
    Booking,
    CalendarException,
    ConsultationCalendar,
    WeeklyHours,
)
from ..scheduling import CONSULTATION_TIME_ZONE

SATURDAY = 5
SCHEDULE_GENERATION_KEY = "booking:schedule-generation"
OFFERED_FOR = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class Slot:
    calendar_id: int
    starts_at: datetime.datetime
    ends_at: datetime.datetime

    @property
    def value(self):
        """What the picker's radio button sends back."""
        return (
            f"{self.calendar_id}-{self.starts_at.astimezone(datetime.UTC):%Y%m%dT%H%MZ}"
        )

    @property
    def local_start(self):
        return self.starts_at.astimezone(CONSULTATION_TIME_ZONE)


def parse_slot_value(value):
    """(calendar id, UTC start) from a radio value, or None if it is not one."""
    calendar_id, _dash, when = (value or "").partition("-")
    try:
        starts_at = datetime.datetime.strptime(when, "%Y%m%dT%H%MZ")
        return int(calendar_id), starts_at.replace(tzinfo=datetime.UTC)
    except ValueError:
        return None


def open_calendars():
    return ConsultationCalendar.objects.filter(is_open=True).prefetch_related(
        Prefetch("hours", queryset=WeeklyHours.objects.order_by("starts")),
        Prefetch("exceptions", queryset=CalendarException.objects.all()),
    )


def add_business_days(day, count):
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < SATURDAY:
            count -= 1
    return day


def earliest_start(calendar, now, *, urgent):
    """Urgent requests may book the same day; others from the notice's day on."""
    if urgent:
        return now + datetime.timedelta(hours=calendar.urgent_notice_hours)
    today = now.astimezone(CONSULTATION_TIME_ZONE).date()
    first_day = add_business_days(today, calendar.notice_business_days)
    return local_datetime(first_day, datetime.time.min)


def local_datetime(day, time):
    return datetime.datetime.combine(day, time, tzinfo=CONSULTATION_TIME_ZONE)


def exists_on_the_clock(local):
    """False for the wall-clock times skipped when the clocks spring forward."""
    round_trip = local.astimezone(datetime.UTC).astimezone(CONSULTATION_TIME_ZONE)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


def is_day_off(calendar, day):
    return any(
        exception.first_day <= day <= exception.last_day
        for exception in calendar.exceptions.all()
    )


def calendar_slots(calendar, first_day, last_day):
    """Every slot the calendar's hours make between two days, booked or not."""
    day = first_day
    while day <= last_day:
        if not is_day_off(calendar, day):
            for hours in calendar.hours.all():
                if hours.weekday == day.weekday():
                    yield from hours_slots(calendar, day, hours)
        day += datetime.timedelta(days=1)


def hours_slots(calendar, day, hours):
    starts = local_datetime(day, hours.starts)
    closes = local_datetime(day, hours.ends)
    while starts + calendar.length <= closes:
        if exists_on_the_clock(starts):
            utc_start = starts.astimezone(datetime.UTC)
            yield Slot(calendar.pk, utc_start, utc_start + calendar.length)
        starts += calendar.step


def free_slots(now, *, urgent=False, calendars=None):
    """The free slots of the open calendars, earliest first, one per time."""
    calendars = list(open_calendars() if calendars is None else calendars)
    if not calendars:
        return []
    today = now.astimezone(CONSULTATION_TIME_ZONE).date()
    last_day = today + datetime.timedelta(
        days=max(calendar.horizon_days for calendar in calendars)
    )
    taken = taken_times(calendars, now, local_datetime(last_day, datetime.time.max))
    by_time = {}
    for calendar in calendars:
        horizon = today + datetime.timedelta(days=calendar.horizon_days)
        earliest = max(now, earliest_start(calendar, now, urgent=urgent))
        for slot in calendar_slots(calendar, today, horizon):
            if slot.starts_at >= earliest and not overlaps(slot, taken):
                by_time.setdefault(slot.starts_at, slot)
    return [by_time[starts_at] for starts_at in sorted(by_time)]


class Offer:
    """The picker's free times: `free_slots` computed once a minute per generation.

    They are computed for the end of `now`'s minute, so what is kept offers no
    time that is too soon at any moment of that minute. `key` names them in the
    shared cache, and the picker's rendered list of them too.
    """

    def __init__(self, now, *, urgent=False):
        self.urgent = urgent
        self.minute_end = now.replace(second=0, microsecond=0) + OFFERED_FOR
        self.key = ":".join(
            (
                "booking:offered-slots",
                current_generation(SCHEDULE_GENERATION_KEY),
                "urgent" if urgent else "planned",
                self.minute_end.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M"),
            )
        )

    @cached_property
    def slots(self):
        offered = cache.get(self.key)
        if offered is None:
            offered = free_slots(self.minute_end, urgent=self.urgent)
            cache.set(self.key, offered, OFFERED_FOR.total_seconds())
        return offered

    @cached_property
    def days(self):
        """[(local date, [slots])] for the picker's groups."""
        days = {}
        for slot in self.slots:
            days.setdefault(slot.local_start.date(), []).append(slot)
        return list(days.items())


def forget_offered_slots(**kwargs):
    transaction.on_commit(
        lambda: start_new_generation(SCHEDULE_GENERATION_KEY), robust=True
    )


def connect_signal_handlers():
    """A booking, a calendar, its hours or its days off changed: new free times."""
    for model in (Booking, ConsultationCalendar, WeeklyHours, CalendarException):
        post_save.connect(forget_offered_slots, sender=model)
        post_delete.connect(forget_offered_slots, sender=model)


def taken_times(calendars, after, before):
    """Each calendar's booked times, sorted by start: booked times never overlap
    one another, so `overlaps` can bisect them."""
    taken = {}
    bookings = (
        Booking.objects.booked()
        .filter(calendar__in=calendars, ends_at__gt=after, starts_at__lt=before)
        .order_by("starts_at")
        .values_list("calendar_id", "starts_at", "ends_at")
    )
    for calendar_id, starts_at, ends_at in bookings:
        starts, ends = taken.setdefault(calendar_id, ([], []))
        starts.append(starts_at)
        ends.append(ends_at)
    return taken


def overlaps(slot, taken):
    """Whether a booked time of the slot's calendar overlaps it, in log time:
    the picker checks hundreds of slots against thousands of bookings."""
    starts, ends = taken.get(slot.calendar_id, ((), ()))
    before_the_slot_ends = bisect.bisect_left(starts, slot.ends_at)
    return before_the_slot_ends > 0 and ends[before_the_slot_ends - 1] > slot.starts_at
