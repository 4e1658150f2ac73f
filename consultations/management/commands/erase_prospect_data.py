from django.core.management.base import BaseCommand

from consultations.erasure import delete_requests
from firm_site.users.superusers import superuser_named

from .export_prospect_data import add_prospect_arguments, find_requests


class Command(BaseCommand):
    help = (
        "Erase everything held about a prospect who asks for it: their requests, "
        "history, notes and search entries, and their details in the audit log, "
        "where the erasure itself is recorded by reference. Superusers only. "
        "--dry-run lists what would go. Keep the references printed: a restored "
        "backup must be erased again (docs/runbook.md)."
    )

    def add_arguments(self, parser):
        add_prospect_arguments(parser)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List the requests that would be erased and erase nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        superuser = superuser_named(options["by"])
        requests = find_requests(options)
        if dry_run:
            references = [request.reference for request in requests]
            self.stdout.write(
                f"Would erase {len(references)} request(s): "
                f"{', '.join(references) or '-'}"
            )
            return
        erased = delete_requests(requests, action="consultations.erase", user=superuser)
        self.stdout.write(
            f"Erased {len(erased)} request(s): {', '.join(erased) or '-'}"
        )
