"""The work queue: follow-ups due, the first-response clock, "My queue" and the
home panel's figures as links, through the admin as intake staff use them."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from consultations import workflow
from consultations.choices import Status
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import get_page, visible_text

pytestmark = pytest.mark.django_db

CONNECTICUT = ZoneInfo("America/New_York")


def listing_rows(client, url):
    """Each row of the listing's table, as {column heading: cell text}."""
    table = get_page(client, url).find("table", class_="listing")
    if table is None:
        return []
    headings = [visible_text(th) for th in table.thead.find_all("th")]
    return [
        dict(
            zip(headings, (visible_text(td) for td in tr.find_all("td")), strict=False)
        )
        | {"cells": tr.find_all("td")}
        for tr in table.tbody.find_all("tr")
    ]


def listed_references(client, url):
    return [reference_of(row) for row in listing_rows(client, url)]


def reference_of(row):
    return visible_text(cell(row, "Reference").select_one(".title-wrapper a"))


def cell(row, heading):
    return row["cells"][list(row).index(heading)]


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


# Follow-ups due


@pytest.fixture
def follow_ups():
    sunday = timezone.localdate() + datetime.timedelta(
        days=6 - timezone.localdate().weekday()
    )
    return {
        "overdue": ConsultationRequestFactory(follow_up_on=in_days(-2)),
        "today": ConsultationRequestFactory(follow_up_on=in_days(0)),
        "sunday": ConsultationRequestFactory(follow_up_on=sunday),
        "next_week": ConsultationRequestFactory(
            follow_up_on=sunday + datetime.timedelta(days=1)
        ),
        "none": ConsultationRequestFactory(),
        "closed_overdue": ConsultationRequestFactory(
            follow_up_on=in_days(-2), status=Status.DECLINED
        ),
    }


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("overdue", {"overdue"}),
        ("today", {"today"}),
        ("week", {"today", "sunday"}),
    ],
)
def test_the_follow_up_filter_lists_open_requests_due(
    intake_client, follow_ups, choice, expected
):
    references = listed_references(
        intake_client, request_url("list", query=f"?follow_up={choice}")
    )

    assert sorted(references) == sorted(follow_ups[name].reference for name in expected)


def test_the_listing_shows_the_follow_up_date_and_marks_an_overdue_one(
    intake_client, follow_ups
):
    rows = {
        reference_of(row): row
        for row in listing_rows(intake_client, request_url("list"))
    }

    overdue = cell(rows[follow_ups["overdue"].reference], "Next follow-up")
    today = cell(rows[follow_ups["today"].reference], "Next follow-up")
    assert overdue.find(class_="consultation-overdue") is not None
    assert today.find(class_="consultation-overdue") is None
    assert visible_text(today) == date_format(timezone.localdate(), "DATE_FORMAT")


def test_the_home_panel_figures_link_to_the_filtered_listing(intake_client, follow_ups):
    urgent = ConsultationRequestFactory(is_urgent=True)
    home = get_page(intake_client, reverse("wagtailadmin_home"))
    panel = home.find(id="consultation-summary-section")
    links = {visible_text(a): a["href"] for a in panel.select("dt a")}

    assert listed_references(intake_client, links["Overdue follow-ups"]) == [
        follow_ups["overdue"].reference
    ]
    assert listed_references(intake_client, links["Urgent and unanswered"]) == [
        urgent.reference
    ]
    new_today = listed_references(intake_client, links["New today"])
    assert len(new_today) == 7  # every request made today, closed ones included


# My queue


def test_my_queue_lists_my_open_requests_urgent_first_then_oldest(
    intake_client, intake_user, attorney_user
):
    oldest = ConsultationRequestFactory(assigned_to=intake_user)
    ConsultationRequestFactory(assigned_to=attorney_user)
    ConsultationRequestFactory(assigned_to=intake_user, status=Status.RETAINED)
    ConsultationRequestFactory()
    newest = ConsultationRequestFactory(assigned_to=intake_user)
    urgent = ConsultationRequestFactory(assigned_to=intake_user, is_urgent=True)

    references = listed_references(
        intake_client, reverse("consultation_requests:my_queue")
    )

    assert references == [urgent.reference, oldest.reference, newest.reference]


def test_my_queue_is_in_the_admin_menu(intake_client):
    home = get_page(intake_client, reverse("wagtailadmin_home"))

    assert reverse("consultation_requests:my_queue") in home.decode()


def test_my_queue_is_closed_to_editors(client, editor_user):
    client.force_login(editor_user)

    response = client.get(reverse("consultation_requests:my_queue"))

    assert response.status_code == 403


# The first-response clock


def received(moment, **options):
    consultation_request = ConsultationRequestFactory(**options)
    consultation_request.__class__.objects.filter(pk=consultation_request.pk).update(
        created_at=moment
    )
    consultation_request.refresh_from_db()
    return consultation_request


FRIDAY_AFTERNOON = datetime.datetime(2026, 11, 6, 15, 0, tzinfo=CONNECTICUT)


def first_response_of(client, consultation_request):
    rows = listing_rows(client, request_url("list"))
    row = next(r for r in rows if reference_of(r) == consultation_request.reference)
    return cell(row, "First response")


def test_a_request_received_on_friday_is_not_overdue_over_the_weekend(
    intake_client,
):
    friday = received(FRIDAY_AFTERNOON)

    with time_machine.travel(FRIDAY_AFTERNOON + datetime.timedelta(days=2)):
        waiting = first_response_of(intake_client, friday)

    assert waiting.find(class_="consultation-overdue") is None
    assert visible_text(waiting).startswith("Waiting 2 days, due Nov. 9, 2026, 3 p.m.")


def test_a_request_received_on_friday_is_overdue_on_monday_afternoon(
    intake_client,
):
    friday = received(FRIDAY_AFTERNOON)

    with time_machine.travel(FRIDAY_AFTERNOON + datetime.timedelta(days=3, hours=1)):
        waiting = first_response_of(intake_client, friday)

    assert visible_text(waiting.find(class_="consultation-overdue")) == (
        "Overdue: waiting 3 days"
    )


def test_an_urgent_request_is_overdue_after_two_hours(intake_client):
    urgent = received(FRIDAY_AFTERNOON, is_urgent=True)

    with time_machine.travel(FRIDAY_AFTERNOON + datetime.timedelta(hours=3)):
        waiting = first_response_of(intake_client, urgent)

    assert waiting.find(class_="consultation-overdue") is not None


def test_a_contacted_request_no_longer_waits(intake_client, intake_user):
    contacted = ConsultationRequestFactory()
    workflow.change_status(contacted, Status.CONTACTED, user=intake_user)

    assert visible_text(first_response_of(intake_client, contacted)) == ""


# The listing on a phone


def test_reference_urgency_and_status_come_first(intake_client):
    ConsultationRequestFactory()
    table = get_page(intake_client, request_url("list")).find("table", class_="listing")

    headings = [visible_text(th) for th in table.thead.find_all("th")][1:4]

    assert headings == ["Reference", "Urgency", "Status"]
