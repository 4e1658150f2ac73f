from django.core.management.base import BaseCommand

from consultations.booking.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail a reminder to each prospect whose booked consultation is within "
        "24 hours. Run from cron every 10 minutes; a booking is reminded once."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} reminder(s) sent.")
