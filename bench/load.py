"""Drive load with wrk and read its report."""

import re
import subprocess
import urllib.request
from dataclasses import dataclass

from .stack import program

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
SIZES = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
STAFF_CONNECTIONS = 2  # a few intake staff at once; the public gets the bursts
GZIP = "Accept-Encoding: gzip"
WARM_UP_VISITS = 6  # a few per app worker, so no row times a first import


@dataclass
class LoadResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    bytes_per_response: int
    requests: int
    failures: int


def run_wrk(url, seconds, connections=16, threads=2, headers=()):
    command = [
        program("wrk"),
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=10s",
        "--latency",
    ]
    for header in headers:
        command += ["--header", header]
    completed = subprocess.run(
        [*command, url],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    )
    return parse_wrk(completed.stdout)


def parse_wrk(report):
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", report, re.MULTILINE))
    total = re.search(r"(\d+) requests in [\d.]+\w+, ([\d.]+)(\w+) read", report)
    requests = int(total.group(1))
    read = float(total.group(2)) * SIZES[total.group(3)]
    not_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+)", report)
    return LoadResult(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", report)[1]),
        p50_ms=milliseconds(latency["50"]),
        p99_ms=milliseconds(latency["99"]),
        bytes_per_response=round(read / requests) if requests else 0,
        requests=requests,
        failures=(int(not_ok[1]) if not_ok else 0)
        + (sum(int(count) for count in errors.groups()) if errors else 0),
    )


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(value) * UNITS[unit]


def fetch(url, headers=None):
    """One GET on loopback: status, headers and body."""
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.status, response.headers, response.read()
