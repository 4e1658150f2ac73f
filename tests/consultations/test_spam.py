"""Spam is marked, saved and never notified, so a false alarm loses nobody."""

import pytest
from django.core import mail

from consultations.choices import SpamReason, Status
from consultations.models import ConsultationRequest, StatusChange
from tests.consultations.conftest import time_trap_token

pytestmark = pytest.mark.django_db

SIX_HOURS = 6 * 60 * 60


def assert_saved_as_spam(response, reason):
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.status == Status.SPAM
    assert consultation_request.spam_reason == reason
    history = StatusChange.objects.get(request=consultation_request)
    assert (history.from_status, history.to_status) == ("", Status.SPAM)
    assert mail.outbox == []
    # The sender sees the usual thank-you page: nothing tells a robot it was caught.
    assert response.status_code == 302
    assert response["Location"].endswith("/thank-you/")


def test_filled_honeypot_marks_the_request_as_spam(submit, valid_answers):
    valid_answers["referral_code"] = "https://cheap-pills.example"

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.HONEYPOT)


def test_form_sent_faster_than_a_person_could_is_spam(submit, valid_answers):
    valid_answers["form_started"] = time_trap_token(age=1)

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.TOO_FAST)


def test_form_sent_hours_after_it_was_shown_is_spam(submit, valid_answers):
    valid_answers["form_started"] = time_trap_token(age=SIX_HOURS + 60)

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.STALE_FORM)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "consultation-form",
        "consultation-form:1tZzzz:forged-signature",
    ],
)
def test_missing_or_forged_time_stamp_is_spam(submit, valid_answers, token):
    valid_answers["form_started"] = token

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.BAD_TIMESTAMP)


def test_time_stamp_signed_with_another_key_is_spam(submit, valid_answers, settings):
    valid_answers["form_started"] = time_trap_token(age=60)
    settings.SECRET_KEY = "another-key"  # noqa: S105

    response = submit(valid_answers)

    assert_saved_as_spam(response, SpamReason.BAD_TIMESTAMP)


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
