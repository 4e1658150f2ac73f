"""An attorney's consultations as an iCalendar feed for their own calendar app.

The feed's address holds a secret per member of staff, which they can reset. It
carries references and times only: no prospect's name, contact or matter.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from ..models.booking import Booking, CalendarFeed, ConsultationCalendar, new_secret

FEED_PAST = datetime.timedelta(days=30)


def feed_for(user):
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def reset_feed(user):
    CalendarFeed.objects.update_or_create(user=user, defaults={"secret": new_secret()})


def calendars_of(user):
    """The user's own calendar, or the firm's when they have none."""
    own = ConsultationCalendar.objects.filter(attorney=user)
    if own.exists():
        return own
    return ConsultationCalendar.objects.filter(attorney__isnull=True)


def feed_calendar(feed, *, domain, firm_name):
    calendar = Calendar()
    calendar.add("prodid", f"-//{firm_name}//Consultations//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Free consultations"))
    bookings = (
        Booking.objects.booked()
        .filter(
            calendar__in=calendars_of(feed.user),
            starts_at__gte=timezone.now() - FEED_PAST,
        )
        .select_related("request")
        .only("pk", "starts_at", "ends_at", "mode", "request__reference")
    )
    for booking in bookings:
        calendar.add_component(booking_event(booking, domain))
    return calendar.to_ical()


def booking_event(booking, domain):
    event = Event()
    event.add("uid", f"booking-{booking.pk}@{domain}")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    event.add("dtstart", booking.starts_at.astimezone(datetime.UTC))
    event.add("dtend", booking.ends_at.astimezone(datetime.UTC))
    event.add(
        "summary",
        _("Consultation %(reference)s (%(mode)s)")
        % {"reference": booking.request.reference, "mode": booking.get_mode_display()},
    )
    return event
