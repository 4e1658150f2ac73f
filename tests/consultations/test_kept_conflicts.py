"""A kept conflict check: read again without searching the names, never missing
a name written since, and holding no name in the cache."""

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import client_list, conflicts, kept_conflicts, workflow
from consultations.choices import PartyRole, Status
from consultations.models import ConsultationRequest
from tests.consultations.factories import (
    ClientListEntryFactory,
    ConsultationRequestFactory,
    OtherPartyFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the names' generation is a PostgreSQL sequence",
    ),
]


@pytest.fixture
def checked_request():
    consultation_request = ConsultationRequestFactory(full_name="Rosa Quispe Mamani")
    OtherPartyFactory(
        request=consultation_request, name="Luis Condori", role=PartyRole.SPOUSE
    )
    return consultation_request


def found_names(consultation_request):
    _checked, hits, _count = kept_conflicts.kept_conflicts(consultation_request)
    return sorted(hit.found.name for hit in hits)


def name_searches(consultation_request):
    with CaptureQueriesContext(connection) as captured:
        kept_conflicts.kept_conflicts(consultation_request)
    return [query for query in captured if "conflict_spelling_keys" in query["sql"]]


def test_a_kept_check_is_read_again_without_searching_the_names(checked_request):
    ConsultationRequestFactory(full_name="Rosa Quispe")
    ClientListEntryFactory(name="Luis Condori Apaza")

    assert name_searches(checked_request)
    assert not name_searches(checked_request)
    assert shown_hits(checked_request) == shown_hits(checked_request, afresh=True)
    assert found_names(checked_request) == ["Luis Condori Apaza", "Rosa Quispe"]


def shown_hits(consultation_request, afresh=False):
    if afresh:
        _checked, hits = conflicts.find_conflicts(consultation_request)
    else:
        _checked, hits, _count = kept_conflicts.kept_conflicts(consultation_request)
    return [
        (
            str(hit.checked.role),
            hit.found.name,
            str(hit.found.found_as),
            hit.found.request and hit.found.request.reference,
            hit.match,
        )
        for hit in hits
    ]


def test_the_kept_hits_name_their_rows_by_key_only(checked_request):
    ConsultationRequestFactory(full_name="Rosa Quispe")
    generation = kept_conflicts.names_generation()
    checked, _hits, _count = kept_conflicts.kept_conflicts(checked_request)

    kept = cache.get(
        kept_conflicts.kept_check_key(checked_request, checked, generation)
    )

    assert [(index, kind) for index, kind, *_row in kept] == [(0, "request")]
    assert all(type(value) in {int, str, float, tuple} for hit in kept for value in hit)
    assert "Quispe" not in repr(kept)
    assert "Rosa" not in str(kept_conflicts.kept_check_key(checked_request, checked, 1))


def new_request(name):
    ConsultationRequestFactory(full_name=name)


def new_person_on_another_request(name):
    OtherPartyFactory(name=name, role=PartyRole.EMPLOYER)


def imported_client(name):
    pending, _counts = client_list.prepare_import(
        SimpleUploadedFile(
            "clients.csv", f"name,relationship\n{name},client\n".encode(), "text/csv"
        ),
        user=None,
    )
    client_list.apply_import(pending, user=None)


def request_name_corrected(name):
    misspelled = ConsultationRequest.objects.get(full_name="Ana Ruiz")
    misspelled.full_name = name
    misspelled.save()


@pytest.mark.parametrize(
    "write",
    [
        new_request,
        new_person_on_another_request,
        imported_client,
        request_name_corrected,
    ],
)
def test_a_name_written_after_the_check_is_found(
    checked_request, write, django_capture_on_commit_callbacks
):
    ConsultationRequestFactory(full_name="Ana Ruiz")
    assert found_names(checked_request) == []

    with django_capture_on_commit_callbacks(execute=True):
        write("Rosa Quispe")

    assert found_names(checked_request) == ["Rosa Quispe"]


def test_a_request_released_from_spam_is_found(
    checked_request, django_capture_on_commit_callbacks
):
    spam = ConsultationRequestFactory(full_name="Rosa Quispe", status=Status.SPAM)
    assert found_names(checked_request) == []

    with django_capture_on_commit_callbacks(execute=True):
        workflow.change_status(spam, Status.NEW, user=None)

    assert found_names(checked_request) == ["Rosa Quispe"]


def test_saving_what_the_check_does_not_read_keeps_the_checks(
    checked_request, intake_user, django_capture_on_commit_callbacks
):
    generation = kept_conflicts.names_generation()

    with django_capture_on_commit_callbacks(execute=True):
        workflow.assign(checked_request, intake_user, user=intake_user)

    assert kept_conflicts.names_generation() == generation


def test_a_row_gone_without_a_new_generation_is_left_out(checked_request):
    found = ConsultationRequestFactory(full_name="Rosa Quispe")
    assert found_names(checked_request) == ["Rosa Quispe"]

    found.delete()  # in the test's transaction: no commit, no new generation

    assert found_names(checked_request) == []
