"""A request's one history: assignment, follow-up and consultation-time changes
show who made them, when, and the old and new value; the audit log too."""

import pytest

from consultations.choices import Status
from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def history_lines(client, consultation_request):
    page = parse(client.get(request_url("inspect", consultation_request)))
    return [
        visible_text(item.p)
        for item in page.select("#history-content ol.consultation-history > li")
    ]


def schedule(client, consultation_request, day, time="10:30"):
    client.post(
        request_url("change_status", consultation_request),
        {
            "status-to_status": Status.SCHEDULED,
            "status-consultation_date": day,
            "status-consultation_time": time,
        },
    )


def test_an_assignment_change_is_in_the_history_with_who_and_old_and_new(
    attorney_client, intake_user
):
    consultation_request = ConsultationRequestFactory()

    attorney_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": intake_user.pk},
    )

    latest = history_lines(attorney_client, consultation_request)[0]
    assert latest.startswith("Assigned to: Nobody → Ines · ")
    assert latest.endswith(" · Alba")


def test_a_follow_up_change_is_in_the_history_with_old_and_new_dates(
    attorney_client,
):
    consultation_request = ConsultationRequestFactory()
    for day in ("2030-12-04", "2030-12-06"):
        attorney_client.post(
            request_url("follow_up", consultation_request),
            {"follow_up-follow_up_on": day},
        )

    lines = history_lines(attorney_client, consultation_request)

    assert lines[0].startswith("Next follow-up: Dec. 4, 2030 → Dec. 6, 2030 · ")
    assert lines[1].startswith("Next follow-up: — → Dec. 4, 2030 · ")


def test_a_reschedule_shows_the_old_and_new_consultation_time(attorney_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)
    schedule(attorney_client, consultation_request, "2030-12-03")
    schedule(attorney_client, consultation_request, "2030-12-05", "14:00")

    lines = history_lines(attorney_client, consultation_request)

    assert lines[0].startswith(
        "Consultation time: Dec. 3, 2030, 10:30 a.m. → Dec. 5, 2030, 2 p.m. · "
    )
    assert lines[1].startswith("Consultation rescheduled · ")
    assert "Consultation scheduled → Consultation scheduled" not in " ".join(lines)


def test_the_audit_log_shows_old_and_new_values(attorney_client, intake_user):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)
    attorney_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": intake_user.pk},
    )
    schedule(attorney_client, consultation_request, "2030-12-03")

    page = parse(attorney_client.get(request_url("history", consultation_request)))

    rows = [visible_text(row) for row in page.select("table tbody tr")]
    assert any("Assigned to: nobody → Ines" in row for row in rows)
    assert any("Consultation time: — → Dec. 3, 2030, 10:30 a.m." in row for row in rows)
    assert audit_entries(
        consultation_request, "consultations.consultation_time"
    ).get().data == {"from": None, "to": "2030-12-03T10:30:00-05:00"}
