"""When a consultation may be set: never in the past, and within the firm's office
hours unless staff know better (a warning, never a refusal: an attorney may take
an evening call for a detained client's family)."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, timezone
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


def show_date(iso_date):
    """A date kept as ISO 8601, as staff read it; a dash for none."""
    if not iso_date:
        return "—"
    return formats.date_format(datetime.date.fromisoformat(iso_date), "DATE_FORMAT")


def show_date_time(iso_date_time):
    """A consultation time kept as ISO 8601, in Connecticut time; a dash for none."""
    if not iso_date_time:
        return "—"
    local = timezone.localtime(
        datetime.datetime.fromisoformat(iso_date_time), CONSULTATION_TIME_ZONE
    )
    return formats.date_format(local, "DATETIME_FORMAT")
