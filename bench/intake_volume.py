"""The intake's own volume for the benchmark (issues 14 and 15): the firm's
booking calendar with its future consultations, the other people requests name,
and the firm's client list. Each part is topped up to its size, so running the
volume twice adds nothing.
"""

import datetime
import itertools

from django.db import transaction
from django.utils import timezone

from consultations.booking import slots
from consultations.choices import ClientRelationship, PartyRole
from consultations.models import ConsultationRequest
from consultations.models.booking import (
    BOOKABLE_STATUSES,
    Booking,
    ConsultationCalendar,
    ConsultationMode,
    WeeklyHours,
)
from consultations.models.conflicts import ClientListEntry, OtherParty

from .made_up import BATCH_SIZE, person_name

WEEKDAY_HOURS = (datetime.time(9), datetime.time(17))
FREE_EVERY = 3  # one slot in three stays free for prospects to choose
MOST_PARTIES = 3
COMPANIES = ["Shoreline Landscaping LLC", "Nutmeg Poultry Inc.", "Elm City Builders"]


def firm_calendar():
    """The firm's shared calendar, open Monday to Friday, 9 to 5, Connecticut time."""
    calendar = ConsultationCalendar.objects.filter(is_open=True).first()
    if calendar is None:
        calendar = ConsultationCalendar.objects.create(attorney=None)
        WeeklyHours.objects.bulk_create(
            WeeklyHours(calendar=calendar, weekday=day, starts=start, ends=end)
            for day in range(5)
            for start, end in [WEEKDAY_HOURS]
        )
    return calendar


def future_slots(calendar, count):
    """`count` of the calendar's future slots from its first bookable day, leaving
    one in FREE_EVERY free, so the picker still has times to offer."""
    calendar = slots.open_calendars().get(pk=calendar.pk)
    first_day = slots.earliest_start(calendar, timezone.now(), urgent=False).date()
    chosen = []
    for week in itertools.count():
        start = first_day + datetime.timedelta(weeks=week)
        week_slots = slots.calendar_slots(
            calendar, start, start + datetime.timedelta(days=6)
        )
        for number, slot in enumerate(week_slots):
            if number % FREE_EVERY:
                chosen.append(slot)
                if len(chosen) == count:
                    return chosen


def add_bookings(count):
    """Future bookings on distinct slots, for scheduled requests first."""
    calendar = firm_calendar()
    missing = count - Booking.objects.booked().filter(calendar=calendar).count()
    if missing <= 0:
        return
    taken = set(
        Booking.objects.booked()
        .filter(calendar=calendar)
        .values_list("starts_at", flat=True)
    )
    free = [
        s
        for s in future_slots(calendar, count + len(taken))
        if s.starts_at not in taken
    ]
    prospects = (
        ConsultationRequest.objects.filter(status__in=BOOKABLE_STATUSES)
        .exclude(bookings__status="booked")
        .order_by("-status", "pk")  # "scheduled" first
        .values_list("pk", flat=True)[:missing]
    )
    Booking.objects.bulk_create(
        (
            Booking(
                request_id=request_id,
                calendar=calendar,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                mode=ConsultationMode.PHONE,
            )
            for request_id, slot in zip(prospects, free, strict=False)
        ),
        batch_size=BATCH_SIZE,
    )


def add_other_parties(rng):
    """Up to MOST_PARTIES other people on each request that names none yet; how
    many follows from the request's id, so a second run adds nobody."""
    roles = list(PartyRole)
    named = OtherParty.objects.values("request_id")
    unnamed = ConsultationRequest.objects.exclude(pk__in=named).values_list(
        "pk", flat=True
    )
    parties = (
        OtherParty(request_id=request_id, name=party_name(role, rng), role=role)
        for request_id in unnamed.iterator(chunk_size=BATCH_SIZE)
        for role in rng.sample(roles, request_id % (MOST_PARTIES + 1))
    )
    with transaction.atomic():
        while batch := list(itertools.islice(parties, BATCH_SIZE)):
            OtherParty.objects.bulk_create(batch)


def party_name(role, rng):
    if role == PartyRole.EMPLOYER:
        return rng.choice(COMPANIES)
    return person_name(rng)


def add_client_list(count, rng):
    """The firm's list of clients, former clients and adverse parties."""
    existing = ClientListEntry.objects.count()
    relationships = list(ClientRelationship)
    entries = (
        ClientListEntry(
            external_id=f"C{number:06d}",
            name=person_name(rng),
            relationship=rng.choice(relationships),
        )
        for number in range(existing + 1, count + 1)
    )
    with transaction.atomic():
        while batch := list(itertools.islice(entries, BATCH_SIZE)):
            ClientListEntry.objects.bulk_create(batch)


def intake_summary():
    return (
        f"{Booking.objects.booked().filter(starts_at__gt=timezone.now()).count():,} "
        f"future bookings, {OtherParty.objects.count():,} other parties, "
        f"{ClientListEntry.objects.count():,} names on the client list"
    )


def add_intake_volume(bookings, client_list, rng):
    """Top up the intake's volume; what it holds now, to report."""
    add_bookings(bookings)
    add_other_parties(rng)
    add_client_list(client_list, rng)
    return intake_summary()
