"""The one command an operator runs at each deploy (docs/deploy.md)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Release this checkout: compile the message catalogues, run "
        "`check --deploy` (warnings fail), migrate, collect static files. "
        "Stops at the first step that fails."
    )

    def handle(self, *args, **options):
        self.step("Compiling the message catalogues")
        call_command("compile_catalogues", stdout=self.stdout)
        # Before anything changes: wrong settings leave the database untouched.
        self.step("Checking the production settings")
        call_command("check", deploy=True, fail_level="WARNING", stdout=self.stdout)
        self.step("Migrating the database")
        call_command("migrate", interactive=False, stdout=self.stdout)
        self.step("Collecting static files")
        call_command("collectstatic", interactive=False, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Released."))

    def step(self, title):
        self.stdout.write(self.style.MIGRATE_HEADING(f"{title}…"))
