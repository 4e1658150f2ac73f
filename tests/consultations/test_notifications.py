"""Notifications go out once, carry no personal details to the firm, and a failed
send is retried without losing or repeating anything."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from consultations import kept_conflicts
from consultations.choices import SpamReason, Status
from consultations.models import ConsultationRequest
from consultations.tasks import notify_firm
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

BROKEN_MAIL_SERVER = "tests.consultations.mail_backends.BrokenEmailBackend"
WORKING_MAIL_SERVER = "django.core.mail.backends.locmem.EmailBackend"


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def resend(django_capture_on_commit_callbacks):
    def resend(*options):
        output = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("resend_notifications", *options, stdout=output)
        return output.getvalue()

    return resend


def test_firm_is_told_what_arrived_and_where_to_read_it(submit, valid_answers):
    valid_answers["is_urgent"] = "on"

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    [notification] = sent_to("intake@welcome-law.example")
    assert notification.subject == (
        f"URGENT – New consultation request {consultation_request.reference}"
    )
    assert f"Reference: {consultation_request.reference}" in notification.body
    assert "Matter: Family-based petition" in notification.body
    assert "City or town: Hartford" in notification.body
    assert "Urgent: yes" in notification.body
    assert (
        f"http://testserver/admin/consultations/requests/inspect/"
        f"{consultation_request.pk}/" in notification.body
    )


def test_firm_notification_carries_no_personal_details(submit, valid_answers):
    submit(valid_answers)

    [notification] = sent_to("intake@welcome-law.example")
    text = notification.subject + notification.body
    for personal in ["María", "Pérez", "maria@example.com", "860", "petition pending"]:
        assert personal not in text


def test_prospect_is_acknowledged_with_reference_next_steps_and_phone(
    submit, valid_answers
):
    submit(valid_answers)

    reference = ConsultationRequest.objects.get().reference
    [acknowledgement] = sent_to("maria@example.com")
    assert reference in acknowledgement.subject
    assert f"Your reference: {reference}" in acknowledgement.body
    assert "What happens next" in acknowledgement.body
    assert "(203) 753-7300" in acknowledgement.body
    assert acknowledgement.reply_to == ["office@welcome-law.example"]


def test_no_acknowledgement_without_an_email_address(submit, valid_answers):
    valid_answers["email"] = ""

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert [message.to for message in mail.outbox] == [["intake@welcome-law.example"]]
    assert consultation_request.acknowledged_at is None


def test_broken_mail_server_loses_nothing_and_records_no_sent_time(
    submit, valid_answers, settings
):
    settings.EMAIL_BACKEND = BROKEN_MAIL_SERVER

    response = submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert response.status_code == 302
    assert consultation_request.status == Status.NEW
    assert consultation_request.firm_notified_at is None
    assert consultation_request.acknowledged_at is None
    assert consultation_request.notifications_queued_at is not None


def test_resend_sends_what_failed_once_the_mail_server_works(
    submit, valid_answers, settings, resend
):
    settings.EMAIL_BACKEND = BROKEN_MAIL_SERVER
    submit(valid_answers)
    settings.EMAIL_BACKEND = WORKING_MAIL_SERVER

    first_run = resend("--after-minutes", "0")
    second_run = resend("--after-minutes", "0")

    consultation_request = ConsultationRequest.objects.get()
    assert len(sent_to("intake@welcome-law.example")) == 1
    assert len(sent_to("maria@example.com")) == 1
    assert consultation_request.firm_notified_at is not None
    assert consultation_request.acknowledged_at is not None
    assert "of 1 request(s)" in first_run
    assert "of 0 request(s)" in second_run


def test_resend_leaves_recently_queued_requests_to_the_worker(
    submit, valid_answers, settings, resend
):
    settings.EMAIL_BACKEND = BROKEN_MAIL_SERVER
    submit(valid_answers)
    settings.EMAIL_BACKEND = WORKING_MAIL_SERVER

    resend()  # default: queued more than ten minutes ago

    assert mail.outbox == []


def test_resend_tells_the_firm_of_spam_but_never_the_prospect(intake_site, resend):
    ConsultationRequestFactory(status=Status.SPAM, spam_reason=SpamReason.TOO_FAST)

    resend("--after-minutes", "0")

    [notification] = mail.outbox
    assert notification.to == ["intake@welcome-law.example"]
    assert "It was marked as spam: Sent faster than a person could." in (
        notification.body
    )


def test_resend_gives_up_on_requests_older_than_a_week(intake_site, resend):
    old = ConsultationRequestFactory()
    ConsultationRequest.objects.filter(pk=old.pk).update(
        created_at=old.created_at.replace(year=old.created_at.year - 1)
    )

    resend("--after-minutes", "0")

    assert mail.outbox == []


def test_a_notification_queued_twice_is_sent_once(intake_site):
    consultation_request = ConsultationRequestFactory()

    notify_firm.enqueue(consultation_request.pk)
    notify_firm.enqueue(consultation_request.pk)

    assert len(mail.outbox) == 1


def test_missing_intake_address_keeps_the_firm_notification_pending(
    submit, valid_answers, intake_site
):
    intake_site.intake_email = ""
    intake_site.save()

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.firm_notified_at is None
    assert [message.to for message in mail.outbox] == [["maria@example.com"]]


@pytest.fixture
def database_task_backend(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_database_backend_queues_in_the_same_transaction_as_the_request(
    client,
    form_url,
    valid_answers,
    database_task_backend,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as waiting_for_commit:
        client.post(form_url, valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    queued = DBTaskResult.objects.filter(
        task_path__startswith="consultations."
    ).order_by("task_path")
    # Only the conflict checks' new generation waits for the commit.
    assert set(waiting_for_commit) <= {kept_conflicts.start_new_names_generation}
    assert [task.task_path for task in queued] == [
        "consultations.tasks.acknowledge_prospect",
        "consultations.tasks.notify_firm",
    ]
    assert all(
        task.args_kwargs == {"args": [consultation_request.pk], "kwargs": {}}
        for task in queued
    )
    assert mail.outbox == []


def test_worker_sends_what_the_database_backend_queued(
    submit, valid_answers, database_task_backend, monkeypatch
):
    # A real worker is its own process; here it shares the test's connection and
    # transaction, which Django's connection recycling would otherwise close.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    submit(valid_answers)

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    consultation_request = ConsultationRequest.objects.get()
    assert len(mail.outbox) == 2
    assert consultation_request.firm_notified_at is not None
    assert consultation_request.acknowledged_at is not None
