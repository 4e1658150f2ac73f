"""The staff's side of booking: the week view, today's panel, the calendar feed
and the hours attorneys edit."""

import pytest
import time_machine
from django.urls import reverse

from consultations.booking.service import book
from consultations.models import CalendarFeed
from tests.consultations.booking import ct, slot_value, weekday_mornings_calendar
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def attorney_calendar(intake_site, attorney_user):
    return weekday_mornings_calendar(attorney=attorney_user)


@pytest.fixture
def booked(attorney_calendar):
    prospect = ConsultationRequestFactory(full_name="María José Pérez")
    booked_at = ct(2026, 3, 3, 9)
    with time_machine.travel(booked_at, tick=False):
        book(
            prospect,
            slot_value(attorney_calendar, ct(2026, 3, 9, 10, 30)),
            "video",
            now=booked_at,
        )
    return prospect


def test_the_week_view_links_each_consultation_to_its_request(attorney_client, booked):
    response = attorney_client.get(
        reverse("consultation_calendar"), {"week": "2026-03-11"}
    )

    page = parse(response)
    [item] = page.select(".consultation-week__booking")
    assert item.select_one("a")["href"] == (
        f"/admin/consultations/requests/inspect/{booked.pk}/"
    )
    assert item.get_text(" ", strip=True).startswith("10:30")
    row = item.find_parent("tr")
    assert row.select_one("th").get_text(strip=True) == "Monday 9 March"


def test_the_week_view_is_closed_to_editors(client, editor_user):
    client.force_login(editor_user)

    assert client.get(reverse("consultation_calendar")).status_code == 403


def test_todays_consultations_are_on_the_admin_home(attorney_client, booked):
    with time_machine.travel(ct(2026, 3, 9, 8), tick=False):
        response = attorney_client.get(reverse("wagtailadmin_home"))

    [item] = parse(response).select(".todays-consultations li")
    assert item.select_one("a").get_text() == booked.reference


def test_the_feed_shows_references_and_times_only(
    attorney_client, attorney_user, booked
):
    attorney_client.get(reverse("consultation_calendar"))
    feed = CalendarFeed.objects.get(user=attorney_user)

    with time_machine.travel(ct(2026, 3, 3, 9), tick=False):
        response = attorney_client.get(
            reverse("consultations:calendar_feed", args=[feed.secret])
        )

    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f"SUMMARY:Consultation {booked.reference} (Video call)" in body
    assert "DTSTART:20260309T143000Z" in body
    assert "Pérez" not in body
    assert "Family" not in body


def test_resetting_the_feed_ends_the_old_address(attorney_client, attorney_user):
    attorney_client.get(reverse("consultation_calendar"))
    old_secret = CalendarFeed.objects.get(user=attorney_user).secret

    attorney_client.post(reverse("consultation_calendar_reset_feed"))

    old = attorney_client.get(reverse("consultations:calendar_feed", args=[old_secret]))
    assert old.status_code == 404


def test_attorneys_edit_consultation_hours(attorney_client, attorney_calendar):
    response = attorney_client.get(
        reverse(
            "wagtailsnippets_consultations_consultationcalendar:edit",
            args=[attorney_calendar.pk],
        )
    )

    assert response.status_code == 200
