"""The intake numbers: what waits for staff, response times and the funnel.

Every figure is counted from requests and their `StatusChange` rows; nothing is
stored twice.
"""

import datetime
import statistics
from dataclasses import dataclass

from django.db.models import Count, Min, Q, Value
from django.db.models.functions import Coalesce, NullIf, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .choices import OPEN_STATUSES, ConflictCheckState, Matter, Residence, Status
from .models.history import StatusChange
from .models.requests import CONFLICT_CHECK_STATES, ConsultationRequest

CONTACTED_OR_LATER = [Status.CONTACTED, Status.SCHEDULED, Status.HELD, Status.RETAINED]
SCHEDULED_OR_LATER = [Status.SCHEDULED, Status.HELD, Status.RETAINED]
HELD_OR_LATER = [Status.HELD, Status.RETAINED]
TOP_SOURCES = 10


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: its label, its count and its length in percent."""

    label: str | datetime.date
    count: int
    percent: int


@dataclass(frozen=True)
class FunnelStage:
    label: str
    count: int
    percent: int
    rate_from_previous: float | None
    rate_from_new: float | None


@dataclass(frozen=True)
class Summary:
    """What the admin home panel shows."""

    new_today: int
    new_this_week: int
    urgent_unanswered: int
    overdue_follow_ups: int
    median_first_contact: datetime.timedelta | None


# What waits for staff


def business_day_before(moment):
    """The same time one working day (Monday to Friday) earlier."""
    moment = timezone.localtime(moment)
    earlier = moment - datetime.timedelta(days=1)
    while earlier.weekday() >= 5:
        earlier -= datetime.timedelta(days=1)
    return earlier


def unanswered_for_a_business_day(now):
    return ConsultationRequest.objects.filter(
        status=Status.NEW, created_at__lt=business_day_before(now)
    )


def overdue_follow_ups(today):
    return ConsultationRequest.objects.open().filter(follow_up_on__lt=today)


def summary(now):
    local_now = timezone.localtime(now)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    monday = midnight - datetime.timedelta(days=midnight.weekday())
    counts = ConsultationRequest.objects.not_spam().aggregate(
        new_today=Count("pk", filter=Q(created_at__gte=midnight)),
        new_this_week=Count("pk", filter=Q(created_at__gte=monday)),
        urgent_unanswered=Count("pk", filter=Q(status=Status.NEW, is_urgent=True)),
        overdue_follow_ups=Count(
            "pk",
            filter=Q(status__in=OPEN_STATUSES, follow_up_on__lt=local_now.date()),
        ),
    )
    last_30_days = ConsultationRequest.objects.filter(
        created_at__gte=now - datetime.timedelta(days=30)
    )
    return Summary(
        **counts, median_first_contact=median_time_to_first_contact(last_30_days)
    )


# Response times


def times_to_first_contact(requests):
    """For each request that was contacted: how long it waited as New."""
    rows = (
        StatusChange.objects.filter(request__in=requests, from_status=Status.NEW)
        .exclude(to_status=Status.SPAM)
        .values("request_id")
        .annotate(received=Min("request__created_at"), contacted=Min("changed_at"))
    )
    return [row["contacted"] - row["received"] for row in rows]


def median_time_to_first_contact(requests):
    times = times_to_first_contact(requests)
    return statistics.median(times) if times else None


def describe_duration(duration):
    """A wait as people say it: "45 minutes", "5 hours", "2 days"."""
    minutes = int(duration.total_seconds() // 60)
    if minutes < 60:
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {
            "count": minutes
        }
    hours = minutes // 60
    if hours < 48:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    days = hours // 24
    return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}


# Charts


def as_bars(rows):
    """(label, count) pairs as bars, the longest one 100 percent."""
    rows = list(rows)
    longest = max((count for _label, count in rows), default=0)
    return [
        Bar(label, count, round(count * 100 / longest) if longest else 0)
        for label, count in rows
    ]


def requests_per_week(requests, first_week, last_week):
    """Every week from first_week to last_week (Mondays), empty ones included."""
    counts = {
        timezone.localtime(row["week"]).date(): row["count"]
        for row in requests.annotate(week=TruncWeek("created_at"))
        .values("week")
        .annotate(count=Count("pk"))
        .order_by()
    }
    weeks = []
    week = first_week
    while week <= last_week:
        weeks.append((week, counts.get(week, 0)))
        week += datetime.timedelta(weeks=1)
    return as_bars(weeks)


def requests_by_matter(requests):
    counts = _counts_by(requests, "matter")
    return as_bars(
        (Matter(value).label, count)
        for value, count in sorted(counts.items(), key=lambda item: -item[1])
    )


def requests_by_city(requests):
    place = Coalesce(NullIf("city", Value("")), "residence")
    counts = _counts_by(requests.annotate(place=place), "place")
    residence_labels = dict(Residence.choices)
    return as_bars(
        (residence_labels.get(place, place), count)
        for place, count in sorted(counts.items(), key=lambda item: -item[1])
    )


def requests_by_source(requests):
    """By UTM source when the link had one, else by the page they came from."""
    source = Coalesce(
        NullIf("utm_source", Value("")), NullIf("source_url", Value("")), Value("")
    )
    counts = _counts_by(requests.annotate(source=source), "source")
    ranked = sorted(counts.items(), key=lambda item: -item[1])[:TOP_SOURCES]
    return as_bars(
        (source or str(_("Not recorded")), count) for source, count in ranked
    )


def requests_by_conflict_check(requests):
    """Pending, cleared and conflict, in that order, counted in one query."""
    counts = requests.aggregate(
        **{
            state.value: Count("pk", filter=CONFLICT_CHECK_STATES[state])
            for state in ConflictCheckState
        }
    )
    return as_bars((state.label, counts[state.value]) for state in ConflictCheckState)


def _counts_by(requests, field):
    return dict(
        requests.values(field).annotate(count=Count("pk")).values_list(field, "count")
    )


def funnel(requests):
    """New → Contacted → Scheduled → Held → Retained, each stage counting every
    request that reached it, whatever happened after."""

    def reached(statuses):
        return (
            StatusChange.objects.filter(request__in=requests, to_status__in=statuses)
            .values("request_id")
            .distinct()
            .count()
        )

    new = requests.count()
    stages = [
        (_("New"), new),
        (_("Contacted"), reached(CONTACTED_OR_LATER)),
        (_("Consultation scheduled"), reached(SCHEDULED_OR_LATER)),
        (_("Consultation held"), reached(HELD_OR_LATER)),
        (_("Retained"), reached([Status.RETAINED])),
    ]
    result = []
    previous = None
    for label, count in stages:
        result.append(
            FunnelStage(
                label=label,
                count=count,
                percent=round(count * 100 / new) if new else 0,
                rate_from_previous=_rate(count, previous),
                rate_from_new=_rate(count, new),
            )
        )
        previous = count
    return result


def _rate(count, base):
    if not base:
        return None
    return round(count * 100 / base, 1)
