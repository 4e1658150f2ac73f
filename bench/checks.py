"""What the benchmark checks besides speed: the consultation burst, publish to
fresh, the workers' memory and the home page's weight."""

import gzip
import re
import time

from django.test import override_settings

from consultations.models import ConsultationRequest

from . import report
from .endpoints import city_to_publish
from .load import fetch

CONSULTATIONS_SENT = 1000
CONSULTATION_CLIENTS = 16
PROBE_REQUESTS = 1000  # per app server, in each memory probe
FRESHNESS_TIMEOUT = 10
TRANSFER_BUDGET = 150 * 1024
SCRIPT_BUDGET = 30 * 1024
ASSET_PATTERN = rb'<(?:link|script)[^>]+(?:href|src)="(/static/[^"]+)"'
GUNICORN_LINE = re.compile(r"^\[[^]]+\] \[\d+\] \[INFO\] ")
LOGGED_LINES_SHOWN = 60


class AfterLoadChecks:
    """The benchmark's checks that are not a row of the load table; each adds a
    section to docs/benchmarks.md and the targets it judges. Mixed into
    `Benchmark`, whose stack, servers, endpoints and probe they use."""

    def send_consultations(self):
        before = ConsultationRequest.objects.count()
        started = time.monotonic()
        output = self.stack.run_manage(
            "send_test_consultations",
            "--url",
            self.url("varnish", self.endpoints.consultation),
            "--count",
            str(CONSULTATIONS_SENT),
            "--concurrency",
            str(CONSULTATION_CLIENTS),
            timeout=600,
        )
        output = output.stdout + output.stderr[-1000:]
        seconds = time.monotonic() - started
        stored = ConsultationRequest.objects.count() - before
        server_errors = server_errors_in(output)
        if server_errors:
            output += "\n\nThe app's log:\n" + logged_by_the_app(
                self.stack.log_tail("app", limit=0)
            )
        self.sections.append(
            "## Consultation requests under load\n\n"
            f"{CONSULTATIONS_SENT} requests from {CONSULTATION_CLIENTS} concurrent "
            f"clients through Varnish in {seconds:.1f} s: {stored} stored, "
            f"{server_errors} server errors.\n\n```\n{output.strip()}\n```"
        )
        self.targets.append(
            report.Target(
                "consultation requests stored, no 5xx",
                f"{stored} of {CONSULTATIONS_SENT}, {server_errors} 5xx",
                f"{CONSULTATIONS_SENT} of {CONSULTATIONS_SENT}, 0 5xx",
                stored == CONSULTATIONS_SENT and server_errors == 0,
            )
        )

    def publish_and_wait(self):
        """Publish a change to a city page; how long until Varnish serves it."""
        path = self.endpoints.public["city page"]
        fetch(self.url("varnish", path))
        page = city_to_publish()
        marker = f"Hartford {int(time.time())}"
        page.title = marker
        with override_settings(WAGTAILFRONTENDCACHE=self.front_cache_settings):
            page.save_revision().publish()
        published = time.monotonic()
        app_fresh = marker.encode() in fetch(self.url("app", path))[2]
        seconds = None
        while time.monotonic() - published < FRESHNESS_TIMEOUT:
            if marker.encode() in fetch(self.url("varnish", path))[2]:
                seconds = time.monotonic() - published
                break
            time.sleep(0.01)
        measured = f"{seconds:.2f} s" if seconds is not None else "never"
        self.sections.append(
            "## Publish to fresh\n\n"
            f"A city page published: the app served it fresh at once: {app_fresh}; "
            f"Varnish served it fresh after {measured} (purged by the tasks worker)."
        )
        self.targets.append(
            report.Target(
                "fresh through Varnish after a publish",
                measured,
                "≤ 1 s",
                app_fresh and seconds is not None and seconds <= 1,
            )
        )

    def memory(self, first, last):
        lines = [
            "| server | worker | RSS after first 1,000 | after last 1,000 | peak |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for name in first:
            before = sum(rss for rss, _peak in first[name].values())
            after = sum(rss for rss, _peak in last.get(name, {}).values())
            for pid, (rss, _peak) in first[name].items():
                now, peak = last[name].get(pid, (0, 0))
                lines.append(
                    f"| {name} | {pid} | {rss / 1024:.1f} MiB | {now / 1024:.1f} MiB "
                    f"| {peak / 1024:.1f} MiB |"
                )
            self.targets.append(
                report.Target(
                    f"{name} workers' memory flat",
                    f"{after / before:.3f}× ({before / 1024:.0f} → "
                    f"{after / 1024:.0f} MiB)",
                    "≤ 1.10×",
                    after <= 1.10 * before,
                )
            )
        self.sections.append(
            "## Worker memory\n\n"
            f"Each probe: {2 * PROBE_REQUESTS:,} requests over both app servers "
            "(public pages, the form, the admin listing and search); "
            f"{self.probe_failures} did not answer 200."
            "\n\n" + "\n".join(lines)
        )

    def static_files(self):
        """Far-future caching on hashed files; the home page's first-visit weight."""
        home = self.endpoints.public["home"]
        _status, _headers, html = fetch(self.url("app", home))
        assets = re.findall(ASSET_PATTERN, html)
        sizes = {}
        cache_control = ""
        for asset in {a.decode() for a in assets}:
            _status, headers, body = fetch(
                self.url("app", asset), {"Accept-Encoding": "gzip"}
            )
            sizes[asset] = len(body)
            cache_control = headers.get("Cache-Control", "")
        html_size = len(gzip.compress(html, 6))
        scripts = sum(size for asset, size in sizes.items() if asset.endswith(".js"))
        total = html_size + sum(sizes.values())
        listing = "\n".join(f"- {asset}: {size:,} B" for asset, size in sizes.items())
        self.sections.append(
            "## Home page weight on a first visit (compressed, images aside)\n\n"
            f"- HTML: {html_size:,} B\n{listing}\n\n"
            f"Hashed static files are sent with `Cache-Control: {cache_control}`."
        )
        self.targets += [
            report.Target(
                "home page first visit, compressed",
                f"{total / 1024:.1f} KB",
                "≤ 150 KB",
                total <= TRANSFER_BUDGET,
            ),
            report.Target(
                "home page JavaScript, compressed",
                f"{scripts / 1024:.1f} KB",
                "≤ 30 KB",
                scripts <= SCRIPT_BUDGET,
            ),
            report.Target(
                "hashed static files cached for a year, immutable",
                cache_control or "no static files",
                "max-age ≥ 1 year, immutable",
                "immutable" in cache_control,
            ),
        ]


def logged_by_the_app(app_log):
    """What Django logged, without gunicorn's own lines: a 5xx the app answered
    comes with its traceback, so nothing here means Varnish answered it."""
    lines = [line for line in app_log.splitlines() if not GUNICORN_LINE.match(line)]
    return "\n".join(lines[:LOGGED_LINES_SHOWN]) or "(nothing: Varnish answered)"


def server_errors_in(output):
    """The 5xx answers send_test_consultations counted ("  HTTP 500: 3")."""
    return sum(int(count) for count in re.findall(r"HTTP 5\d\d: (\d+)", output))
