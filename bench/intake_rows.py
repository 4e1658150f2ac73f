"""The intake's rows (issues 14 and 15): the prospect's slot picker and the
booking POST, the race for one slot, and the conflict check on a request's page.

Mixed into `Benchmark`, whose servers, floor, rows and targets they use.
"""

import statistics
import time

from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext

from consultations import conflicts, kept_conflicts
from consultations.admin.conflicts import SHOWN_HITS
from consultations.admin.display import request_admin_url
from consultations.choices import Status
from consultations.models import ConsultationRequest
from tests.second_factor import SecondFactorClient

from . import booking_load, report
from .endpoints import bench_staff_member, queries_for
from .load import GZIP, STAFF_CONNECTIONS, WARM_UP_VISITS, fetch
from .stack import StackError

BOOKING_POSTS = 40
BOOKING_CLIENTS = 4
RACERS = 20
PICKER_QUERIES = 10
CHECK_QUERIES = 5
CHECK_TIMINGS = 10


class IntakeRows:
    def count_intake_queries(self):
        """The picker's queries for an anonymous prospect; the request page's, and
        its conflict check's alone, for the attorney the admin rows use."""
        prospects = booking_load.bookable_requests(2 + BOOKING_POSTS + RACERS)
        self.picker, booker, *self.bookers = prospects
        self.picker_path = booking_load.slot_picker_path(self.picker)
        prospect = Client()
        prospect.get(self.picker_path)
        self.queries[("slot picker", "app")] = queries_for(prospect, self.picker_path)
        self.queries[("booking POST", "app")] = booking_queries(prospect, booker)
        named = (
            ConsultationRequest.objects.exclude(status=Status.SPAM)
            .annotate(parties=Count("other_parties"))
            .order_by("-parties", "pk")
            .first()
        )
        self.inspect_path = request_admin_url("inspect", named)
        staff = SecondFactorClient()
        staff.force_login(bench_staff_member())
        staff.get(self.inspect_path)
        self.queries[("conflict check", "page")] = queries_for(staff, self.inspect_path)
        with CaptureQueriesContext(connection) as captured:
            conflicts.find_conflicts(named)
        self.queries[("conflict check", "check")] = len(captured)
        self.check_milliseconds = {
            "made afresh": median_milliseconds(lambda: conflicts.find_conflicts(named)),
            "kept": median_milliseconds(
                lambda: kept_conflicts.kept_conflicts(named, shown=SHOWN_HITS)
            ),
        }

    def run_intake_load(self):
        floor = self.before_intake_row("slot picker", self.picker_path, {})
        picker = self.measure(
            "slot picker",
            "app",
            self.url("app", self.picker_path),
            queries=self.queries[("slot picker", "app")],
        )
        picker_queries = self.queries[("slot picker", "app")]
        self.targets += [
            report.Target(
                "slot picker: SQL queries",
                str(picker_queries),
                f"≤ {PICKER_QUERIES}",
                picker_queries <= PICKER_QUERIES,
            ),
            report.p99_bound_target("slot picker", picker, floor),
        ]
        floor = self.before_intake_row(
            "conflict check", self.inspect_path, self.staff_cookie
        )
        check_queries = self.queries[("conflict check", "check")]
        page = self.measure(
            "request page with conflict check",
            "app",
            self.url("app", self.inspect_path),
            headers=(GZIP, self.staff_header),
            queries=f"{self.queries[('conflict check', 'page')]} "
            f"(check {check_queries})",
            connections=STAFF_CONNECTIONS,
        )
        self.targets += [
            report.Target(
                "conflict check: SQL queries (the check alone)",
                str(check_queries),
                f"≤ {CHECK_QUERIES}",
                check_queries <= CHECK_QUERIES,
            ),
            report.p99_bound_target("request page with conflict check", page, floor),
        ]
        self.sections.append(
            "## The conflict check\n\n"
            "The request page's row serves the check kept since its first visit "
            "(`consultations.kept_conflicts`: until a name it searches changes). "
            "In the harness's process, the median of "
            f"{CHECK_TIMINGS} calls: the check made afresh "
            f"{self.check_milliseconds['made afresh']:.0f} ms ({check_queries} "
            f"queries), kept {self.check_milliseconds['kept']:.0f} ms."
        )

    def before_intake_row(self, name, path, headers):
        for _visit in range(WARM_UP_VISITS):
            fetch(self.url("app", path), headers)
        return self.measure_references(f"before {name}")

    def book_consultations(self):
        """Distinct prospects each book a free slot over HTTP; then twenty race for
        one slot in this process; then the slots are given back."""
        posts, racers = self.bookers[:BOOKING_POSTS], self.bookers[BOOKING_POSTS:]
        values = booking_load.free_slot_values(len(posts) + 1)
        urls = [
            self.url("app", booking_load.slot_picker_path(prospect))
            for prospect in posts
        ]
        bookings = booking_load.book_each(
            list(zip(urls, values, strict=False)), BOOKING_CLIENTS
        )
        outcomes = booking_load.race(racers, values[-1])
        doubles = booking_load.double_bookings()
        booking_load.cancel_all(self.bookers)
        self.booking_rows(bookings, outcomes, doubles)

    def booking_rows(self, bookings, outcomes, doubles):
        sent = len(bookings.statuses)
        failures = sent - bookings.booked
        self.rows.append(
            report.Row(
                "booking POST",
                f"app ({BOOKING_CLIENTS} clients)",
                sent / bookings.elapsed,
                bookings.percentile_ms(50),
                bookings.percentile_ms(99),
                str(self.queries[("booking POST", "app")]),
                0,
                failures,
            )
        )
        won = outcomes.count("booked")
        self.sections.append(
            "## Booking a consultation\n\n"
            f"{sent} prospects, {BOOKING_CLIENTS} at a time over HTTP, each chose "
            f"its own free slot: {bookings.booked} booked, {failures} refused or "
            f"failed; p50 {bookings.percentile_ms(50):.1f} ms, p99 "
            f"{bookings.percentile_ms(99):.1f} ms per POST. Then {len(outcomes)} "
            f"prospects, each on its own database connection, raced for one slot: "
            f"{won} booked, {outcomes.count('taken')} told it was taken. Slots "
            f"held twice in the database: {doubles}. The bookings were then "
            "cancelled, giving the slots back."
        )
        self.targets += [
            report.Target(
                "booking POSTs, each its own slot",
                f"{bookings.booked} of {sent} booked",
                f"{sent} of {sent}",
                sent > 0 and failures == 0,
            ),
            report.Target(
                f"{RACERS} racing for one slot: one gets it, double bookings",
                f"{won} booked, {doubles} double bookings",
                "1 booked, 0 double bookings",
                won == 1 and doubles == 0 and len(outcomes) == RACERS,
            ),
        ]


def booking_queries(client, prospect):
    """The queries of one booking POST, made here; the slot is then given back."""
    path = booking_load.slot_picker_path(prospect)
    slot_value = booking_load.free_slot_values(1)[0]
    with CaptureQueriesContext(connection) as captured:
        response = client.post(path, {"slot": slot_value, "mode": "phone"})
    booking_load.cancel_all([prospect])
    if response.status_code != booking_load.BOOKED:
        raise StackError(f"booking {path} answered {response.status_code}")
    return len(captured)


def median_milliseconds(call):
    times = []
    for _time in range(CHECK_TIMINGS):
        started = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)
