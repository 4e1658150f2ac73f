"""The WSGI module hands the app server a worker whose start-up objects the
garbage collector no longer scans (docs/performance.md, "Garbage collection
pauses"). It runs in its own process: freezing this one would change the tests."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOADED_BY_A_WORKER = """
import gc, sys
import firm_site.wsgi
print(gc.get_freeze_count(), len(gc.get_objects()), "firm_site.urls" in sys.modules)
"""


def test_a_worker_loads_the_urls_and_freezes_what_it_loaded():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "firm_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "www.firm.example",
    }

    result = subprocess.run(  # noqa: S603 (our own module)
        [sys.executable, "-c", LOADED_BY_A_WORKER],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )

    frozen, still_collected, urls_loaded = result.stdout.split()
    assert urls_loaded == "True"
    assert int(frozen) > 100 * int(still_collected)
