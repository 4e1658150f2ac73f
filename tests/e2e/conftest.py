"""Browser journeys: Debian's Chromium, driven by Playwright, against the live site.

One browser for all of them and a new browser context (cookies, viewport,
language) for each test. pytest-django's ``live_server`` serves the site, static
files included, on a free loopback port. The server reads the database from its
own thread, so these tests are transactional: each one starts from the demo
content (built once, kept as fixture files and loaded before every test), and
the database is emptied after it.
"""

import os
import shutil

import pytest
from django.test import override_settings
from playwright.sync_api import sync_playwright

from tests.database_rows import dump_rows, restore_rows
from tests.demo_content import demo_content_until_rolled_back
from tests.e2e.answers import is_a_failure
from tests.e2e.site import DESKTOP, DemoSite

# A closed network: nothing that phones home, nothing that needs a GPU or a sandbox.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
MISSING_CHROMIUM = (
    "Chromium is not installed, so the browser tests cannot run. Install Debian's "
    "package with `apt-get install chromium` (or set CHROMIUM_PATH to a Chromium "
    "binary); never `playwright install`."
)
# The demo build's page history (it names deleted pages) and sessions are of no
# use to a browser test.
UNNEEDED_ROWS = ["sessions", "wagtailcore.pagelogentry"]
# Fail fast: a missing element is a failure, not a 30-second wait.
TIMEOUT_MS = 10_000


def chromium_path():
    """Debian's `chromium` on the PATH, or the binary CHROMIUM_PATH names."""
    return shutil.which(os.environ.get("CHROMIUM_PATH", "chromium"))


def running_in_ci():
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests, closed after the last of them.

    Playwright's sync API keeps an asyncio event loop in the test thread, so
    Django takes every ORM call made there, the tests' own and the database's
    set-up and flush between them, for one made from async code and refuses it
    (SynchronousOnlyOperation). Nothing runs concurrently with those calls: the
    test waits on the browser or on the database, never both. So Django's
    documented switch is on while the browser runs, and only then: it must not
    reach the rest of the suite, nor the programs it starts (`check --deploy`
    refuses it).
    https://docs.djangoproject.com/en/5.2/topics/async/#async-safety
    """
    executable = chromium_path()
    if not executable:
        if running_in_ci():
            pytest.fail(MISSING_CHROMIUM)
        pytest.skip(MISSING_CHROMIUM)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()


@pytest.fixture(scope="package")
def demo_media_root(tmp_path_factory):
    """Where the demo build writes its images, kept for every browser test."""
    return tmp_path_factory.mktemp("demo_media")


@pytest.fixture(scope="package")
def demo_content_fixtures(
    migrated_rows, django_db_blocker, tmp_path_factory, demo_media_root
):
    """The migrated database with the demo content, as Django fixture files,
    built once (it takes seconds).

    A transactional test that ran before may have emptied the database, so the
    build starts from what migrations made (`migrated_rows`); it is rolled back
    once dumped. Each browser test loads the files (`demo_site`). The images it
    draws go to `demo_media_root`, not to the project's media folder.
    """
    with django_db_blocker.unblock():
        restore_rows(migrated_rows)
    with (
        override_settings(MEDIA_ROOT=demo_media_root),
        demo_content_until_rolled_back(django_db_blocker),
    ):
        return dump_rows(tmp_path_factory.mktemp("demo_content"), UNNEEDED_ROWS)


@pytest.fixture
def demo_site(demo_content_fixtures, demo_media_root, live_server, settings):
    """The demo site, served by the live server with its images, with the form's
    time-trap off: a browser fills the form faster than the 3 seconds a person
    needs.

    The database is emptied and filled from the fixture files, what migrations
    made included, as Django's serialized rollback would do: that rollback
    cannot, because Playwright's event loop gives the test thread a database
    connection of its own, without the state Django kept for it.
    """
    restore_rows(demo_content_fixtures)
    settings.CONSULTATION_TIME_TRAP_MIN_SECONDS = 0
    settings.MEDIA_ROOT = demo_media_root
    settings.ROOT_URLCONF = "tests.e2e.urls"
    return DemoSite(live_server.url)


@pytest.fixture
def open_browser_page(browser, demo_site):
    """Open a tab in a new context: `open_browser_page(viewport=PHONE)`.

    Every stylesheet, script, image or font the site asks for must load (a 304
    revalidation counts as loaded), and no answer may be a server error, even
    one the test did not look at: the test fails at teardown otherwise.
    """
    contexts = []
    failures = []

    def record_failure(response):
        kind = response.request.resource_type
        if is_a_failure(response.status, kind):
            failures.append(f"{response.status} {kind} {response.url}")

    def open_browser_page(viewport=DESKTOP, browser_language="en-US"):
        context = browser.new_context(
            base_url=demo_site.url,
            viewport=viewport,
            locale=browser_language,
            service_workers="block",
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.on("response", record_failure)
        contexts.append(context)
        return context.new_page()

    yield open_browser_page
    for context in contexts:
        context.close()
    assert not failures, "Server errors or missing assets:\n" + "\n".join(failures)
