"""A request's one history, as its page lists it: status changes, changes to its
assignee, follow-up date and consultation time, conflict-check outcomes and
internal notes."""

from django.utils.translation import gettext_lazy as _

from ..choices import Status
from ..models.conflicts import ConflictCheck
from ..models.history import DetailChange, InternalNote, StatusChange
from ..scheduling import show_date, show_date_time
from .conflicts import outcome_title

SHOW_VALUE = {
    DetailChange.Detail.ASSIGNEE: lambda name: name or _("Nobody"),
    DetailChange.Detail.FOLLOW_UP: show_date,
    DetailChange.Detail.CONSULTATION: show_date_time,
}


class HistoryEvent:
    """One line of the history: when, who, what, and any note."""

    def __init__(self, at, who, title, text=""):
        self.at = at
        self.who = who
        self.title = title
        self.text = text

    @classmethod
    def from_status_change(cls, change):
        if change.from_status == change.to_status == Status.SCHEDULED:
            title = _("Consultation rescheduled")
        elif change.from_status:
            title = _("%(from)s → %(to)s") % {
                "from": change.get_from_status_display(),
                "to": change.get_to_status_display(),
            }
        else:
            title = _("Received as %(status)s") % {
                "status": change.get_to_status_display()
            }
        return cls(change.changed_at, change.changed_by, title, change.note)

    @classmethod
    def from_detail_change(cls, change):
        show = SHOW_VALUE[change.detail]
        title = _("%(detail)s: %(old)s → %(new)s") % {
            "detail": change.get_detail_display(),
            "old": show(change.old_value),
            "new": show(change.new_value),
        }
        return cls(change.changed_at, change.changed_by, title)

    @classmethod
    def from_conflict_check(cls, check):
        return cls(check.decided_at, check.decided_by, outcome_title(check), check.note)

    @classmethod
    def from_note(cls, note):
        return cls(note.created_at, note.author, _("Internal note"), note.text)


def request_history(consultation_request):
    """Every event of the request, the latest first."""
    events = [
        *map(
            HistoryEvent.from_status_change,
            StatusChange.objects.filter(request=consultation_request).select_related(
                "changed_by"
            ),
        ),
        *map(
            HistoryEvent.from_detail_change,
            DetailChange.objects.filter(request=consultation_request).select_related(
                "changed_by"
            ),
        ),
        *map(
            HistoryEvent.from_conflict_check,
            ConflictCheck.objects.filter(request=consultation_request).select_related(
                "decided_by"
            ),
        ),
        *map(
            HistoryEvent.from_note,
            InternalNote.objects.filter(request=consultation_request).select_related(
                "author"
            ),
        ),
    ]
    return sorted(events, key=lambda event: event.at, reverse=True)
