"""The WSGI application the app server loads once per worker process."""

import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "firm_site.settings.production")

application = get_wsgi_application()

# What a worker loads before its first request (Django, Wagtail, our apps, and the
# URLconf, loaded now rather than by that request) lives as long as the process.
# Frozen, the garbage collector leaves it alone: a full collection scans only what
# requests made, instead of pausing a request for ~100 ms now and then
# (docs/performance.md, "Garbage collection pauses").
import_module(settings.ROOT_URLCONF)
gc.freeze()
