"""Deleting prospects' requests so nothing of them is left to leak.

One function for every deletion — the retention command's, and a superuser's
erasure on the prospect's request — so each covers the same ground:

- the request's row, its history and notes (cascade) and its search-index
  entries (Wagtail's post_delete handler, which a queryset delete triggers);
- the audit log: earlier entries about the request keep who did what and when,
  labelled by the reference only, with only the non-personal fields kept, and
  marked deleted; one more entry records the deletion itself.

Backups still hold a deleted request until they expire: docs/runbook.md.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.phonenumber import to_python
from wagtail.models import ModelLogEntry

from .models.requests import ConsultationRequest

#: What audit-log entries about a request may keep once it is deleted: statuses,
#: dates, export formats and staff (never the prospect's words or details).
AUDIT_DATA_KEPT = {"from", "to", "format", "follow_up_on", "assignee_id", "assignee"}


def delete_requests(consultation_requests, *, action, user=None):
    """Delete the requests and scrub the audit log; `action` names why in a new
    audit entry for each ("consultations.purge", "consultations.erase")."""
    kept = dict(consultation_requests.values_list("pk", "reference"))
    with transaction.atomic():
        scrub_audit_log(kept)
        record_deletions(kept, action, user)
        ConsultationRequest.objects.filter(pk__in=kept).delete()
    return sorted(kept.values())


def audit_entries_of(primary_keys):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ConsultationRequest),
        object_id__in=[str(pk) for pk in primary_keys],
    )


def scrub_audit_log(references_by_pk):
    entries = list(audit_entries_of(references_by_pk))
    for entry in entries:
        entry.label = references_by_pk[int(entry.object_id)]
        entry.data = {
            key: value for key, value in entry.data.items() if key in AUDIT_DATA_KEPT
        }
        entry.deleted = True
    ModelLogEntry.objects.bulk_update(
        entries, ["label", "data", "deleted"], batch_size=500
    )


def record_deletions(references_by_pk, action, user):
    """One entry per request, no uuid, so each shows in the site history."""
    content_type = ContentType.objects.get_for_model(ConsultationRequest)
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        (
            ModelLogEntry(
                content_type=content_type,
                object_id=str(pk),
                label=reference,
                action=action,
                timestamp=now,
                user=user,
                data={},
                deleted=True,
            )
            for pk, reference in references_by_pk.items()
        ),
        batch_size=500,
    )


def register_log_actions(actions):
    actions.register_action(
        "consultations.erase",
        _("Erase on the prospect's request"),
        _("Erased on the prospect's request"),
    )
    actions.register_action(
        "consultations.data_export",
        _("Export for the prospect"),
        _("Exported for the prospect"),
    )


def requests_of_prospect(*, references=(), email="", phone=""):
    """The requests a prospect sent, found by reference, e-mail or phone (any of
    them); the phone in any way the form accepts it."""
    matches = Q(reference__in=[reference.strip().upper() for reference in references])
    if email:
        matches |= Q(email__iexact=email.strip())
    if phone:
        number = to_python(phone, region=settings.PHONENUMBER_DEFAULT_REGION)
        if not (number and number.is_valid()):
            raise ValueError(f"{phone!r} is not a phone number.")
        matches |= Q(phone=number)
    return ConsultationRequest.objects.filter(matches).order_by("created_at")
