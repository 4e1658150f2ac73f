"""Assigning a request through its page: who may assign, to whom, and the record
each assignment leaves."""

import pytest

from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


def test_an_attorney_assigns_a_request(attorney_client, attorney_user, intake_user):
    consultation_request = ConsultationRequestFactory()

    response = attorney_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": intake_user.pk},
    )

    assert response.status_code == 302
    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to == intake_user
    entry = audit_entries(consultation_request, "consultations.assign").get()
    assert entry.user == attorney_user
    assert entry.data == {
        "assignee_id": intake_user.pk,
        "assignee": "Ines",
        "previous_assignee": None,
    }


def test_an_attorney_unassigns_a_request(attorney_client, intake_user):
    consultation_request = ConsultationRequestFactory(assigned_to=intake_user)

    attorney_client.post(
        request_url("assign", consultation_request), {"assign-assignee": ""}
    )

    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to is None


def test_intake_may_not_assign(intake_client, intake_user):
    consultation_request = ConsultationRequestFactory()

    page = intake_client.get(request_url("inspect", consultation_request))
    response = intake_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": intake_user.pk},
    )

    assert request_url("assign", consultation_request) not in page.content.decode()
    assert response.status_code == 302
    assert response.url == "/admin/"
    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to is None


def test_requests_go_only_to_staff_who_work_them(attorney_client, editor_user):
    consultation_request = ConsultationRequestFactory()

    response = attorney_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": editor_user.pk},
    )

    assert response.status_code == 200
    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to is None
