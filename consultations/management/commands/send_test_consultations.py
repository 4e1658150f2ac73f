import secrets
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.cookiejar import CookieJar
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPCookieProcessor, Request, build_opener

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consultations.models.requests import ConsultationRequest

TIMEOUT_SECONDS = 30


class HiddenInputs(HTMLParser):
    """The hidden fields of a page: the CSRF token, the time-trap and tracking."""

    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden":
            self.values[attributes["name"]] = attributes.get("value") or ""


@dataclass
class Prospect:
    """One simulated visitor, with their own cookies, like a separate browser."""

    number: int
    opener: object
    hidden_fields: dict = field(default_factory=dict)


class Command(BaseCommand):
    help = (
        "Load check, not a test: open the consultation form N times on a running "
        "server, send N valid requests at once, and check that exactly N are stored "
        "(this command must use the server's database). Raise the server's "
        "CONSULTATION_RATE_LIMIT first, e.g. CONSULTATION_RATE_LIMIT=100000/h."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            required=True,
            help="The consultation page, e.g. http://127.0.0.1:8000/en/free-consultation/",
        )
        parser.add_argument("--count", type=int, default=50)
        parser.add_argument("--concurrency", type=int, default=10)
        parser.add_argument(
            "--wait",
            type=float,
            default=settings.CONSULTATION_TIME_TRAP_MIN_SECONDS + 1,
            help="Seconds between opening the forms and sending them (the time-trap).",
        )

    def handle(self, *args, url, count, concurrency, wait, **options):
        if urlsplit(url).scheme not in {"http", "https"}:
            raise CommandError("--url must be an http or https address.")
        campaign = f"load-test-{secrets.token_hex(4)}"
        form_url = (
            f"{url}?{urlencode({'utm_source': 'load-test', 'utm_campaign': campaign})}"
        )

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            prospects = list(pool.map(lambda n: open_form(form_url, n), range(count)))
        time.sleep(wait)
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            outcomes = list(pool.map(lambda p: send_request(form_url, p), prospects))
        elapsed = time.monotonic() - started

        self.report(outcomes, elapsed)
        stored = ConsultationRequest.objects.filter(utm_campaign=campaign).count()
        self.stdout.write(f"Stored: {stored} of {count} (utm_campaign={campaign})")
        if stored != count:
            raise CommandError(f"Expected {count} stored requests, found {stored}.")

    def report(self, outcomes, elapsed):
        statuses = [status for status, _reference, _seconds in outcomes]
        references = {
            reference for _status, reference, _seconds in outcomes if reference
        }
        durations = sorted(seconds for _status, _reference, seconds in outcomes)
        self.stdout.write(f"Sent: {len(outcomes)} in {elapsed:.2f} s")
        for status in sorted(set(statuses)):
            self.stdout.write(f"  HTTP {status}: {statuses.count(status)}")
        self.stdout.write(
            f"Thank-you pages with a distinct reference: {len(references)}"
        )
        if len(durations) > 1:
            percentiles = statistics.quantiles(durations, n=20)
            self.stdout.write(
                f"Time per request: median {statistics.median(durations):.3f} s, "
                f"95th percentile {percentiles[-1]:.3f} s"
            )
        if 429 in statuses:
            self.stdout.write(
                self.style.WARNING("Rate limited: raise CONSULTATION_RATE_LIMIT.")
            )


def open_form(form_url, number):
    prospect = Prospect(number, build_opener(HTTPCookieProcessor(CookieJar())))
    with prospect.opener.open(Request(form_url), timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (scheme checked)
        parser = HiddenInputs()
        parser.feed(response.read().decode())
    prospect.hidden_fields = parser.values
    return prospect


def send_request(form_url, prospect):
    """POST the form, follow to the thank-you page: (status, reference, seconds)."""
    answers = {
        **prospect.hidden_fields,
        "full_name": f"Load Test {prospect.number}",
        "email": f"load-test-{prospect.number}@example.com",
        "contact_method": "email",
        "best_time": "any",
        "preferred_language": "en",
        "town": "other_ct",
        "matter": "other",
        "accepted_disclaimer": "on",
        "consented_to_contact": "on",
    }
    request = Request(  # noqa: S310 (scheme checked)
        form_url,
        data=urlencode(answers).encode(),
        headers={"Referer": form_url},
    )
    started = time.monotonic()
    try:
        with prospect.opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            page = response.read().decode()
            status = response.status
    except HTTPError as error:
        return error.code, None, time.monotonic() - started
    return status, reference_on(page), time.monotonic() - started


def reference_on(page):
    marker = '<strong class="reference">'
    if marker not in page:
        return None
    return page.split(marker, 1)[1].split("<", 1)[0]
