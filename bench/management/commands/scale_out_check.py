import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench.scale_out import run_scale_out_check
from bench.stack import install_missing_tools, start_postgresql_if_needed


class Command(BaseCommand):
    help = (
        "Run two app servers behind nginx over one PostgreSQL, one Redis and one "
        "tasks worker, and check they behave as one: every request stored once, "
        "one rate limit, a publish on one fresh on the other. Prints PASS/FAIL. "
        "Run it through `make scale-out-check`."
    )
    requires_system_checks = []

    def handle(self, *args, **options):
        engine = settings.DATABASES["default"]["ENGINE"]
        if settings.DEBUG or "postgresql" not in engine:
            raise CommandError(
                "Run through `make scale-out-check`: production settings on PostgreSQL."
            )
        install_missing_tools()
        start_postgresql_if_needed()
        checks = run_scale_out_check(self.stdout.write, dict(os.environ))
        if not all(check.passed for check in checks):
            raise CommandError("FAIL: the app servers do not behave as one.")
        self.stdout.write(self.style.SUCCESS("PASS: the app servers behave as one."))
