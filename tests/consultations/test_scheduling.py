"""Scheduling a consultation: never in the past; outside office hours a warning."""

import pytest

from consultations.choices import Status
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def schedule(client, consultation_request, day, time):
    return client.post(
        request_url("change_status", consultation_request),
        {
            "status-to_status": Status.SCHEDULED,
            "status-consultation_date": day,
            "status-consultation_time": time,
        },
        follow=True,
    )


def messages_shown(response):
    return [
        visible_text(message)
        for message in parse(response).select("div.messages[role=status] li")
    ]


def test_a_consultation_in_the_past_is_refused_with_the_reason(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    response = schedule(intake_client, consultation_request, "2020-01-01", "10:00")

    errors = parse(response).select_one("#change-status-content li.error")
    assert visible_text(errors) == (
        "The consultation's date and time have already passed: "
        "choose a time from now on."
    )
    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.CONTACTED
    assert consultation_request.consultation_at is None


def test_a_consultation_outside_office_hours_is_set_with_a_warning(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    response = schedule(intake_client, consultation_request, "2030-12-07", "19:30")

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.SCHEDULED
    assert (
        "The consultation is outside office hours: check that it suits."
        in messages_shown(response)
    )


def test_a_consultation_in_office_hours_is_set_without_a_warning(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    response = schedule(intake_client, consultation_request, "2030-12-03", "16:30")

    assert messages_shown(response) == ["Status changed."]
