"""Lighthouse on a phone, on the pages a prospect meets first, served as deployed.

gunicorn runs the production settings (whitenoise serves the static files
compressed, with far-future cache headers) behind nginx as docs/deploy.md sets it
up (pages compressed, uploaded images from MEDIA_ROOT), over a SQLite database
holding the demo content. Lighthouse comes from npm (`npx lighthouse@12`) and
drives Debian's Chromium with its default mobile settings: a mid-range phone on
a slow 4G network, simulated.

`manage.py runserver` is not measured here: it compresses nothing and caches
nothing, which costs about seven performance points on every page
(docs/performance.md).
"""

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from wagtail.models import Locale, Page

from .load import fetch
from .stack import IMMEDIATE_TASKS, Stack, StackError, free_port, program

LIGHTHOUSE = "lighthouse@12"
LANGUAGES = ["en", "es"]
# The demo's pages (English slugs): home, a city, the form, the rights.
PAGES = ["home", "hartford", "free-consultation", "know-your-rights"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time"]
RUN_SECONDS = 180


@dataclass
class Result:
    path: str
    scores: dict
    metrics: dict


def run_lighthouse(out):
    """Serve the demo as deployed, measure each page, and return the results."""
    database = Path(settings.DATABASES["default"]["NAME"])
    with Stack(dict(os.environ)) as stack:
        stack.environment["MEDIA_ROOT"] = str(stack.workdir / "media")
        build_site(stack, database)
        app_port, port = free_port(), free_port()
        stack.gunicorn("app", app_port, workers=2)
        stack.nginx(
            "lighthouse.conf.template",
            port,
            APP_PORT=app_port,
            MEDIA_ROOT=stack.environment["MEDIA_ROOT"],
        )
        base_url = f"http://127.0.0.1:{port}"
        paths = page_paths()
        for path in paths:  # as visitors find them: images resized, pages cached
            fetch(base_url + path)
        results = []
        for path in paths:
            out(f"Measuring {path}")
            results.append(measure(base_url, path))
        return results


def build_site(stack, database):
    """A new SQLite database with the demo content, and the static files."""
    connections.close_all()
    database.unlink(missing_ok=True)
    loading = {**stack.environment, "TASKS_BACKEND": IMMEDIATE_TASKS}
    stack.manage("compile_catalogues")
    stack.manage("migrate", "--noinput")
    stack.manage("load_demo_content", environment=loading)
    stack.manage("collectstatic", "--noinput", timeout=300)


def page_paths():
    paths = []
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for slug in PAGES:
            english = Page.objects.get(slug=slug, locale__language_code="en")
            paths.append(english.get_translation(locale).url)
    return paths


def chromium():
    path = shutil.which(os.environ.get("CHROMIUM_PATH", "chromium"))
    if not path:
        raise StackError("Install Debian's chromium (apt-get install chromium).")
    return path


def measure(base_url, path):
    command = [
        program("npx"),
        "--yes",
        LIGHTHOUSE,
        base_url + path,
        "--quiet",
        "--form-factor=mobile",
        "--chrome-flags=--headless --no-sandbox",
        "--output=json",
        "--output-path=stdout",
    ]
    completed = subprocess.run(
        command,
        env={**os.environ, "CHROME_PATH": chromium()},
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
    )
    if completed.returncode:
        raise StackError(f"Lighthouse failed on {path}:\n{completed.stderr[-2000:]}")
    report = json.loads(completed.stdout)
    return Result(
        path=path,
        scores={
            name: round(report["categories"][name]["score"] * 100)
            for name in CATEGORIES
        },
        metrics={name: report["audits"][name]["displayValue"] for name in METRICS},
    )


def markdown_table(results):
    headings = ["page", *CATEGORIES, "FCP", "LCP", "TBT"]
    lines = [
        "| " + " | ".join(headings) + " |",
        "| --- |" + " ---: |" * (len(headings) - 1),
    ]
    for result in results:
        scores = " | ".join(str(result.scores[name]) for name in CATEGORIES)
        metrics = " | ".join(result.metrics[name] for name in METRICS)
        lines.append(f"| `{result.path}` | {scores} | {metrics} |")
    return "\n".join(lines)


def below_full_marks(results):
    return [
        f"{result.path}: {name} {score}"
        for result in results
        for name, score in result.scores.items()
        if score < 100
    ]
