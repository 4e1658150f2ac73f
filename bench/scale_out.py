"""Prove the app servers keep no state: two of them behave as one.

Two gunicorn instances on different ports behind a local nginx, over one
PostgreSQL database, one Redis and one tasks worker. Requests sent across both
are all stored exactly once; the rate limit counts across both (the counter lives
in Redis); a page published through one instance is served fresh by the other at
once (the page cache's generation lives in Redis too).
"""

import re
import time
import urllib.parse
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from django.urls import reverse

from consultations.models import ConsultationPage, ConsultationRequest
from tests.second_factor import SecondFactorClient

from .endpoints import city_to_publish, first_in_english
from .load import fetch
from .stack import (
    IMMEDIATE_TASKS,
    Stack,
    free_port,
    recreate_database,
    start_redis_if_needed,
)

REQUESTS_ACROSS_BOTH = 200
RATE_LIMIT = 5
PUBLISH_PAGES = ["wagtailcore", "page", "publish"]  # the admin's bulk action
TOKEN_PATTERN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Check:
    name: str
    passed: bool
    detail: str


class ScaleOutCheck:
    def __init__(self, stack, out):
        self.stack = stack
        self.out = out
        self.checks = []

    def run(self):
        connections.close_all()
        recreate_database(settings.DATABASES["default"])
        loading = {**self.stack.environment, "TASKS_BACKEND": IMMEDIATE_TASKS}
        self.stack.manage("migrate", "--noinput")
        self.stack.manage("load_demo_content", environment=loading)
        self.stack.manage("collectstatic", "--noinput", timeout=300)
        self.form_path = first_in_english(ConsultationPage).url
        self.ports = {name: free_port() for name in ("first", "second", "nginx")}
        self.stack.tasks_worker()
        self.start_app_servers(rate_limit="100000/h")
        self.stack.nginx(
            "balancer.conf.template",
            self.ports["nginx"],
            FIRST_APP_PORT=self.ports["first"],
            SECOND_APP_PORT=self.ports["second"],
        )
        self.requests_are_stored_once()
        self.rate_limit_holds_across_both()
        self.publish_through_one_is_fresh_on_the_other()
        return self.checks

    def start_app_servers(self, rate_limit):
        for name in ("first", "second"):
            self.stack.gunicorn(
                name,
                self.ports[name],
                2,
                CONSULTATION_RATE_LIMIT=rate_limit,
                GUNICORN_CMD_ARGS="--access-logfile -",
            )

    def restart_app_servers(self, rate_limit):
        servers = [p for p in self.stack.processes if p.name in {"first", "second"}]
        for process in servers:
            self.stack.stop(process)
        self.start_app_servers(rate_limit)

    def url(self, server, path):
        return f"http://127.0.0.1:{self.ports[server]}{path}"

    def send(self, server, count, concurrency):
        return self.stack.run_manage(
            "send_test_consultations",
            "--url",
            self.url(server, self.form_path),
            "--count",
            str(count),
            "--concurrency",
            str(concurrency),
            timeout=300,
        )

    def posts_served_by(self, server):
        return self.stack.log_tail(server, limit=None).count('"POST ')

    def record(self, name, passed, detail):
        self.checks.append(Check(name, passed, detail))
        self.out(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}")

    def requests_are_stored_once(self):
        before = ConsultationRequest.objects.count()
        sent = self.send("nginx", REQUESTS_ACROSS_BOTH, 8)
        stored = ConsultationRequest.objects.count() - before
        references = ConsultationRequest.objects.values("reference").distinct()
        first, second = self.posts_served_by("first"), self.posts_served_by("second")
        self.record(
            "requests across both instances stored exactly once",
            sent.returncode == 0
            and stored == REQUESTS_ACROSS_BOTH
            and references.count() == ConsultationRequest.objects.count()
            and first > 0
            and second > 0,
            f"{stored} of {REQUESTS_ACROSS_BOTH} stored, all references distinct; "
            f"POSTs served: first {first}, second {second}",
        )

    def rate_limit_holds_across_both(self):
        self.restart_app_servers(rate_limit=f"{RATE_LIMIT}/h")
        cache.clear()
        before = ConsultationRequest.objects.count()
        on_first = self.send("first", RATE_LIMIT, 1)
        on_second = self.send("second", 1, 1)
        stored = ConsultationRequest.objects.count() - before
        refused = "HTTP 429: 1" in on_second.stdout
        self.record(
            "rate limit counted across both instances",
            on_first.returncode == 0 and refused and stored == RATE_LIMIT,
            f"{RATE_LIMIT} sent to the first instance were stored; the next, sent "
            f"to the second, was {'refused (429)' if refused else 'accepted'}",
        )

    def publish_through_one_is_fresh_on_the_other(self):
        city = city_to_publish()
        fetch(self.url("second", city.url))  # the second instance caches the page
        marker = f"Hartford {int(time.time())}"
        city.title = marker
        city.save_revision()
        status = self.publish_in_admin(city.pk)
        _status, headers, body = fetch(self.url("second", city.url))
        fresh = marker.encode() in body
        self.record(
            "published through one instance, fresh on the other at once",
            status == 302 and fresh,
            f"published on the first (HTTP {status}); the second served "
            f"{'the new title' if fresh else 'the old page'} "
            f"(page cache: {headers.get('X-Page-Cache')})",
        )

    def publish_in_admin(self, page_id):
        """Publish the page's draft with the admin's bulk action, on the first."""
        editor, _created = get_user_model().objects.get_or_create(
            username="scale-out-editor",
            defaults={"is_superuser": True, "is_staff": True},
        )
        client = SecondFactorClient()
        client.force_login(editor)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        publish = reverse("wagtail_bulk_action", args=PUBLISH_PAGES)
        url = self.url("first", f"{publish}?id={page_id}")
        cookie = f"{settings.SESSION_COOKIE_NAME}={session}"
        _status, headers, body = fetch(url, {"Cookie": cookie})
        csrf_name = settings.CSRF_COOKIE_NAME
        csrf_cookie = re.search(rf"{csrf_name}=([^;]+)", headers.get("Set-Cookie", ""))
        form = {"csrfmiddlewaretoken": TOKEN_PATTERN.search(body).group(1).decode()}
        request = urllib.request.Request(  # noqa: S310 (loopback)
            url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Cookie": f"{cookie}; {csrf_name}={csrf_cookie.group(1)}"},
        )
        opener = urllib.request.build_opener(KeepRedirects)
        with opener.open(request, timeout=30) as response:
            return response.status


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    """Report a redirect as it is, rather than following it."""

    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response


def run_scale_out_check(out, environment):
    with Stack(environment) as stack:
        start_redis_if_needed(stack, settings.CACHES["default"]["LOCATION"])
        cache.clear()
        return ScaleOutCheck(stack, out).run()
