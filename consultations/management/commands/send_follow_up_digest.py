import logging
import smtplib
from collections import Counter, defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from consultations.models.digests import FollowUpDigest
from consultations.reports import overdue_follow_ups, unanswered_for_a_business_day
from firm_site.base.models import FirmSettings

logger = logging.getLogger(__name__)

SENT, ALREADY_SENT, FAILED = "sent", "already sent", "failed"


class Command(BaseCommand):
    help = (
        "E-mail each assignee, and the intake address for unassigned requests, the "
        "requests new for more than a business day or past their follow-up date: "
        "references and links only. Safe to run hourly: each address gets one "
        "digest a day."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        today = timezone.localdate(now)
        outcomes = Counter(
            self.send_once(recipient, lines, today)
            for recipient, lines in self.digests(now, today).items()
        )
        self.stdout.write(
            f"Sent {outcomes[SENT]} digest(s); {outcomes[ALREADY_SENT]} already sent "
            "today."
        )
        if outcomes[FAILED]:
            raise CommandError(
                f"{outcomes[FAILED]} digest(s) could not be sent; the next run retries."
            )

    def digests(self, now, today):
        """Lines to send, by address."""
        intake_address = self.intake_address()
        digests = defaultdict(list)
        unanswered = unanswered_for_a_business_day(now).select_related("assigned_to")
        overdue = overdue_follow_ups(today).select_related("assigned_to")
        reasons = {}
        for consultation_request in unanswered:
            reasons[consultation_request] = "new"
        for consultation_request in overdue:
            reasons.setdefault(consultation_request, "follow_up")
        for consultation_request, reason in sorted(
            reasons.items(), key=lambda item: item[0].created_at
        ):
            recipient = self.recipient_of(consultation_request) or intake_address
            if not recipient:
                logger.warning(
                    "No intake address in the firm settings; %s not reminded.",
                    consultation_request.reference,
                )
                continue
            digests[recipient].append(self.line(consultation_request, reason))
        return digests

    def recipient_of(self, consultation_request):
        assignee = consultation_request.assigned_to
        if assignee and assignee.is_active and assignee.email:
            return assignee.email
        return None

    def intake_address(self):
        site = Site.objects.filter(is_default_site=True).first()
        return site and FirmSettings.for_site(site).intake_email

    def line(self, consultation_request, reason):
        return {
            "reference": consultation_request.reference,
            "reason": reason,
            "received": timezone.localtime(consultation_request.created_at),
            "follow_up_on": consultation_request.follow_up_on,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("consultation_requests:inspect", args=[consultation_request.pk]),
        }

    def send_once(self, recipient, lines, today):
        """Send unless this address already had today's digest; a failed send is
        forgotten, so the next run tries again."""
        try:
            with transaction.atomic():
                digest = FollowUpDigest.objects.create(
                    recipient=recipient, sent_on=today, request_count=len(lines)
                )
        except IntegrityError:
            return ALREADY_SENT
        context = {"lines": lines, "today": today}
        try:
            send_mail(
                render_to_string(
                    "consultations/admin/email/digest_subject.txt", context
                ).strip(),
                render_to_string("consultations/admin/email/digest.txt", context),
                None,
                [recipient],
            )
        except (smtplib.SMTPException, OSError):
            digest.delete()
            logger.exception("The follow-up digest could not be sent.")
            return FAILED
        return SENT
