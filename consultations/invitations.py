"""A scheduled consultation as an iCalendar (RFC 5545) event, for the prospect's
calendar: the firm, the time and the reference, nothing about the prospect.

Written by the `icalendar` library; times in UTC, which every calendar reads.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

CONSULTATION_LENGTH = datetime.timedelta(minutes=30)


def invitation_calendar(
    consultation_request, firm, *, domain, sequence, length=CONSULTATION_LENGTH
):
    """The calendar file's bytes; `sequence` counts earlier versions of the event,
    so a rescheduled consultation replaces the first in the prospect's calendar."""
    starts_at = consultation_request.consultation_at.astimezone(datetime.UTC)
    event = Event()
    event.add("uid", f"{consultation_request.reference}@{domain}")
    event.add("sequence", max(sequence, 0))
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", starts_at)
    event.add("dtend", starts_at + length)
    event.add(
        "summary", _("Free consultation with %(firm)s") % {"firm": firm.firm_name}
    )
    event.add(
        "description",
        _("Reference %(reference)s. To change the time, call %(phone)s.")
        % {"reference": consultation_request.reference, "phone": firm.phone},
    )
    event.add("location", firm.address or firm.phone)
    calendar = Calendar()
    calendar.add("prodid", f"-//{firm.firm_name}//Consultations//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()
