from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench.bench import run_benchmark


class Command(BaseCommand):
    help = (
        "Benchmark the site at volume on this machine (PostgreSQL, Redis, gunicorn, "
        "Varnish, nginx, wrk; loopback only) and write docs/benchmarks.md. Run it "
        "through `make bench`, which sets the production environment it needs."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--reuse-db",
            action="store_true",
            help="Keep the benchmark database if it already holds requests.",
        )

    def handle(self, *args, reuse_db, **options):
        if (
            settings.DEBUG
            or "postgresql" not in settings.DATABASES["default"]["ENGINE"]
        ):
            raise CommandError(
                "Run through `make bench`: production settings on PostgreSQL."
            )
        if not run_benchmark(self.stdout.write, reuse_database=reuse_db):
            raise CommandError("Some targets were missed; see docs/benchmarks.md.")
        self.stdout.write(self.style.SUCCESS("Every target met."))
