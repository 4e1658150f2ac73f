"""The e-mail that tells staff a request is theirs: the reference and a link,
nothing about the prospect; sent once the assignment is committed."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def attorney_client(client, attorney_user):
    client.force_login(attorney_user)
    return client


@pytest.fixture
def prospect():
    return ConsultationRequestFactory(
        full_name="María José Pérez Núñez",
        email="maria.perez@example.com",
        phone="+18605550199",
        message="My husband is detained in Hartford.",
    )


def assign_from_the_request_page(client, consultation_request, assignee, capture):
    with capture(execute=True):
        response = client.post(
            request_url("assign", consultation_request),
            {"assign-assignee": assignee.pk},
        )
    assert response.status_code == 302


def test_the_assignee_gets_the_reference_and_a_link(
    attorney_client, intake_user, prospect, django_capture_on_commit_callbacks
):
    assign_from_the_request_page(
        attorney_client, prospect, intake_user, django_capture_on_commit_callbacks
    )

    [email] = mail.outbox
    assert email.to == [intake_user.email]
    assert prospect.reference in email.subject
    assert request_url("inspect", prospect) in email.body
    assert prospect.reference in email.body


def test_the_assignment_email_carries_nothing_about_the_prospect(
    attorney_client, intake_user, prospect, django_capture_on_commit_callbacks
):
    assign_from_the_request_page(
        attorney_client, prospect, intake_user, django_capture_on_commit_callbacks
    )

    [email] = mail.outbox
    for personal in ("María", "Pérez", "maria.perez", "555", "detained"):
        assert personal not in email.subject
        assert personal not in email.body


def test_assigning_oneself_or_again_sends_nothing(
    attorney_client,
    attorney_user,
    intake_user,
    prospect,
    django_capture_on_commit_callbacks,
):
    assign_from_the_request_page(
        attorney_client, prospect, attorney_user, django_capture_on_commit_callbacks
    )
    assign_from_the_request_page(
        attorney_client, prospect, intake_user, django_capture_on_commit_callbacks
    )
    assign_from_the_request_page(
        attorney_client, prospect, intake_user, django_capture_on_commit_callbacks
    )

    assert [email.to for email in mail.outbox] == [[intake_user.email]]


def test_a_bulk_assignment_tells_the_assignee_of_each_request(
    attorney_client, intake_user, django_capture_on_commit_callbacks
):
    chosen = ConsultationRequestFactory.create_batch(2)
    ids = "&".join(f"id={r.pk}" for r in chosen)
    url = reverse(
        "wagtail_bulk_action", args=["consultations", "consultationrequest", "assign"]
    )

    with django_capture_on_commit_callbacks(execute=True):
        attorney_client.post(f"{url}?{ids}", {"assign-assignee": intake_user.pk})

    assert sorted(email.subject for email in mail.outbox) == sorted(
        f"Consultation request {r.reference} is assigned to you" for r in chosen
    )
