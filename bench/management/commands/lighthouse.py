from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench.lighthouse import below_full_marks, markdown_table, run_lighthouse


class Command(BaseCommand):
    help = (
        "Lighthouse on a phone for the home page, a city page, the consultation "
        "form and the know-your-rights page in English and Spanish, served as "
        "deployed (gunicorn with the production settings behind nginx) over a "
        "SQLite database of its own. Prints the scores as a Markdown table. Run "
        "it through `make lighthouse`; it needs Chromium and npx."
    )
    requires_system_checks = []

    def handle(self, *args, **options):
        if settings.DEBUG or "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
            raise CommandError(
                "Run through `make lighthouse`: production settings on SQLite."
            )
        results = run_lighthouse(self.stdout.write)
        self.stdout.write(markdown_table(results))
        below = below_full_marks(results)
        if below:
            self.stdout.write(
                "Below 100 (performance moves a point or two with the machine's "
                "load: run again on a quiet machine):\n"
                + "\n".join(f"- {line}" for line in below)
            )
        else:
            self.stdout.write(
                self.style.SUCCESS("100 in every category on every page.")
            )
