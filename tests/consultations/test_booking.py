"""Prospects choose, change and cancel their consultation through the signed link."""

import datetime

import pytest
import time_machine
from django.core import mail, signing

from consultations.choices import Status
from consultations.models import Booking, CalendarException, WeeklyHours
from consultations.models.booking import BookingStatus
from tests.consultations.booking import (
    choose_time_url,
    ct,
    slot_value,
    weekday_mornings_calendar,
)
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

# Wednesday 4 March 2026, 15:00 in Connecticut: the next business day is Thursday.
NOW = ct(2026, 3, 4, 15)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def calendar(intake_site):
    return weekday_mornings_calendar()


@pytest.fixture
def prospect(calendar):
    return ConsultationRequestFactory(email="maria@example.com", language="en")


@pytest.fixture
def picker_url(consultation_page, prospect):
    return choose_time_url(consultation_page, prospect)


@pytest.fixture
def book(client, calendar, picker_url, django_capture_on_commit_callbacks):
    def book(starts_at, mode="video", url=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                url or picker_url,
                {"slot": slot_value(calendar, starts_at), "mode": mode},
            )

    return book


def offered_times(response):
    """The times the page offers, read from its radio buttons' labels."""
    return [
        datetime.datetime.fromisoformat(label["data-utc"])
        for label in parse(response).select("label[data-utc]")
    ]


def slot_error(response):
    return response.context["form"].errors.get("slot")


def test_picker_offers_times_from_the_next_business_day(client, picker_url):
    response = client.get(picker_url)
    times = offered_times(response)
    assert times[0] == ct(2026, 3, 5, 9)
    assert times[1] == ct(2026, 3, 5, 9, 30)
    assert all(time.astimezone(ct(2026, 1, 1, 0).tzinfo).hour < 12 for time in times)
    assert max(times).date() <= (NOW + datetime.timedelta(days=21)).date()


def test_an_urgent_request_is_told_to_call_and_offered_today(
    client, consultation_page, calendar
):
    urgent = ConsultationRequestFactory(is_urgent=True)
    # Two hours' notice: 10:00 is the first time at 7:55.
    with time_machine.travel(ct(2026, 3, 4, 7, 55), tick=False):
        response = client.get(choose_time_url(consultation_page, urgent))

    assert offered_times(response)[0] == ct(2026, 3, 4, 10)
    assert b'class="alert alert-warning urgent-call"' in response.content


def test_booking_schedules_the_request_and_sends_a_calendar_file(book, prospect):
    response = book(ct(2026, 3, 5, 10, 30))

    assert response.status_code == 302
    booking = Booking.objects.get()
    assert (booking.starts_at, booking.mode) == (ct(2026, 3, 5, 10, 30), "video")
    prospect.refresh_from_db()
    assert prospect.status == Status.SCHEDULED
    assert prospect.consultation_at == ct(2026, 3, 5, 10, 30)
    assert prospect.status_changes.filter(to_status=Status.SCHEDULED).count() == 1
    [confirmation] = mail.outbox
    assert confirmation.to == ["maria@example.com"]
    [(filename, ics, mimetype)] = confirmation.attachments
    assert (filename, mimetype) == ("consultation.ics", "text/calendar")
    assert "DTSTART:20260305T153000Z" in ics


def test_the_confirmation_page_shows_the_time_and_mode(client, book):
    response = client.get(book(ct(2026, 3, 5, 10, 30))["Location"])

    assert response.status_code == 200
    assert response.context["current_booking"].get_mode_display() == "Video call"


def test_a_spanish_request_gets_a_spanish_confirmation(book, consultation_page, client):
    spanish = ConsultationRequestFactory(language="es", email="ana@example.com")
    book(ct(2026, 3, 5, 11), url=choose_time_url(consultation_page, spanish))

    [confirmation] = mail.outbox
    assert confirmation.subject.startswith("Su consulta gratuita")


def test_a_taken_time_is_refused_and_the_mode_kept(book, consultation_page, client):
    book(ct(2026, 3, 5, 10))
    rival = ConsultationRequestFactory()

    response = book(
        ct(2026, 3, 5, 10),
        mode="in_person",
        url=choose_time_url(consultation_page, rival),
    )

    assert slot_error(response) == ["That time was just taken. Please choose another."]
    assert response.context["form"]["mode"].value() == "in_person"
    assert ct(2026, 3, 5, 10) not in offered_times(response)
    assert Booking.objects.count() == 1


def test_a_form_sent_without_a_mode_keeps_the_chosen_time(
    client, book, picker_url, calendar
):
    client.get(picker_url)  # the list of times as every prospect first sees it

    response = book(ct(2026, 3, 5, 10), mode="")

    assert response.context["form"].errors["mode"]
    [checked] = parse(response).select('input[name="slot"][checked]')
    assert checked["value"] == slot_value(calendar, ct(2026, 3, 5, 10))


def test_a_past_time_is_refused(book):
    response = book(ct(2026, 3, 4, 10))

    assert slot_error(response) == [
        "That time has already passed. Please choose another."
    ]


@pytest.mark.parametrize(
    "starts_at",
    [
        ct(2026, 3, 5, 13),
        ct(2026, 3, 7, 10),
        ct(2026, 4, 30, 10),
        ct(2026, 3, 5, 9, 10),
    ],
    ids=["after hours", "saturday", "beyond horizon", "off the grid"],
)
def test_a_time_outside_the_hours_is_refused(book, starts_at):
    response = book(starts_at)

    assert slot_error(response) == [
        "We do not offer consultations at that time. Please choose another."
    ]
    assert not Booking.objects.exists()


def test_holidays_offer_no_times(client, picker_url, calendar, book):
    CalendarException.objects.create(
        calendar=calendar,
        first_day=datetime.date(2026, 3, 5),
        last_day=datetime.date(2026, 3, 6),
        reason="Court",
    )

    times = offered_times(client.get(picker_url))

    assert times[0] == ct(2026, 3, 9, 9)
    assert slot_error(book(ct(2026, 3, 5, 10))) is not None


def test_rescheduling_frees_the_first_time(book, prospect):
    book(ct(2026, 3, 5, 10))
    book(ct(2026, 3, 6, 11))

    assert list(Booking.objects.values_list("starts_at", "status")) == [
        (ct(2026, 3, 5, 10), BookingStatus.CANCELLED),
        (ct(2026, 3, 6, 11), BookingStatus.BOOKED),
    ]
    prospect.refresh_from_db()
    assert prospect.consultation_at == ct(2026, 3, 6, 11)


def test_cancelling_frees_the_slot_and_returns_to_contacted(
    client, book, prospect, consultation_page, picker_url
):
    book(ct(2026, 3, 5, 10))
    cancel_url = choose_time_url(consultation_page, prospect, "cancel_booking")

    response = client.post(cancel_url)

    assert response.status_code == 200
    assert Booking.objects.get().status == BookingStatus.CANCELLED
    prospect.refresh_from_db()
    assert prospect.status == Status.CONTACTED
    assert prospect.status_changes.latest("pk").note == (
        "The prospect cancelled the consultation online."
    )
    assert ct(2026, 3, 5, 10) in offered_times(
        client.get(response.context["choose_again_url"])
    )


def test_the_picker_shows_a_booking_and_a_cancellation_at_once(
    client, book, picker_url, consultation_page, django_capture_on_commit_callbacks
):
    assert ct(2026, 3, 5, 10) in offered_times(client.get(picker_url))
    rival = ConsultationRequestFactory()
    book(ct(2026, 3, 5, 10), url=choose_time_url(consultation_page, rival))

    assert ct(2026, 3, 5, 10) not in offered_times(client.get(picker_url))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(choose_time_url(consultation_page, rival, "cancel_booking"))
    assert ct(2026, 3, 5, 10) in offered_times(client.get(picker_url))


def test_the_picker_costs_eight_queries_however_many_bookings(
    client,
    picker_url,
    calendar,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    client.get(picker_url)
    with django_capture_on_commit_callbacks(execute=True):
        for hour in (9, 10, 11):
            Booking.objects.create(
                request=ConsultationRequestFactory(),
                calendar=calendar,
                starts_at=ct(2026, 3, 9, hour),
                ends_at=ct(2026, 3, 9, hour, 30),
                mode="phone",
            )
    client.get(picker_url)

    with django_assert_max_num_queries(8):
        response = client.get(picker_url)

    assert ct(2026, 3, 9, 10) not in offered_times(response)


def test_a_link_from_before_a_cancellation_no_longer_works(
    client, book, prospect, consultation_page, picker_url
):
    book(ct(2026, 3, 5, 10))
    client.post(choose_time_url(consultation_page, prospect, "cancel_booking"))

    response = client.get(picker_url)

    assert response.status_code == 400
    assert b'class="call-us"' in response.content


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        signing.b64_encode(
            signing.dumps({"request": 1, "nonce": "x"}, salt="other").encode()
        ).decode(),
    ],
    ids=["tampered", "wrong salt"],
)
def test_a_bad_link_gets_a_page_saying_how_to_call(client, consultation_page, token):
    url = consultation_page.url + consultation_page.reverse_subpage(
        "choose_time", args=[token]
    )

    response = client.get(url)

    assert response.status_code == 400
    assert "consultations/booking/bad_link.html" in [t.name for t in response.templates]


def test_an_expired_link_gets_the_same_page(client, picker_url):
    with time_machine.travel(NOW + datetime.timedelta(days=31), tick=False):
        response = client.get(picker_url)

    assert response.status_code == 400


@pytest.mark.parametrize(
    ("now", "before", "after"),
    [
        (ct(2026, 3, 5, 15), "2026-03-06 14:00", "2026-03-09 13:00"),
        (ct(2026, 10, 29, 15), "2026-10-30 13:00", "2026-11-02 14:00"),
    ],
    ids=["spring forward", "fall back"],
)
def test_hours_keep_their_wall_clock_time_across_daylight_saving(
    client, consultation_page, prospect, now, before, after
):
    with time_machine.travel(now, tick=False):
        url = choose_time_url(consultation_page, prospect)
        times = offered_times(client.get(url))

    utc_times = {
        time.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M") for time in times
    }
    assert {before, after} <= utc_times


def test_the_hour_skipped_in_spring_is_never_offered(client, picker_url, calendar):
    WeeklyHours.objects.create(
        calendar=calendar,
        weekday=6,
        starts=datetime.time(1, 30),
        ends=datetime.time(3, 30),
    )
    with time_machine.travel(ct(2026, 3, 5, 15), tick=False):
        times = offered_times(client.get(picker_url))

    sunday = [time for time in times if time.date() == datetime.date(2026, 3, 8)]
    assert [time.astimezone(datetime.UTC).strftime("%H:%M") for time in sunday] == [
        "06:30",
        "07:00",
    ]


def test_the_thank_you_page_and_acknowledgement_offer_a_time(
    calendar, submit, valid_answers, client
):
    response = submit(valid_answers, follow=True)

    link = parse(response).select_one("a.choose-time")["href"]
    assert "/free-consultation/book/" in link
    [acknowledgement] = [m for m in mail.outbox if m.to == ["maria@example.com"]]
    assert link in acknowledgement.body
    assert offered_times(client.get(link))


def test_no_time_is_offered_when_self_booking_is_off(calendar, submit, valid_answers):
    calendar.is_open = False
    calendar.save()

    response = submit(valid_answers, follow=True)

    assert parse(response).select_one("a.choose-time") is None
