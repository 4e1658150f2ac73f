"""The benchmark's table, its targets, and docs/benchmarks.md."""

import os
import platform
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

P99_LIMIT_MS = 250  # issue 19's bound for the pages no cache serves


@dataclass
class Row:
    page: str
    way: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    queries: str
    bytes: int
    failures: int
    vs_bare: float | None = None  # req/s over the bare Django row measured before it


@dataclass
class Target:
    name: str
    measured: str
    wanted: str
    met: bool

    @property
    def verdict(self):
        return "PASS" if self.met else "FAIL"


def table(rows):
    lines = [
        "| page | served by | req/s | vs bare Django | p50 ms | p99 ms "
        "| SQL queries | bytes | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {row.page} | {row.way} | {row.requests_per_second:,.0f} "
        f"| {'–' if row.vs_bare is None else f'{row.vs_bare:.3f}'} "
        f"| {row.p50_ms:.2f} | {row.p99_ms:.2f} | {row.queries} "
        f"| {row.bytes:,} | {row.failures} |"
        for row in rows
    ]
    return "\n".join(lines)


def ratio_target(name, measured, reference, wanted):
    ratio = measured.requests_per_second / reference.requests_per_second
    return Target(
        name, f"{ratio:.2f}", f"≥ {wanted}", ratio >= wanted and measured.failures == 0
    )


def bare_target(name, measured, wanted, p99_limit_ms=None):
    """A row against the bare Django view measured before it (issue 19's targets),
    and, when given, a bound on its p99."""
    ratio = measured.vs_bare or 0
    met = ratio >= wanted and measured.failures == 0
    shown, asked = f"{ratio:.3f}", f"≥ {wanted}"
    if p99_limit_ms is not None:
        met = met and measured.p99_ms < p99_limit_ms
        shown += f", p99 {measured.p99_ms:.0f} ms"
        asked += f", p99 < {p99_limit_ms} ms"
    return Target(f"{name} vs bare Django", shown, asked, met)


def reference_cost_target(name, measured, reference, at_most):
    """A row's cost per request (the inverse of its req/s) against a reference page
    measured right before it at the same connections, with its bare Django ratio
    shown beside it."""
    times = reference.requests_per_second / measured.requests_per_second
    return Target(
        f"{name}: cost per request vs {reference.page}",
        f"{times:.1f}× ({measured.vs_bare or 0:.3f} of bare Django)",
        f"≤ {at_most}×",
        times <= at_most and measured.failures == 0,
    )


def p99_bound_target(name, measured, floor):
    """A page no cache serves: its p99 against issue 19's bound, with its ratio to
    the floor's p99 (measured right before it) shown beside it. The rows were first
    asked to stay under 10× the floor's, when the floor's p99 was 31–245 ms
    (docs/performance.md, "Two targets restated")."""
    ratio = measured.p99_ms / floor.p99_ms
    return Target(
        f"{name}: p99",
        f"{measured.p99_ms:.1f} ms ({ratio:.1f}× the floor's)",
        f"< {P99_LIMIT_MS} ms",
        measured.p99_ms < P99_LIMIT_MS and measured.failures == 0,
    )


def targets_table(targets):
    lines = ["| target | measured | wanted | result |", "| --- | --- | --- | --- |"]
    lines += [
        f"| {target.name} | {target.measured} | {target.wanted} | {target.verdict} |"
        for target in targets
    ]
    return "\n".join(lines)


def machine():
    cpu = "unknown CPU"
    memory_kib = 0
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory_kib = int(line.split()[1])
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory_kib / 1024**2:.0f} GiB memory, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def load_average():
    """Other work on the machine skews every number; the report says how much."""
    one, five, _fifteen = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min)"


def commit():
    def git(*arguments):
        return subprocess.run(
            ["git", *arguments],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
        ).stdout.strip()

    dirty = " (with uncommitted changes)" if git("status", "--porcelain") else ""
    return git("rev-parse", "--short", "HEAD") + dirty


def write_markdown(path, sections, setup):
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n\n".join(
        [
            "# Benchmarks",
            "Written by `make bench` (`manage.py bench`); do not edit by hand. "
            "How to read it and how it is run: docs/deploy.md, bench/.",
            f"- Date: {now}\n- Machine: {machine()}\n- Commit: {commit()}\n"
            f"- Load average when the table was written: {load_average()}\n{setup}",
            *sections,
        ]
    )
    Path(path).write_text(text + "\n")
