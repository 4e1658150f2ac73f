"""The reminder digests already sent, so each address gets one a day."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FollowUpDigest(models.Model):
    """A reminder digest sent to one address on one day.

    The digest command runs hourly; this row is what keeps it to one a day.
    """

    recipient = models.EmailField(_("recipient"))
    sent_on = models.DateField(_("sent on"))
    request_count = models.PositiveIntegerField(_("requests listed"))

    class Meta:
        verbose_name = _("follow-up digest")
        verbose_name_plural = _("follow-up digests")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "sent_on"], name="one_digest_a_day_per_recipient"
            )
        ]

    def __str__(self):
        return f"{self.recipient} {self.sent_on}"
