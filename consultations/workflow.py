"""The status workflow and the staff's work on a request.

Every change to a request's status, assignee, follow-up date or notes goes through
these functions, so each one writes its history row and its audit-log entry. The
audit log carries ids, statuses and dates only, never what the prospect wrote.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ModelLogEntry

from .choices import ConflictOutcome, Status
from .models.conflicts import ConflictCheck
from .models.history import DetailChange, InternalNote, StatusChange
from .models.requests import ConsultationRequest
from .permissions import staff_who_work_requests
from .scheduling import check_consultation_time, show_date, show_date_time
from .tasks import queue_assignment_notice, queue_notifications

#: Which status may follow which. Anything not listed is refused.
TRANSITIONS = {
    Status.NEW: (
        Status.CONTACTED,
        Status.SCHEDULED,
        Status.DECLINED,
        Status.DECLINED_CONFLICT,
        Status.NO_RESPONSE,
        Status.SPAM,
    ),
    Status.CONTACTED: (
        Status.SCHEDULED,
        Status.DECLINED,
        Status.DECLINED_CONFLICT,
        Status.NO_RESPONSE,
        Status.SPAM,
    ),
    # Scheduled again: the consultation moved to another date.
    # Contacted again: the prospect cancelled the consultation.
    Status.SCHEDULED: (
        Status.CONTACTED,
        Status.SCHEDULED,
        Status.HELD,
        Status.DECLINED,
        Status.DECLINED_CONFLICT,
        Status.NO_RESPONSE,
    ),
    Status.HELD: (Status.RETAINED, Status.DECLINED, Status.NO_RESPONSE),
    Status.RETAINED: (),
    Status.DECLINED: (),
    Status.DECLINED_CONFLICT: (),
    # The prospect called back after all.
    Status.NO_RESPONSE: (Status.CONTACTED,),
    # A false alarm of the spam defenses goes back to the queue.
    Status.SPAM: (Status.NEW,),
}


class TransitionNotAllowed(ValidationError):
    pass


def allowed_transitions(status):
    return TRANSITIONS[Status(status)]


def check_transition(from_status, to_status):
    if to_status not in allowed_transitions(from_status):
        raise TransitionNotAllowed(
            _("A request that is “%(from)s” cannot become “%(to)s”."),
            code="transition_not_allowed",
            params={"from": Status(from_status).label, "to": Status(to_status).label},
        )


def check_conflict_cleared(consultation_request):
    """The gate before a consultation is held (ABA Model Rule 1.18): raises until
    an attorney cleared the request's conflict check. A prospect may book a time
    before that; the attorney clears the check before the meeting."""
    check = ConflictCheck.objects.filter(request=consultation_request).first()
    if not (check and check.is_cleared):
        raise TransitionNotAllowed(
            _("An attorney must clear the conflict check before the consultation."),
            code="conflict_check_pending",
        )


def check_conflict_gate(consultation_request, to_status):
    """ "Consultation held" only once cleared, and "Declined (conflict)" only
    after an attorney found a conflict."""
    if to_status == Status.HELD:
        check_conflict_cleared(consultation_request)
    if (
        to_status == Status.DECLINED_CONFLICT
        and not ConflictCheck.objects.filter(
            request=consultation_request, outcome=ConflictOutcome.CONFLICT
        ).exists()
    ):
        raise TransitionNotAllowed(
            _("Record the conflict on the conflict check first."),
            code="conflict_not_recorded",
        )


def change_status(consultation_request, to_status, *, user, note="", when=None):
    """Move a request to another status; `when` is the consultation's date and
    time, required when scheduling."""
    if to_status == Status.SCHEDULED and when is None:
        raise ValidationError(
            _("Give the consultation's date and time."), code="consultation_at"
        )
    if to_status == Status.SCHEDULED:
        check_consultation_time(when)
    with transaction.atomic():
        current = ConsultationRequest.objects.select_for_update(no_key=True).get(
            pk=consultation_request.pk
        )
        check_transition(current.status, to_status)
        check_conflict_gate(current, to_status)
        change = StatusChange.objects.create(
            request=current,
            from_status=current.status,
            to_status=to_status,
            changed_by=user,
            note=note.strip(),
        )
        current.status = to_status
        updated_fields = ["status", "updated_at"]
        if to_status == Status.SCHEDULED:
            record_detail_change(
                current,
                DetailChange.Detail.CONSULTATION,
                current.consultation_at and current.consultation_at.isoformat(),
                when.isoformat(),
                user=user,
            )
            current.consultation_at = when
            updated_fields.append("consultation_at")
        current.save(update_fields=updated_fields)
        if change.from_status == Status.SPAM:
            # Released: the prospect's acknowledgement, held while it was spam.
            queue_notifications(current)
        _audit(
            current,
            "consultations.status_change",
            user,
            {"from": change.from_status, "to": change.to_status},
        )
    consultation_request.status = current.status
    consultation_request.consultation_at = current.consultation_at
    return change


def assign(consultation_request, assignee, *, user):
    """Give the request to a member of staff, or to nobody (assignee None).

    A new assignee other than the one assigning is told by e-mail."""
    if (
        assignee is not None
        and not staff_who_work_requests().filter(pk=assignee.pk).exists()
    ):
        raise ValidationError(
            _("%(name)s does not work on consultation requests."),
            code="assignee",
            params={"name": get_user_display_name(assignee)},
        )
    previous = consultation_request.assigned_to
    newly_assigned = assignee is not None and assignee != previous
    with transaction.atomic():
        consultation_request.assigned_to = assignee
        consultation_request.save(update_fields=["assigned_to", "updated_at"])
        record_detail_change(
            consultation_request,
            DetailChange.Detail.ASSIGNEE,
            previous and get_user_display_name(previous),
            assignee and get_user_display_name(assignee),
            user=user,
        )
        if newly_assigned and assignee != user:
            queue_assignment_notice(consultation_request, assignee)
        _audit(
            consultation_request,
            "consultations.assign",
            user,
            {
                "assignee_id": assignee and assignee.pk,
                "assignee": assignee and get_user_display_name(assignee),
                "previous_assignee": previous and get_user_display_name(previous),
            },
        )


def set_follow_up(consultation_request, follow_up_on, *, user):
    """Set the next follow-up date, or clear it (None)."""
    previous = consultation_request.follow_up_on
    with transaction.atomic():
        consultation_request.follow_up_on = follow_up_on
        consultation_request.save(update_fields=["follow_up_on", "updated_at"])
        record_detail_change(
            consultation_request,
            DetailChange.Detail.FOLLOW_UP,
            previous and previous.isoformat(),
            follow_up_on and follow_up_on.isoformat(),
            user=user,
        )
        _audit(
            consultation_request,
            "consultations.follow_up",
            user,
            {
                "follow_up_on": follow_up_on and follow_up_on.isoformat(),
                "previous_follow_up_on": previous and previous.isoformat(),
            },
        )


def record_detail_change(consultation_request, detail, old_value, new_value, *, user):
    """One history row and one audit entry for a change to a detail; the audit
    entry carries only names of staff, dates and times."""
    if old_value == new_value:
        return
    DetailChange.objects.create(
        request=consultation_request,
        detail=detail,
        old_value=old_value or "",
        new_value=new_value or "",
        changed_by=user,
    )
    if detail == DetailChange.Detail.CONSULTATION:
        _audit(
            consultation_request,
            "consultations.consultation_time",
            user,
            {"from": old_value, "to": new_value},
        )


def add_note(consultation_request, text, *, user):
    note = InternalNote.objects.create(
        request=consultation_request, author=user, text=text.strip()
    )
    _audit(consultation_request, "consultations.note", user, {"note_id": note.pk})
    return note


def record_view(consultation_request, *, user):
    _audit(consultation_request, "consultations.view", user, {})


def record_export(consultation_requests, *, user, file_format):
    _audit_each(
        consultation_requests, "consultations.export", user, {"format": file_format}
    )


def _audit_each(consultation_requests, action, user, data):
    """One audit entry per request, written in batches (an export may hold
    thousands); no uuid, so Wagtail's history view shows each one."""
    content_type = ContentType.objects.get_for_model(ConsultationRequest)
    now = timezone.now()
    entries = (
        ModelLogEntry(
            content_type=content_type,
            object_id=str(pk),
            label=reference,
            action=action,
            timestamp=now,
            user=user,
            data=data,
        )
        for pk, reference in consultation_requests.values_list("pk", "reference")
    )
    ModelLogEntry.objects.bulk_create(entries, batch_size=500)


def _audit(consultation_request, action, user, data):
    # A fresh uuid per entry: Wagtail's history view keeps only the latest entry
    # for each uuid and action, which would hide all but one request of a bulk
    # action done in one HTTP request.
    log(
        instance=consultation_request,
        action=action,
        user=user,
        uuid=uuid.uuid4(),
        data=data,
    )


class StatusChangeFormatter(LogFormatter):
    label = _("Change status")

    def format_message(self, log_entry):
        return _("Status changed from “%(from)s” to “%(to)s”") % {
            "from": Status(log_entry.data["from"]).label,
            "to": Status(log_entry.data["to"]).label,
        }


class AssignFormatter(LogFormatter):
    label = _("Assign")

    def format_message(self, log_entry):
        return _("Assigned to: %(old)s → %(new)s") % {
            "old": log_entry.data.get("previous_assignee") or _("nobody"),
            "new": log_entry.data.get("assignee") or _("nobody"),
        }


class FollowUpFormatter(LogFormatter):
    label = _("Set follow-up")

    def format_message(self, log_entry):
        return _("Next follow-up: %(old)s → %(new)s") % {
            "old": show_date(log_entry.data.get("previous_follow_up_on")),
            "new": show_date(log_entry.data.get("follow_up_on")),
        }


class ConsultationTimeFormatter(LogFormatter):
    label = _("Set consultation time")

    def format_message(self, log_entry):
        return _("Consultation time: %(old)s → %(new)s") % {
            "old": show_date_time(log_entry.data.get("from")),
            "new": show_date_time(log_entry.data.get("to")),
        }


def register_log_actions(actions):
    actions.register_action("consultations.view", _("View"), _("Viewed"))
    actions.register_action(
        "consultations.note", _("Add internal note"), _("Internal note added")
    )
    actions.register_action("consultations.export", _("Export"), _("Exported"))
    actions.register_action(
        "consultations.purge", _("Delete by retention"), _("Deleted by retention")
    )
    actions.register_action("consultations.status_change")(StatusChangeFormatter)
    actions.register_action("consultations.assign")(AssignFormatter)
    actions.register_action("consultations.follow_up")(FollowUpFormatter)
    actions.register_action("consultations.consultation_time")(
        ConsultationTimeFormatter
    )
