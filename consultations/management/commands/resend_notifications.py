from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from consultations.models.requests import ConsultationRequest
from consultations.tasks import queue_notifications


class Command(BaseCommand):
    help = (
        "Queue again the e-mails of consultation requests that have not gone out "
        "(the mail server failed, or a task was lost). Safe to run from cron: an "
        "e-mail already sent is never sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--after-minutes",
            type=int,
            default=10,
            help="Leave requests queued less than this long ago to the worker.",
        )
        parser.add_argument(
            "--within-days",
            type=int,
            default=7,
            help="Give up on requests received longer ago than this.",
        )

    def handle(self, *args, after_minutes, within_days, **options):
        now = timezone.now()
        waiting = ConsultationRequest.objects.awaiting_notification(
            queued_before=now - timedelta(minutes=after_minutes),
            received_after=now - timedelta(days=within_days),
        )
        count = 0
        for consultation_request in waiting.iterator():
            queue_notifications(consultation_request)
            count += 1
        self.stdout.write(f"Queued the notifications of {count} request(s) again.")
