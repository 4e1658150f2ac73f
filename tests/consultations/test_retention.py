"""The retention command deletes exactly the closed requests and spam past their
time, with their history, notes and search entries, and says what it did."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.search.models import IndexEntry

from consultations import workflow
from consultations.choices import Status
from consultations.models import (
    ClientListImport,
    ConflictCheck,
    ConsultationRequest,
    InternalNote,
    OtherParty,
    StatusChange,
)
from tests.consultations.dashboard import audit_entries, backdate
from tests.consultations.factories import (
    ConflictCheckFactory,
    ConsultationRequestFactory,
    OtherPartyFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def retention(settings):
    settings.CONSULTATION_RETENTION_DAYS = 365
    settings.CONSULTATION_SPAM_RETENTION_DAYS = 30


def purge(*options):
    output = io.StringIO()
    call_command("purge_old_requests", *options, stdout=output)
    return output.getvalue()


def closed_long_ago(status, days, user):
    """A request received and closed `days` ago."""
    consultation_request = backdate(ConsultationRequestFactory(), days=days + 5)
    workflow.change_status(consultation_request, status, user=user)
    consultation_request.status_changes.update(
        changed_at=timezone.now() - datetime.timedelta(days=days)
    )
    return consultation_request


@pytest.fixture
def requests_of_all_ages(intake_user):
    return {
        "declined_old": closed_long_ago(Status.DECLINED, 400, intake_user),
        "no_response_old": closed_long_ago(Status.NO_RESPONSE, 366, intake_user),
        "spam_old": backdate(ConsultationRequestFactory(status=Status.SPAM), days=31),
        "declined_recent": closed_long_ago(Status.DECLINED, 100, intake_user),
        "spam_recent": backdate(ConsultationRequestFactory(status=Status.SPAM), days=5),
        "open_old": backdate(ConsultationRequestFactory(), days=900),
        "contacted_old": closed_long_ago(Status.CONTACTED, 900, intake_user),
        # Received long ago, but closed only last month.
        "received_old_closed_lately": closed_long_ago(
            Status.NO_RESPONSE, 20, intake_user
        ),
    }


EXPIRED = {"declined_old", "no_response_old", "spam_old"}


def remaining_references():
    return set(ConsultationRequest.objects.values_list("reference", flat=True))


def test_exactly_the_expired_requests_are_deleted(requests_of_all_ages):
    output = purge()

    assert remaining_references() == {
        r.reference for name, r in requests_of_all_ages.items() if name not in EXPIRED
    }
    assert "Deleted 2 closed request(s) older than 365 days." in output
    assert "Deleted 1 spam request(s) older than 30 days." in output


def test_their_history_notes_and_search_entries_go_with_them(intake_user):
    expired = closed_long_ago(Status.DECLINED, 400, intake_user)
    workflow.add_note(expired, "Conflict of interest.", user=intake_user)
    kept = ConsultationRequestFactory(full_name="Kept Person")
    assert IndexEntry.objects.filter(object_id=str(expired.pk)).exists()

    purge()

    assert not StatusChange.objects.filter(request_id=expired.pk).exists()
    assert not InternalNote.objects.filter(request_id=expired.pk).exists()
    assert not IndexEntry.objects.filter(object_id=str(expired.pk)).exists()
    assert IndexEntry.objects.filter(object_id=str(kept.pk)).exists()


def test_the_audit_log_keeps_only_the_reference_of_a_deleted_request(intake_user):
    expired = closed_long_ago(Status.DECLINED, 400, intake_user)

    purge()

    entry = audit_entries(expired, "consultations.purge").get()
    assert (entry.label, entry.user, entry.data) == (expired.reference, None, {})


def test_a_dry_run_deletes_nothing_and_says_what_would_go(requests_of_all_ages):
    before = remaining_references()

    output = purge("--dry-run")

    assert remaining_references() == before
    assert "Would delete 2 closed request(s) older than 365 days:" in output
    for name in EXPIRED:
        assert requests_of_all_ages[name].reference in output
    for name in set(requests_of_all_ages) - EXPIRED:
        assert requests_of_all_ages[name].reference not in output


def test_the_retention_periods_come_from_the_settings(settings, intake_user):
    declined = closed_long_ago(Status.DECLINED, 100, intake_user)
    settings.CONSULTATION_RETENTION_DAYS = 90

    purge()

    assert not ConsultationRequest.objects.filter(pk=declined.pk).exists()


def test_a_closed_request_goes_with_its_other_people_and_conflict_check(
    intake_user,
):
    expired = closed_long_ago(Status.DECLINED, 400, intake_user)
    OtherPartyFactory(request=expired, name="José Álvarez")
    ConflictCheckFactory(request=expired)
    kept = ConsultationRequestFactory()
    OtherPartyFactory(request=kept, name="Ana Ruiz")
    ConflictCheckFactory(request=kept)

    purge()

    assert list(OtherParty.objects.values_list("request_id", flat=True)) == [kept.pk]
    assert list(ConflictCheck.objects.values_list("request_id", flat=True)) == [kept.pk]


def uploaded(hours_ago, *, applied=False):
    pending = ClientListImport.objects.create(
        rows=[{"name": "José Álvarez", "relationship": "client", "external_id": ""}]
    )
    moment = timezone.now() - datetime.timedelta(hours=hours_ago)
    ClientListImport.objects.filter(pk=pending.pk).update(
        uploaded_at=moment, applied_at=moment if applied else None
    )
    return pending


def test_client_list_uploads_left_unconfirmed_for_a_day_are_deleted():
    uploaded(hours_ago=25)
    awaiting = uploaded(hours_ago=2)
    applied = uploaded(hours_ago=72, applied=True)

    output = purge()

    assert set(ClientListImport.objects.values_list("pk", flat=True)) == {
        awaiting.pk,
        applied.pk,
    }
    assert "Deleted 1 unconfirmed client list upload(s)." in output
