"""The intake's models, gathered here because Django looks for them here.

The data (requests, their history, digests) imports nothing from the form or the
intake service; only `page.py` does. Code inside `consultations/` imports the
module it needs (`consultations.models.requests`), so no arrow leads back here.
"""

from .booking import (
    Booking,
    BookingLink,
    CalendarException,
    CalendarFeed,
    ConsultationCalendar,
    WeeklyHours,
)
from .conflicts import ClientListEntry, ClientListImport, ConflictCheck, OtherParty
from .digests import FollowUpDigest
from .history import DetailChange, InternalNote, StatusChange
from .page import ConsultationPage
from .requests import ConsultationRequest, ConsultationRequestQuerySet

__all__ = [
    "Booking",
    "BookingLink",
    "CalendarException",
    "CalendarFeed",
    "ConsultationCalendar",
    "WeeklyHours",
    "ClientListEntry",
    "ClientListImport",
    "ConflictCheck",
    "OtherParty",
    "ConsultationPage",
    "ConsultationRequest",
    "ConsultationRequestQuerySet",
    "DetailChange",
    "FollowUpDigest",
    "InternalNote",
    "StatusChange",
]
