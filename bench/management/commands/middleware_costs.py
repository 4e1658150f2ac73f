from django.core.management import call_command
from django.core.management.base import BaseCommand

from bench.costs import report


class Command(BaseCommand):
    help = (
        "Python calls, SQL queries and cache round trips per request, with the "
        "full middleware and with each one removed (for docs/performance.md)."
    )

    def handle(self, *args, **options):
        # Production's static files storage reads the manifest collectstatic writes.
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(report())
