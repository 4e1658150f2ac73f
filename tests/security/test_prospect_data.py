"""A prospect's data on request: exported, or erased from the database, the
search index and the audit log, by a superuser, each time with an audit entry.
The retention command deletes the same way."""

import datetime
import io
import json
import os

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.search.models import IndexEntry

from consultations import workflow
from consultations.choices import Status
from consultations.models import ConsultationRequest, InternalNote, StatusChange
from tests.consultations.dashboard import audit_entries
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def prospect_requests(intake_user):
    """Two requests from one prospect, worked by staff; and someone else's."""
    first = ConsultationRequestFactory(
        full_name="Rosa Delgado",
        email="Rosa@Example.com",
        phone="+18605550199",
        message="My son was detained on Monday.",
    )
    second = ConsultationRequestFactory(
        full_name="Rosa Delgado", email="rosa@example.com", phone=""
    )
    workflow.change_status(first, Status.CONTACTED, user=intake_user, note="Called.")
    workflow.add_note(first, "Conflict check clear.", user=intake_user)
    workflow.record_view(first, user=intake_user)
    other = ConsultationRequestFactory(full_name="Someone Else")
    return first, second, other


def export(*arguments):
    output = io.StringIO()
    call_command(
        "export_prospect_data", *arguments, stdout=output, stderr=io.StringIO()
    )
    return output.getvalue()


def erase(*arguments):
    output = io.StringIO()
    call_command("erase_prospect_data", *arguments, stdout=output)
    return output.getvalue()


def test_export_by_e_mail_has_every_request_of_the_prospect(
    prospect_requests, superuser
):
    first, second, _other = prospect_requests

    exported = json.loads(export("--email", "rosa@example.com", "--by", "sofia"))

    records = exported["requests"]
    assert [record["reference"] for record in records] == [
        first.reference,
        second.reference,
    ]
    assert records[0]["message"] == "My son was detained on Monday."
    assert records[0]["phone"] == "+18605550199"
    assert [step["status"] for step in records[0]["history"]] == ["New", "Contacted"]
    assert "Conflict check clear." not in json.dumps(exported)


def test_export_by_phone_in_any_form(prospect_requests, superuser):
    first, _second, _other = prospect_requests

    exported = json.loads(export("--phone", "(860) 555-0199", "--by", "sofia"))

    assert [record["reference"] for record in exported["requests"]] == [first.reference]


def test_each_export_is_in_the_audit_log(prospect_requests, superuser):
    first, _second, _other = prospect_requests

    export("--reference", first.reference, "--by", "sofia")

    entry = audit_entries(first, "consultations.data_export").get()
    assert entry.user == superuser


def test_an_export_file_is_readable_by_its_owner_only(
    prospect_requests, superuser, tmp_path
):
    first, _second, _other = prospect_requests
    path = tmp_path / "rosa.json"

    export("--reference", first.reference, "--by", "sofia", "--output", str(path))

    assert os.stat(path).st_mode & 0o777 == 0o600
    assert first.reference in path.read_text()


@pytest.mark.parametrize("command", ["export_prospect_data", "erase_prospect_data"])
def test_only_a_superuser_may_answer_for_it(prospect_requests, intake_user, command):
    first, _second, _other = prospect_requests

    with pytest.raises(CommandError, match="No superuser is called 'ines'"):
        call_command(command, "--reference", first.reference, "--by", "ines")

    assert ConsultationRequest.objects.filter(pk=first.pk).exists()


def test_erasure_removes_the_requests_history_notes_and_search_entries(
    prospect_requests, superuser
):
    first, second, other = prospect_requests
    assert IndexEntry.objects.filter(object_id=str(first.pk)).exists()

    output = erase("--email", "rosa@example.com", "--by", "sofia")

    assert (
        f"Erased 2 request(s): {', '.join(sorted([first.reference, second.reference]))}"
        in output
    )
    assert list(ConsultationRequest.objects.all()) == [other]
    for erased in (first, second):
        assert not StatusChange.objects.filter(request_id=erased.pk).exists()
        assert not InternalNote.objects.filter(request_id=erased.pk).exists()
        assert not IndexEntry.objects.filter(object_id=str(erased.pk)).exists()
    assert IndexEntry.objects.filter(object_id=str(other.pk)).exists()


def test_erasure_keeps_who_did_what_in_the_audit_log_but_nothing_personal(
    prospect_requests, superuser, intake_user
):
    first, _second, _other = prospect_requests
    ModelLogEntry.objects.create(
        content_type=audit_entries(first).first().content_type,
        object_id=str(first.pk),
        label="Rosa Delgado",
        action="wagtail.edit",
        timestamp=timezone.now(),
        user=intake_user,
        data={"full_name": "Rosa Delgado", "from": "new", "to": "contacted"},
    )

    erase("--reference", first.reference, "--by", "sofia")

    entries = audit_entries(first)
    assert entries.filter(action="consultations.erase", user=superuser).count() == 1
    assert entries.filter(action="consultations.view", user=intake_user).exists()
    for entry in entries:
        assert entry.label == first.reference
        assert entry.deleted
        assert "Rosa" not in json.dumps(entry.data)
    assert entries.get(action="wagtail.edit").data == {"from": "new", "to": "contacted"}


def test_a_dry_run_erases_nothing(prospect_requests, superuser):
    first, _second, _other = prospect_requests

    output = erase("--reference", first.reference, "--by", "sofia", "--dry-run")

    assert f"Would erase 1 request(s): {first.reference}" in output
    assert ConsultationRequest.objects.filter(pk=first.pk).exists()
    assert not audit_entries(first, "consultations.erase").exists()


def test_retention_scrubs_the_audit_log_the_same_way(settings, intake_user):
    settings.CONSULTATION_SPAM_RETENTION_DAYS = 30
    spam = ConsultationRequestFactory(full_name="Spam Sender", status=Status.SPAM)
    ConsultationRequest.objects.filter(pk=spam.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    spam.status_changes.update(changed_at=timezone.now() - datetime.timedelta(days=40))
    workflow.record_view(spam, user=intake_user)
    audit_entries(spam).update(label="Spam Sender")

    call_command("purge_old_requests", stdout=io.StringIO())

    assert not ConsultationRequest.objects.filter(pk=spam.pk).exists()
    assert set(audit_entries(spam).values_list("label", flat=True)) == {spam.reference}
    assert audit_entries(spam, "consultations.purge").get().user is None
