"""When a consultation may be set: never in the past, and within the firm's office
hours unless staff know better (a warning, never a refusal: an attorney may take
an evening call for a detained client's family)."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Consultations are held, and office hours kept, in Connecticut.
CONSULTATION_TIME_ZONE = ZoneInfo("America/New_York")


def check_consultation_time(when):
    """Refuse a consultation time that has already passed."""
    if when <= timezone.now():
        raise ValidationError(
            _(
                "The consultation's date and time have already passed: "
                "choose a time from now on."
            ),
            code="consultation_in_the_past",
        )


def within_office_hours(when):
    """Whether a time falls in `FIRM_OFFICE_HOURS` (weekday: opening, closing),
    read in Connecticut time."""
    local = timezone.localtime(when, CONSULTATION_TIME_ZONE)
    hours = settings.FIRM_OFFICE_HOURS.get(local.weekday())
    if hours is None:
        return False
    opening, closing = (datetime.time.fromisoformat(value) for value in hours)
    return opening <= local.time() < closing
