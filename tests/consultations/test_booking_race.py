"""Twenty prospects race for one slot, each on its own database connection:
exactly one gets it, the others are told it was taken, and nothing is half-written.

Real concurrency needs PostgreSQL (SQLite serialises every writer anyway).
"""

import threading

import pytest
import time_machine
from django.db import connection, connections

from consultations.booking.service import SlotRefused, book
from consultations.choices import Status
from consultations.models import Booking, ConsultationRequest, StatusChange
from tests.consultations.booking import ct, slot_value, weekday_mornings_calendar
from tests.consultations.factories import ConsultationRequestFactory

RACERS = 20

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections"
    ),
]

# Tuesday 3 March 2026, 9:00 in Connecticut: the racers book Thursday's slot.
BOOKED_AT = ct(2026, 3, 3, 9)


def race(prospects, value):
    barrier = threading.Barrier(len(prospects))
    outcomes = []

    def racer(prospect):
        try:
            barrier.wait()
            book(prospect, value, "phone", now=BOOKED_AT)
            outcomes.append("booked")
        except SlotRefused as refusal:
            outcomes.append(refusal.reason)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=racer, args=[p]) for p in prospects]
    with time_machine.travel(BOOKED_AT, tick=False):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return outcomes


def test_twenty_prospects_racing_for_one_slot_one_gets_it(intake_site):
    calendar = weekday_mornings_calendar()
    prospects = ConsultationRequestFactory.create_batch(RACERS)

    outcomes = race(prospects, slot_value(calendar, ct(2026, 3, 5, 10)))

    assert sorted(outcomes) == ["booked"] + [SlotRefused.TAKEN] * (RACERS - 1)
    assert Booking.objects.count() == 1
    assert ConsultationRequest.objects.filter(status=Status.SCHEDULED).count() == 1
    assert StatusChange.objects.filter(to_status=Status.SCHEDULED).count() == 1
