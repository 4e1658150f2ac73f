"""Spam is marked, saved and never notified, so a false alarm loses nobody."""

import pytest
from django.core import mail

from consultations.choices import SpamReason, Status
from consultations.models import ConsultationRequest, StatusChange
from tests.consultations.conftest import time_trap_token
from tests.consultations.dashboard import request_url

pytestmark = pytest.mark.django_db

SIX_HOURS = 6 * 60 * 60


def assert_saved_as_spam(response, reason):
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.status == Status.SPAM
    assert consultation_request.spam_reason == reason
    history = StatusChange.objects.get(request=consultation_request)
    assert (history.from_status, history.to_status) == ("", Status.SPAM)
    # A person still hears of it, the prospect only once staff release it.
    [notification] = mail.outbox
    assert notification.to == ["intake@welcome-law.example"]
    assert notification.subject.startswith("Marked as spam – ")
    # The sender sees the usual thank-you page: nothing tells a robot it was caught.
    assert response.status_code == 302
    assert response["Location"].endswith("/thank-you/")


def assert_received_like_any_other(response):
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.status == Status.NEW
    assert consultation_request.spam_reason == ""
    assert sorted(message.to[0] for message in mail.outbox) == [
        "intake@welcome-law.example",
        "maria@example.com",
    ]
    assert response["Location"].endswith("/thank-you/")


def test_filled_honeypot_marks_the_request_as_spam(submit, valid_answers):
    valid_answers["referral_code"] = "https://cheap-pills.example"

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.HONEYPOT)


def test_form_sent_faster_than_a_person_could_is_spam(submit, valid_answers):
    valid_answers["form_started"] = time_trap_token(age=1)

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.TOO_FAST)


def test_a_form_left_open_overnight_is_received_like_any_other(submit, valid_answers):
    valid_answers["form_started"] = time_trap_token(age=SIX_HOURS * 2)

    response = submit(valid_answers)

    assert_received_like_any_other(response)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "consultation-form",
        "consultation-form:1tZzzz:forged-signature",
    ],
)
def test_a_missing_or_unreadable_time_stamp_is_received_like_any_other(
    submit, valid_answers, token
):
    valid_answers["form_started"] = token

    response = submit(valid_answers)

    assert_received_like_any_other(response)


def test_a_time_stamp_signed_before_a_key_change_is_received_like_any_other(
    submit, valid_answers, settings
):
    valid_answers["form_started"] = time_trap_token(age=60)
    settings.SECRET_KEY = "another-key"  # noqa: S105

    response = submit(valid_answers)

    assert_received_like_any_other(response)


def test_the_firm_is_told_why_a_request_was_marked_as_spam(submit, valid_answers):
    valid_answers["referral_code"] = "https://cheap-pills.example"

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    [notification] = mail.outbox
    assert "It was marked as spam: Hidden field filled in." in notification.body
    assert (
        f"/admin/consultations/requests/inspect/{consultation_request.pk}/"
        in notification.body
    )


def test_form_shown_just_long_enough_ago_is_not_spam(submit, valid_answers):
    valid_answers["form_started"] = time_trap_token(age=4)

    submit(valid_answers)

    assert ConsultationRequest.objects.get().status == Status.NEW


def test_the_form_carries_a_fresh_time_stamp_that_passes_once_old_enough(
    client, form_url, submit, valid_answers, settings
):
    html = client.get(form_url).content.decode()
    token = html.split('name="form_started" value="')[1].split('"')[0]
    settings.CONSULTATION_TIME_TRAP_MIN_SECONDS = 0
    valid_answers["form_started"] = token

    submit(valid_answers)

    assert ConsultationRequest.objects.get().status == Status.NEW


def test_spam_is_not_linked_as_a_duplicate(submit, valid_answers):
    submit(valid_answers)
    valid_answers["referral_code"] = "filled"

    submit(valid_answers)

    spam = ConsultationRequest.objects.get(status=Status.SPAM)
    assert spam.duplicate_of is None


def test_a_request_released_from_spam_is_acknowledged_once(
    submit, valid_answers, client, intake_user, django_capture_on_commit_callbacks
):
    valid_answers["referral_code"] = "filled by an autofill extension"
    submit(valid_answers)
    consultation_request = ConsultationRequest.objects.get()
    client.force_login(intake_user)
    release_url = request_url("change_status", consultation_request)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(release_url, {"status-to_status": Status.NEW})
        client.post(release_url, {"status-to_status": Status.SPAM})
        client.post(release_url, {"status-to_status": Status.NEW})

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.NEW
    [acknowledgement] = [m for m in mail.outbox if m.to == ["maria@example.com"]]
    assert consultation_request.reference in acknowledgement.subject
    assert len(mail.outbox) == 2  # the firm's notification, then this
