"""Booking under load, for the benchmark (issue 14): prospects each booking their
own slot over HTTP, twenty racing for one slot, and the double bookings left.

Every POST needs its own request and free slot (a slot is taken once), so wrk,
which repeats one request, cannot send them: a few threads of Python clients do,
each with its own cookies and CSRF token, like separate browsers.
"""

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.cookiejar import CookieJar
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit
from urllib.request import (
    HTTPCookieProcessor,
    HTTPRedirectHandler,
    Request,
    build_opener,
)

from django.db import connections
from django.db.models import Count
from django.utils import timezone

from consultations.booking import service, slots
from consultations.booking.links import booking_url
from consultations.choices import Status
from consultations.management.commands.send_test_consultations import HiddenInputs
from consultations.models import ConsultationRequest
from consultations.models.booking import Booking, BookingStatus

TIMEOUT_SECONDS = 30
BOOKED = 302  # the picker redirects to the booking once it is made


class NoRedirects(HTTPRedirectHandler):
    """Time the POST alone: its redirect is answered as the outcome."""

    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Bookings:
    statuses: list
    seconds: list
    elapsed: float

    @property
    def booked(self):
        return self.statuses.count(BOOKED)

    def percentile_ms(self, percent):
        if len(self.seconds) < 2:
            return 1000 * sum(self.seconds)
        return 1000 * statistics.quantiles(self.seconds, n=100)[percent - 1]


def bookable_requests(count):
    """English requests that may book online and hold no booking yet."""
    return list(
        ConsultationRequest.objects.filter(
            status__in=[Status.NEW, Status.CONTACTED], language="en", is_urgent=False
        )
        .exclude(bookings__status=BookingStatus.BOOKED)
        .order_by("pk")[:count]
    )


def slot_picker_path(consultation_request):
    """The picker's address under the consultation page, with a fresh token."""
    return urlsplit(booking_url(consultation_request)).path


def free_slot_values(count):
    return [slot.value for slot in slots.free_slots(timezone.now())[:count]]


def book_over_http(url, slot_value):
    """Open the picker, then choose the slot: the POST's status and seconds."""
    opener = build_opener(HTTPCookieProcessor(CookieJar()), NoRedirects())
    with opener.open(url, timeout=TIMEOUT_SECONDS) as response:
        hidden = HiddenInputs()
        hidden.feed(response.read().decode())
    data = urlencode({**hidden.values, "slot": slot_value, "mode": "phone"})
    started = time.monotonic()
    try:
        posted = Request(url, data=data.encode())  # noqa: S310 - our own server
        with opener.open(posted, timeout=TIMEOUT_SECONDS):
            status = 200  # the form again: the slot was refused
    except HTTPError as error:
        status = error.code
    return status, time.monotonic() - started


def book_each(urls_and_slots, clients):
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        outcomes = list(pool.map(lambda pair: book_over_http(*pair), urls_and_slots))
    return Bookings(
        [status for status, _seconds in outcomes],
        [seconds for _status, seconds in outcomes],
        time.monotonic() - started,
    )


def race(prospects, slot_value):
    """Each prospect on its own database connection, all at once, for one slot;
    what each was told (as tests/consultations/test_booking_race.py)."""
    barrier = threading.Barrier(len(prospects))
    outcomes = []

    def racer(prospect):
        try:
            barrier.wait()
            service.book(prospect, slot_value, "phone", now=timezone.now())
            outcomes.append("booked")
        except service.SlotRefused as refusal:
            outcomes.append(refusal.reason)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=racer, args=[p]) for p in prospects]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def double_bookings():
    """Slots held by more than one booking: the database must make this 0."""
    return (
        Booking.objects.booked()
        .values("calendar", "starts_at")
        .annotate(holders=Count("pk"))
        .filter(holders__gt=1)
        .count()
    )


def cancel_all(prospects):
    """Give the slots back, so a reused database still has free times."""
    for prospect in prospects:
        service.cancel(prospect)
