"""What each middleware costs a request, in deterministic counts.

Timings on a shared machine drift; the number of Python function calls, SQL
queries and cache round trips a request makes does not. `manage.py
middleware_costs` serves a few requests through Django's test client with the
full MIDDLEWARE and then with each middleware removed in turn, and prints the
tables docs/performance.md keeps.
"""

import cProfile
import pstats
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.second_factor import SecondFactorClient

from .endpoints import Endpoints, bench_staff_member

# redis-py sends every command through this method (pipelines excepted, which
# Django's Redis cache does not use for single reads and writes).
CACHE_ROUND_TRIP = ("client.py", "execute_command")


@dataclass
class Cost:
    calls: int
    queries: int
    cache_trips: int
    status: int

    def __str__(self):
        return f"{self.calls:,} / {self.queries} / {self.cache_trips}"


def requests_to_measure():
    """(name, path, staff?, page cache on?) for each kind of request."""
    endpoints = Endpoints.find()
    city = endpoints.public["city page"]
    return [
        ("/healthz/", "/healthz/", False, True),
        ("city page, page-cache hit", city, False, True),
        ("city page, rendered", city, False, False),
        ("consultation form", endpoints.consultation, False, False),
        ("admin listing (staff)", endpoints.admin["admin listing"], True, True),
    ]


def measure(client, path):
    """The second GET of `path` (the first fills per-process caches)."""
    client.get(path)
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        response = client.get(path)
        profiler.disable()
    stats = pstats.Stats(profiler)
    trips = sum(
        calls
        for (filename, _line, function), (calls, *_rest) in stats.stats.items()
        if filename.endswith(CACHE_ROUND_TRIP[0]) and function == CACHE_ROUND_TRIP[1]
    )
    return Cost(stats.total_calls, len(queries), trips, response.status_code)


def cost_of(path, staff, page_cache, middleware):
    with override_settings(MIDDLEWARE=middleware, PAGE_CACHE_ENABLED=page_cache):
        client = SecondFactorClient() if staff else Client()
        if staff:
            client.force_login(bench_staff_member())
        try:
            return measure(client, path)
        except Exception:  # noqa: BLE001 - a later middleware needs the removed one
            return None


def all_costs():
    """{(request name, removed middleware or None): Cost or None}."""
    full = list(settings.MIDDLEWARE)
    costs = {}
    for name, path, staff, page_cache in requests_to_measure():
        costs[name, None] = cost_of(path, staff, page_cache, full)
        for removed in full:
            without = [entry for entry in full if entry != removed]
            costs[name, removed] = cost_of(path, staff, page_cache, without)
    return costs


def full_stack_table(costs, names):
    lines = [
        "| request | Python calls | SQL queries | cache round trips | status |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        cost = costs[name, None]
        lines.append(
            f"| {name} | {cost.calls:,} | {cost.queries} | {cost.cache_trips} "
            f"| {cost.status} |"
        )
    return "\n".join(lines)


def per_middleware_table(costs, names):
    """What removing each middleware saves: calls / queries / cache round trips."""
    lines = [
        "| middleware | " + " | ".join(names) + " |",
        "| --- |" + " ---: |" * len(names),
    ]
    for removed in settings.MIDDLEWARE:
        cells = [saving(costs[name, None], costs[name, removed]) for name in names]
        lines.append(f"| `{removed.rsplit('.', 1)[-1]}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def saving(full, without):
    if without is None or without.status != full.status:
        return "needed"
    return (
        f"{full.calls - without.calls:,} / {full.queries - without.queries} / "
        f"{full.cache_trips - without.cache_trips}"
    )


def report():
    costs = all_costs()
    names = [name for name, *_rest in requests_to_measure()]
    return (
        "Each request once through the full MIDDLEWARE (the second of two GETs):\n\n"
        + full_stack_table(costs, names)
        + "\n\nSaved by removing one middleware (Python calls / SQL queries / cache "
        "round trips; `needed`: the request fails or answers otherwise without "
        "it):\n\n" + per_middleware_table(costs, names)
    )
