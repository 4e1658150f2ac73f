"""The hourly reminder digest: exactly the requests that wait, to the right
person, once a day, with references and links and nothing personal."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Site

from consultations.choices import Status
from consultations.models import FollowUpDigest
from firm_site.base.models import FirmSettings
from tests.consultations.dashboard import backdate, request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

INTAKE_ADDRESS = "intake@firm.example"


@pytest.fixture(autouse=True)
def intake_address(db):
    return FirmSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        firm_name="Law Offices",
        phone="860-555-0100",
        intake_email=INTAKE_ADDRESS,
    )


def run_digest():
    output = io.StringIO()
    call_command("send_follow_up_digest", stdout=output)
    return output.getvalue()


def today():
    return timezone.localdate()


def digest_to(address):
    sent = [message for message in mail.outbox if message.to == [address]]
    assert len(sent) == 1
    return sent[0]


def test_the_digest_lists_exactly_the_requests_that_wait():
    waiting_new = backdate(ConsultationRequestFactory(), days=5)
    follow_up_due = ConsultationRequestFactory(
        status=Status.CONTACTED, follow_up_on=today() - datetime.timedelta(days=1)
    )
    left_out = [
        ConsultationRequestFactory(),  # new an hour ago: not yet a business day
        backdate(ConsultationRequestFactory(status=Status.CONTACTED), days=5),
        ConsultationRequestFactory(status=Status.CONTACTED, follow_up_on=today()),
        ConsultationRequestFactory(
            status=Status.CONTACTED, follow_up_on=today() + datetime.timedelta(days=1)
        ),
        ConsultationRequestFactory(
            status=Status.DECLINED, follow_up_on=today() - datetime.timedelta(days=3)
        ),
        backdate(ConsultationRequestFactory(status=Status.SPAM), days=5),
    ]

    run_digest()

    body = digest_to(INTAKE_ADDRESS).body
    assert waiting_new.reference in body
    assert follow_up_due.reference in body
    assert "http://testserver" + request_url("inspect", waiting_new) in body
    for consultation_request in left_out:
        assert consultation_request.reference not in body


def test_each_assignee_gets_their_own_requests(intake_user, attorney_user):
    theirs = backdate(ConsultationRequestFactory(assigned_to=attorney_user), days=5)
    mine = backdate(ConsultationRequestFactory(assigned_to=intake_user), days=5)
    nobodys = backdate(ConsultationRequestFactory(), days=5)

    run_digest()

    assert len(mail.outbox) == 3
    assert theirs.reference in digest_to(attorney_user.email).body
    assert mine.reference in digest_to(intake_user.email).body
    assert nobodys.reference in digest_to(INTAKE_ADDRESS).body
    assert nobodys.reference not in digest_to(attorney_user.email).body


def test_the_digest_names_no_one():
    backdate(
        ConsultationRequestFactory(
            full_name="Rosa Quispe",
            email="rosa@example.com",
            phone="+18605550199",
            message="My brother was detained.",
        ),
        days=5,
    )

    run_digest()

    message = digest_to(INTAKE_ADDRESS)
    for personal in ("Rosa", "rosa@example.com", "8605550199", "detained"):
        assert personal not in message.body
        assert personal not in message.subject


def test_an_hourly_run_sends_each_digest_once_a_day():
    backdate(ConsultationRequestFactory(), days=5)

    run_digest()
    run_digest()

    assert len(mail.outbox) == 1
    digest = FollowUpDigest.objects.get()
    assert (digest.recipient, digest.sent_on, digest.request_count) == (
        INTAKE_ADDRESS,
        today(),
        1,
    )


def test_a_failed_send_is_tried_again_on_the_next_run(settings):
    backdate(ConsultationRequestFactory(), days=5)
    settings.EMAIL_BACKEND = "tests.consultations.mail_backends.BrokenEmailBackend"

    with pytest.raises(CommandError):
        run_digest()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_digest()

    assert len(mail.outbox) == 1
    assert FollowUpDigest.objects.count() == 1


def test_nothing_waiting_sends_nothing():
    ConsultationRequestFactory()

    run_digest()

    assert mail.outbox == []
