"""The benchmark's own process: production settings plus the harness.

`make bench` and `make scale-out-check` run `manage.py` with these settings to
build the database and drive the load. They add only the two apps production
leaves out: `bench` (its commands) and `firm_site.demo` (the content it loads).
The app servers and the tasks worker the harness starts run
`firm_site.settings.production` itself, as deployed (bench/stack.py).
"""

from firm_site.settings.production import *  # noqa: F403
from firm_site.settings.production import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "firm_site.demo", "bench"]
