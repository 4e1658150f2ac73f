"""The reminder a day before: sent once, however often cron runs the command."""

import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from consultations.booking.service import book
from tests.consultations.booking import ct, slot_value, weekday_mornings_calendar
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked_thursday_morning(intake_site):
    calendar = weekday_mornings_calendar()
    prospect = ConsultationRequestFactory(email="maria@example.com")
    starts_at = ct(2026, 3, 5, 10, 30)
    booked_at = ct(2026, 3, 3, 9)
    with time_machine.travel(booked_at, tick=False):
        book(prospect, slot_value(calendar, starts_at), "phone", now=booked_at)
    mail.outbox.clear()
    return prospect


def remind():
    output = io.StringIO()
    call_command("send_booking_reminders", stdout=output)
    return output.getvalue()


def test_the_reminder_goes_once_the_day_before(booked_thursday_morning):
    with time_machine.travel(ct(2026, 3, 4, 10, 40), tick=False):
        assert remind() == "1 reminder(s) sent.\n"
        assert remind() == "0 reminder(s) sent.\n"

    [reminder] = mail.outbox
    assert reminder.to == ["maria@example.com"]
    assert reminder.subject == (
        f"Reminder: your free consultation tomorrow "
        f"({booked_thursday_morning.reference})"
    )
    assert "/free-consultation/book/" in reminder.body


def test_no_reminder_two_days_before(booked_thursday_morning):
    with time_machine.travel(ct(2026, 3, 3, 10), tick=False):
        remind()

    assert mail.outbox == []
