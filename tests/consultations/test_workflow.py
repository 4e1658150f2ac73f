"""The status workflow through the request's page: every allowed and refused
transition, scheduling, follow-ups, notes and their records."""

import datetime
import json
import zoneinfo

import pytest
from wagtail.models import ModelLogEntry

from consultations import workflow
from consultations.choices import Status
from consultations.models import InternalNote
from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import (
    ConflictCheckFactory,
    ConsultationRequestFactory,
)

pytestmark = pytest.mark.django_db

PAIRS = [(source, target) for source in Status for target in Status]
ALLOWED = [(s, t) for s, t in PAIRS if t in workflow.TRANSITIONS[s]]
REFUSED = [(s, t) for s, t in PAIRS if t not in workflow.TRANSITIONS[s]]
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def status_answers(to_status, note="", day="2030-12-03", time="10:30"):
    answers = {"status-to_status": to_status, "status-note": note}
    if to_status == Status.SCHEDULED:
        answers.update(
            {"status-consultation_date": day, "status-consultation_time": time}
        )
    return answers


@pytest.mark.parametrize(("from_status", "to_status"), ALLOWED)
def test_intake_makes_every_allowed_transition(
    intake_client, intake_user, from_status, to_status
):
    consultation_request = ConsultationRequestFactory(status=from_status)
    if to_status == Status.HELD:
        ConflictCheckFactory(request=consultation_request, outcome="cleared")
    if to_status == Status.DECLINED_CONFLICT:
        ConflictCheckFactory(request=consultation_request, outcome="conflict")

    response = intake_client.post(
        request_url("change_status", consultation_request),
        status_answers(to_status, note="Left a voicemail."),
    )

    assert response.status_code == 302
    assert response.url == request_url("inspect", consultation_request)
    consultation_request.refresh_from_db()
    assert consultation_request.status == to_status
    change = consultation_request.status_changes.first()
    assert (change.from_status, change.to_status) == (from_status, to_status)
    assert change.changed_by == intake_user
    assert change.note == "Left a voicemail."
    entry = audit_entries(consultation_request, "consultations.status_change").get()
    assert entry.user == intake_user
    assert entry.data == {"from": from_status, "to": to_status}


@pytest.mark.parametrize(("from_status", "to_status"), REFUSED)
def test_every_other_transition_is_refused_with_the_reason(
    intake_client, from_status, to_status
):
    consultation_request = ConsultationRequestFactory(status=from_status)

    response = intake_client.post(
        request_url("change_status", consultation_request), status_answers(to_status)
    )

    assert response.status_code == 200
    assert (
        f"A request that is “{Status(from_status).label}” cannot become "
        f"“{Status(to_status).label}”."
    ) in response.content.decode()
    consultation_request.refresh_from_db()
    assert consultation_request.status == from_status
    assert consultation_request.status_changes.count() == 1
    assert not audit_entries(consultation_request, "consultations.status_change")


def test_the_status_form_offers_only_the_allowed_statuses(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.HELD)

    response = intake_client.get(request_url("inspect", consultation_request))

    offered = response.context["status_form"]["to_status"].field.widget.choices
    assert [value for value, _label in offered] == [
        Status.RETAINED,
        Status.DECLINED,
        Status.NO_RESPONSE,
    ]


def test_a_closed_request_offers_no_status_change(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.RETAINED)

    response = intake_client.get(request_url("inspect", consultation_request))

    assert request_url("change_status", consultation_request) not in (
        response.content.decode()
    )


def test_an_intake_user_takes_a_request_from_new_to_retained(
    intake_client, intake_user
):
    consultation_request = ConsultationRequestFactory()
    ConflictCheckFactory(request=consultation_request)
    steps = [Status.CONTACTED, Status.SCHEDULED, Status.HELD, Status.RETAINED]

    for step in steps:
        intake_client.post(
            request_url("change_status", consultation_request), status_answers(step)
        )

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.RETAINED
    history = intake_client.get(request_url("inspect", consultation_request))
    titles = [str(event.title) for event in history.context["history"]]
    assert titles == [
        "Consultation held → Retained",
        "Consultation scheduled → Consultation held",
        "Consultation time: — → Dec. 3, 2030, 10:30 a.m.",
        "Contacted → Consultation scheduled",
        "New → Contacted",
        "Conflict check: Cleared",
        "Received as New",
    ]


def test_scheduling_asks_for_the_date_and_time(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    response = intake_client.post(
        request_url("change_status", consultation_request),
        {"status-to_status": Status.SCHEDULED},
    )

    assert response.status_code == 200
    assert "Give the consultation&#x27;s date and time." in response.content.decode()
    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.CONTACTED


def test_the_consultation_time_is_connecticut_time(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    intake_client.post(
        request_url("change_status", consultation_request),
        status_answers(Status.SCHEDULED, day="2030-07-02", time="10:30"),
    )

    consultation_request.refresh_from_db()
    assert consultation_request.consultation_at == datetime.datetime(
        2030, 7, 2, 10, 30, tzinfo=NEW_YORK
    )
    assert consultation_request.consultation_at == datetime.datetime(
        2030, 7, 2, 14, 30, tzinfo=datetime.UTC
    )


def test_a_scheduled_request_offers_an_invitation_without_personal_data(
    intake_client,
):
    consultation_request = ConsultationRequestFactory(
        status=Status.CONTACTED, full_name="Rosa Quispe", email="rosa@example.com"
    )
    intake_client.post(
        request_url("change_status", consultation_request),
        status_answers(Status.SCHEDULED, day="2030-12-03", time="10:30"),
    )

    page = intake_client.get(request_url("inspect", consultation_request))
    response = intake_client.get(request_url("invitation", consultation_request))

    assert request_url("invitation", consultation_request) in page.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = response.content.decode()
    assert calendar.startswith("BEGIN:VCALENDAR\r\n")
    assert "DTSTART:20301203T153000Z\r\n" in calendar
    assert "DTEND:20301203T160000Z\r\n" in calendar
    assert f"UID:{consultation_request.reference}@testserver\r\n" in calendar
    assert consultation_request.reference in calendar
    assert "Rosa" not in calendar
    assert "rosa@example.com" not in calendar


def test_rescheduling_updates_the_same_invitation(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)
    for day in ("2030-12-03", "2030-12-05"):
        intake_client.post(
            request_url("change_status", consultation_request),
            status_answers(Status.SCHEDULED, day=day),
        )

    calendar = intake_client.get(
        request_url("invitation", consultation_request)
    ).content.decode()

    assert "SEQUENCE:1\r\n" in calendar
    assert "DTSTART:20301205T153000Z\r\n" in calendar


def test_an_unscheduled_request_has_no_invitation(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.CONTACTED)

    response = intake_client.get(request_url("invitation", consultation_request))

    assert response.status_code == 404


def test_setting_and_clearing_the_next_follow_up(intake_client, intake_user):
    consultation_request = ConsultationRequestFactory()

    intake_client.post(
        request_url("follow_up", consultation_request),
        {"follow_up-follow_up_on": "2026-12-04"},
    )
    consultation_request.refresh_from_db()
    set_on = consultation_request.follow_up_on
    intake_client.post(
        request_url("follow_up", consultation_request),
        {"follow_up-follow_up_on": ""},
    )
    consultation_request.refresh_from_db()

    assert set_on == datetime.date(2026, 12, 4)
    assert consultation_request.follow_up_on is None
    assert [
        entry.data
        for entry in audit_entries(
            consultation_request, "consultations.follow_up"
        ).order_by("pk")
    ] == [
        {"follow_up_on": "2026-12-04", "previous_follow_up_on": None},
        {"follow_up_on": None, "previous_follow_up_on": "2026-12-04"},
    ]


def test_an_internal_note_is_kept_and_logged_without_its_text(
    intake_client, intake_user
):
    consultation_request = ConsultationRequestFactory()

    response = intake_client.post(
        request_url("add_note", consultation_request),
        {"note-text": "Has a hearing on the 12th."},
    )

    assert response.status_code == 302
    note = InternalNote.objects.get(request=consultation_request)
    assert (note.author, note.text) == (intake_user, "Has a hearing on the 12th.")
    entry = audit_entries(consultation_request, "consultations.note").get()
    assert entry.data == {"note_id": note.pk}


def test_an_empty_note_is_refused(intake_client):
    consultation_request = ConsultationRequestFactory()

    response = intake_client.post(
        request_url("add_note", consultation_request), {"note-text": ""}
    )

    assert response.status_code == 200
    assert not InternalNote.objects.exists()


def test_opening_a_request_is_logged(intake_client, intake_user):
    consultation_request = ConsultationRequestFactory()

    intake_client.get(request_url("inspect", consultation_request))

    entry = audit_entries(consultation_request, "consultations.view").get()
    assert entry.user == intake_user


def test_the_history_view_shows_who_viewed_and_changed_a_request(
    intake_client,
):
    consultation_request = ConsultationRequestFactory()
    intake_client.get(request_url("inspect", consultation_request))
    intake_client.post(
        request_url("change_status", consultation_request),
        status_answers(Status.CONTACTED),
    )

    response = intake_client.get(request_url("history", consultation_request))

    content = response.content.decode()
    assert "Status changed from “New” to “Contacted”" in content
    assert "Viewed" in content
    assert "Ines" in content


def test_the_audit_log_holds_no_personal_data(intake_client, attorney_client):
    consultation_request = ConsultationRequestFactory(
        full_name="Rosa Quispe",
        email="rosa@example.com",
        phone="+18605550199",
        message="My brother was detained.",
    )
    intake_client.get(request_url("inspect", consultation_request))
    intake_client.post(
        request_url("change_status", consultation_request),
        status_answers(Status.CONTACTED, note="Rosa asked for Spanish."),
    )
    intake_client.post(
        request_url("add_note", consultation_request),
        {"note-text": "Rosa's brother is in Plymouth."},
    )
    intake_client.post(
        request_url("follow_up", consultation_request),
        {"follow_up-follow_up_on": "2026-12-04"},
    )

    logged = json.dumps(
        list(ModelLogEntry.objects.values("label", "data")), ensure_ascii=False
    )
    for personal in ("Rosa", "rosa@example.com", "8605550199", "detained", "Plymouth"):
        assert personal not in logged


def test_the_workflow_refuses_with_a_clear_message(intake_user):
    consultation_request = ConsultationRequestFactory(status=Status.DECLINED)

    with pytest.raises(workflow.TransitionNotAllowed) as refusal:
        workflow.change_status(consultation_request, Status.NEW, user=intake_user)

    assert refusal.value.messages == [
        "A request that is “Declined” cannot become “New”."
    ]
