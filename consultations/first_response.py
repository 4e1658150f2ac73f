"""The first-response clock: how long a request waited for its first contact,
against the firm's promise.

The promise is a setting: `CONSULTATION_FIRST_RESPONSE_BUSINESS_DAYS` (Monday to
Friday, Connecticut time) for a request, `CONSULTATION_URGENT_FIRST_RESPONSE_HOURS`
for an urgent one. First contact is the request's first step out of "New" (spam
aside), read from its `StatusChange` rows, never stored twice.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Min, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone

from .choices import Status
from .models.history import StatusChange
from .reports import Bar, describe_duration
from .scheduling import CONSULTATION_TIME_ZONE

SATURDAY = 5


def next_business_day(day):
    day += datetime.timedelta(days=1)
    while day.weekday() >= SATURDAY:
        day += datetime.timedelta(days=1)
    return day


def add_business_days(moment, days):
    """The same Connecticut time `days` working days later; a request received on
    a weekend starts its clock on Monday at midnight."""
    local = moment.astimezone(CONSULTATION_TIME_ZONE)
    if local.weekday() >= SATURDAY:
        monday = local.date() + datetime.timedelta(days=7 - local.weekday())
        local = datetime.datetime.combine(
            monday, datetime.time.min, tzinfo=CONSULTATION_TIME_ZONE
        )
    day = local.date()
    for _day in range(days):
        day = next_business_day(day)
    return datetime.datetime.combine(day, local.timetz())


def promised_by(received_at, is_urgent):
    """When the firm promised to make first contact."""
    if is_urgent:
        return received_at + datetime.timedelta(
            hours=settings.CONSULTATION_URGENT_FIRST_RESPONSE_HOURS
        )
    return add_business_days(
        received_at, settings.CONSULTATION_FIRST_RESPONSE_BUSINESS_DAYS
    )


FIRST_CONTACT = Q(status_changes__from_status=Status.NEW) & ~Q(
    status_changes__to_status=Status.SPAM
)


@dataclass(frozen=True)
class FirstResponse:
    """One request's clock: received, promised by, and first contact if any."""

    received_at: datetime.datetime
    due_at: datetime.datetime
    contacted_at: datetime.datetime | None
    now: datetime.datetime

    @classmethod
    def of(cls, consultation_request, contacted_at=None, now=None):
        return cls(
            received_at=consultation_request.created_at,
            due_at=promised_by(
                consultation_request.created_at, consultation_request.is_urgent
            ),
            contacted_at=contacted_at,
            now=now or timezone.now(),
        )

    @property
    def is_waiting(self):
        return self.contacted_at is None

    @property
    def waited(self):
        return (self.contacted_at or self.now) - self.received_at

    @property
    def waited_in_words(self):
        return describe_duration(self.waited)

    @property
    def is_late(self):
        return (self.contacted_at or self.now) > self.due_at

    @property
    def is_decided(self):
        """Answered, or past the promise: it counts in the weekly share."""
        return not self.is_waiting or self.is_late


def first_contact_at(consultation_request):
    changes = StatusChange.objects.filter(
        request=consultation_request, from_status=Status.NEW
    ).exclude(to_status=Status.SPAM)
    return changes.aggregate(first=Min("changed_at"))["first"]


def clock_of(consultation_request):
    """The request's clock; only a request that is or was "New" has one."""
    contacted_at = first_contact_at(consultation_request)
    if contacted_at is None and consultation_request.status != Status.NEW:
        return None
    return FirstResponse.of(consultation_request, contacted_at)


def share_answered_in_time_per_week(requests, now=None):
    """Per week received: the percentage of requests first contacted within the
    promise, among those answered or already past it."""
    now = now or timezone.now()
    rows = (
        requests.annotate(
            week=TruncWeek("created_at"),
            contacted_at=Min("status_changes__changed_at", filter=FIRST_CONTACT),
        )
        .values_list("week", "created_at", "is_urgent", "contacted_at")
        .order_by("week")
    )
    weeks = {}
    for week, received_at, is_urgent, contacted_at in rows:
        clock = FirstResponse(
            received_at, promised_by(received_at, is_urgent), contacted_at, now
        )
        if clock.is_decided:
            in_time, decided = weeks.get(week, (0, 0))
            weeks[week] = (in_time + (not clock.is_late), decided + 1)
    return [
        Bar(timezone.localtime(week).date(), decided, round(in_time * 100 / decided))
        for week, (in_time, decided) in weeks.items()
    ]
