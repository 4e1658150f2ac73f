"""Bulk actions on the listing: assign, mark as spam, close as no response; each
request gets its own history row and audit-log entry."""

import pytest
from django.urls import reverse

from consultations.choices import Status
from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


def bulk_url(action, consultation_requests):
    ids = "&".join(f"id={r.pk}" for r in consultation_requests)
    return (
        reverse(
            "wagtail_bulk_action", args=["consultations", "consultationrequest", action]
        )
        + f"?{ids}"
    )


def test_the_listing_offers_the_bulk_actions(client, intake_user):
    ConsultationRequestFactory()
    client.force_login(intake_user)

    content = client.get(request_url("list")).content.decode()

    for action in ("assign", "mark_spam", "close_no_response"):
        assert f"/admin/bulk/consultations/consultationrequest/{action}/" in content


def test_an_attorney_assigns_requests_in_bulk(client, attorney_user, intake_user):
    chosen = [ConsultationRequestFactory() for _ in range(3)]
    untouched = ConsultationRequestFactory()
    client.force_login(attorney_user)

    confirmation = client.get(bulk_url("assign", chosen))
    response = client.post(
        bulk_url("assign", chosen), {"assign-assignee": intake_user.pk}
    )

    assert confirmation.status_code == 200
    assert response.status_code == 302
    for consultation_request in chosen:
        consultation_request.refresh_from_db()
        assert consultation_request.assigned_to == intake_user
        assert audit_entries(consultation_request, "consultations.assign").count() == 1
        history = client.get(request_url("history", consultation_request))
        assert "Assigned to: nobody → Ines" in history.content.decode()
    untouched.refresh_from_db()
    assert untouched.assigned_to is None


def test_intake_may_not_assign_in_bulk(client, intake_user):
    chosen = [ConsultationRequestFactory()]
    client.force_login(intake_user)

    client.post(bulk_url("assign", chosen), {"assign-assignee": intake_user.pk})

    chosen[0].refresh_from_db()
    assert chosen[0].assigned_to is None


@pytest.mark.parametrize(
    ("action", "to_status"),
    [("mark_spam", Status.SPAM), ("close_no_response", Status.NO_RESPONSE)],
)
def test_bulk_status_changes_write_a_history_row_each(
    client, intake_user, action, to_status
):
    chosen = [
        ConsultationRequestFactory(status=Status.NEW),
        ConsultationRequestFactory(status=Status.CONTACTED),
    ]
    client.force_login(intake_user)

    response = client.post(bulk_url(action, chosen))

    assert response.status_code == 302
    for consultation_request in chosen:
        consultation_request.refresh_from_db()
        assert consultation_request.status == to_status
        change = consultation_request.status_changes.first()
        assert (change.to_status, change.changed_by) == (to_status, intake_user)
        assert audit_entries(consultation_request, "consultations.status_change")


def test_requests_the_workflow_refuses_are_left_alone_and_named(client, intake_user):
    movable = ConsultationRequestFactory(status=Status.NEW)
    retained = ConsultationRequestFactory(status=Status.RETAINED)
    client.force_login(intake_user)

    response = client.post(bulk_url("mark_spam", [movable, retained]), follow=True)

    movable.refresh_from_db()
    retained.refresh_from_db()
    assert movable.status == Status.SPAM
    assert retained.status == Status.RETAINED
    assert retained.status_changes.count() == 1
    messages = [str(message).strip() for message in response.context["messages"]]
    assert any(retained.reference in message for message in messages)
    assert "1 request is now “Spam”." in messages
