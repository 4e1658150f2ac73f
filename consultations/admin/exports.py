"""What an export of the request listing holds, column by column.

Times are written in ISO 8601 with their offset (`2026-12-01T09:30:00-05:00`):
unambiguous across the daylight-saving change and read by every spreadsheet.
The prospect's message goes only to those who may export full records.
"""

from django.utils import timezone

from ..scheduling import CONSULTATION_TIME_ZONE
from .display import assignee_name, choice_label, place_of

#: Columns left out for those who may export, but not full records.
FULL_RECORD_ONLY = {"message"}


def iso_time(moment, time_zone=None):
    """A moment in ISO 8601, to the second, with the offset of its zone."""
    if moment is None:
        return ""
    return timezone.localtime(moment, time_zone).replace(microsecond=0).isoformat()


EXPORT_VALUES = {
    "reference": lambda item: item.reference,
    "created_at": lambda item: iso_time(item.created_at),
    "full_name": lambda item: item.full_name,
    "email": lambda item: item.email,
    "phone": lambda item: str(item.phone or ""),
    "matter": choice_label("matter"),
    "place": place_of,
    "preferred_language": choice_label("preferred_language"),
    "language": choice_label("language"),
    "is_urgent": lambda item: item.is_urgent,
    "status": choice_label("status"),
    "assigned_to": assignee_name,
    "follow_up_on": lambda item: item.follow_up_on,
    "contact_method": choice_label("contact_method"),
    "best_time": choice_label("best_time"),
    "consultation_at": lambda item: iso_time(
        item.consultation_at, CONSULTATION_TIME_ZONE
    ),
    "message": lambda item: item.message,
}


def export_fields(list_export, *, full_records):
    """The columns a user may export: all, or all but the full record's."""
    if full_records:
        return list_export
    return [field for field in list_export if field not in FULL_RECORD_ONLY]
