"""The numbers report: requests per week, by matter, city and source, the funnel
and the time to first contact, all counted from requests and their history."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations import reports, workflow
from consultations.choices import Matter, Residence, Status
from tests.consultations.dashboard import backdate
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("consultations_report")


@pytest.fixture
def intake_client(client, intake_user):
    client.force_login(intake_user)
    return client


def bars(response, name):
    return {str(bar.label): bar.count for bar in response.context[name]}


def move(consultation_request, user, *statuses):
    for status in statuses:
        workflow.change_status(
            consultation_request,
            status,
            user=user,
            when=timezone.now() + datetime.timedelta(days=1)
            if status == Status.SCHEDULED
            else None,
        )


def test_the_report_is_in_the_reports_menu(intake_client):
    response = intake_client.get(reverse("wagtailadmin_home"))

    assert REPORT_URL in response.content.decode()


def test_the_funnel_counts_every_request_that_reached_each_stage(
    intake_client, intake_user
):
    for _ in range(4):
        ConsultationRequestFactory()
    move(ConsultationRequestFactory(), intake_user, Status.CONTACTED)
    move(
        ConsultationRequestFactory(),
        intake_user,
        Status.CONTACTED,
        Status.SCHEDULED,
        Status.HELD,
        Status.DECLINED,
    )
    for _ in range(2):
        move(
            ConsultationRequestFactory(),
            intake_user,
            Status.SCHEDULED,
            Status.HELD,
            Status.RETAINED,
        )
    ConsultationRequestFactory(status=Status.SPAM)

    response = intake_client.get(REPORT_URL)

    funnel = [
        (str(stage.label), stage.count, stage.rate_from_previous, stage.rate_from_new)
        for stage in response.context["funnel"]
    ]
    assert funnel == [
        ("New", 8, None, 100.0),
        ("Contacted", 4, 50.0, 50.0),
        ("Consultation held", 3, 75.0, 37.5),
        ("Retained", 2, 66.7, 25.0),
    ]
    assert "66.7 %" in response.content.decode()


def test_requests_by_matter_city_and_source(intake_client):
    ConsultationRequestFactory(
        matter=Matter.ASYLUM, city="Hartford", utm_source="newsletter"
    )
    ConsultationRequestFactory(
        matter=Matter.ASYLUM, city="Hartford", source_url="/en/cities/hartford/"
    )
    ConsultationRequestFactory(
        matter=Matter.DACA,
        city="",
        residence=Residence.OUTSIDE_CT,
        utm_source="newsletter",
    )
    ConsultationRequestFactory(matter=Matter.DACA, status=Status.SPAM)

    response = intake_client.get(REPORT_URL)

    assert bars(response, "by_matter") == {"Asylum": 2, "DACA": 1}
    assert bars(response, "by_city") == {"Hartford": 2, "Outside Connecticut": 1}
    assert bars(response, "by_source") == {"newsletter": 2, "/en/cities/hartford/": 1}


def test_requests_per_week_include_empty_weeks(intake_client):
    ConsultationRequestFactory()
    backdate(ConsultationRequestFactory(), weeks=3)
    backdate(ConsultationRequestFactory(), weeks=3)
    backdate(ConsultationRequestFactory(), weeks=20)

    response = intake_client.get(REPORT_URL)

    weeks = [bar.count for bar in response.context["weeks"]]
    assert len(weeks) == 13
    assert weeks[-1] == 1
    assert weeks[-4] == 2
    assert sum(weeks) == 3
    longest = max(response.context["weeks"], key=lambda bar: bar.count)
    assert longest.percent == 100


def test_the_period_can_be_chosen(intake_client):
    backdate(ConsultationRequestFactory(matter=Matter.VISAS), weeks=20)
    ConsultationRequestFactory(matter=Matter.ASYLUM)
    today = timezone.localdate()
    first = (today - datetime.timedelta(weeks=21)).isoformat()
    last = (today - datetime.timedelta(weeks=19)).isoformat()

    response = intake_client.get(
        REPORT_URL + f"?received_from={first}&received_to={last}"
    )

    assert bars(response, "by_matter") == {"Visas": 1}


def test_the_charts_are_svg_drawn_on_the_server(intake_client):
    ConsultationRequestFactory(matter=Matter.ASYLUM)

    content = intake_client.get(REPORT_URL).content.decode()

    assert '<svg class="consultation-bar"' in content
    assert '<rect x="0" y="0" width="100" height="10">' in content


def test_the_median_time_to_first_contact(intake_client, intake_user):
    for hours in (1, 3, 8, 30):
        move(
            backdate(ConsultationRequestFactory(), hours=hours),
            intake_user,
            Status.CONTACTED,
        )
    spam = backdate(ConsultationRequestFactory(), hours=2)
    move(spam, intake_user, Status.SPAM)

    response = intake_client.get(REPORT_URL)

    assert response.context["median_first_contact"] == "5 hours"


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # Tuesday → Monday, Monday → Friday, Sunday → Friday (New York time)
        (datetime.datetime(2026, 3, 3, 10), datetime.datetime(2026, 3, 2, 10)),
        (datetime.datetime(2026, 3, 2, 10), datetime.datetime(2026, 2, 27, 10)),
        (datetime.datetime(2026, 3, 1, 10), datetime.datetime(2026, 2, 27, 10)),
    ],
)
def test_one_business_day_before(moment, expected):
    aware = timezone.make_aware(moment)

    assert reports.business_day_before(aware) == timezone.make_aware(expected)


def test_the_report_runs_no_inline_script(intake_client):
    ConsultationRequestFactory()

    content = intake_client.get(REPORT_URL).content.decode()

    assert (
        re.findall(r"<script(?![^>]*\b(?:src=|type=\"application/json))", content) == []
    )
