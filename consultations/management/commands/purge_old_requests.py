import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone

from consultations.choices import CLOSED_STATUSES, Status
from consultations.erasure import delete_requests
from consultations.models.conflicts import ClientListImport
from consultations.models.requests import ConsultationRequest

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
#: How long an uploaded client list waits for the attorney's confirmation.
UNCONFIRMED_IMPORT_LIFETIME = datetime.timedelta(days=1)


class Command(BaseCommand):
    help = (
        "Delete closed consultation requests whose last status change is older than "
        "CONSULTATION_RETENTION_DAYS, and spam older than "
        "CONSULTATION_SPAM_RETENTION_DAYS, with their history, notes, other people "
        "involved, conflict checks and search index entries, and client list "
        "uploads never confirmed within a day. --dry-run only says what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what would be deleted and delete nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        closed = [status for status in CLOSED_STATUSES if status != Status.SPAM]
        kinds = [
            ("closed", closed, settings.CONSULTATION_RETENTION_DAYS),
            ("spam", [Status.SPAM], settings.CONSULTATION_SPAM_RETENTION_DAYS),
        ]
        for kind, statuses, days in kinds:
            expired = self.expired(statuses, now - datetime.timedelta(days=days))
            references = sorted(expired.values_list("reference", flat=True))
            if dry_run:
                self.stdout.write(
                    f"Would delete {len(references)} {kind} request(s) older than "
                    f"{days} days: {', '.join(references) or '-'}"
                )
                continue
            self.delete(expired.values_list("pk", flat=True))
            logger.info(
                "Retention: deleted %d %s consultation request(s) older than %d days.",
                len(references),
                kind,
                days,
            )
            self.stdout.write(
                f"Deleted {len(references)} {kind} request(s) older than {days} days."
            )
        self.purge_unconfirmed_imports(now - UNCONFIRMED_IMPORT_LIFETIME, dry_run)

    def purge_unconfirmed_imports(self, before, dry_run):
        """An upload holds the whole client list until confirmed: one left
        unconfirmed goes after a day."""
        unconfirmed = ClientListImport.objects.filter(
            applied_at__isnull=True, uploaded_at__lt=before
        )
        if dry_run:
            self.stdout.write(
                f"Would delete {unconfirmed.count()} unconfirmed client list upload(s)."
            )
            return
        deleted, _by_model = unconfirmed.delete()
        self.stdout.write(f"Deleted {deleted} unconfirmed client list upload(s).")

    def expired(self, statuses, before):
        return (
            ConsultationRequest.objects.filter(status__in=statuses)
            .alias(
                last_change=Coalesce(Max("status_changes__changed_at"), "created_at")
            )
            .filter(last_change__lt=before)
        )

    def delete(self, primary_keys):
        primary_keys = list(primary_keys)
        for start in range(0, len(primary_keys), BATCH_SIZE):
            batch = ConsultationRequest.objects.filter(
                pk__in=primary_keys[start : start + BATCH_SIZE]
            )
            delete_requests(batch, action="consultations.purge")
