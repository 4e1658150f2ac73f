"""The numbers report: requests per week, by matter, city and source, the funnel
and the time to first contact, all counted from requests and their history."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from consultations import reports, workflow
from consultations.choices import Matter, Residence, Status
from consultations.models import ConsultationRequest
from tests.consultations.dashboard import backdate
from tests.consultations.factories import (
    ConflictCheckFactory,
    ConsultationRequestFactory,
)

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("consultations_report")


@pytest.fixture
def intake_client(client, intake_user):
    client.force_login(intake_user)
    return client


def bars(response, name):
    return {str(bar.label): bar.count for bar in response.context[name]}


def move(consultation_request, user, *statuses):
    if Status.HELD in statuses:
        ConflictCheckFactory(request=consultation_request)
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
        ("Consultation scheduled", 3, 75.0, 37.5),
        ("Consultation held", 3, 100.0, 37.5),
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


def report_page(client, query=""):
    response = client.get(REPORT_URL + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_funnel_shows_the_scheduled_stage(intake_client, intake_user):
    move(ConsultationRequestFactory(), intake_user, Status.SCHEDULED)

    funnel = report_page(intake_client).find("h2", string="Funnel").find_next("table")
    stages = {
        row.th.get_text(strip=True): row.find("td").get_text(strip=True)
        for row in funnel.tbody.find_all("tr")
    }

    assert stages["Consultation scheduled"] == "1"


def test_the_period_is_written_in_the_admin_date_format(intake_client):
    page = report_page(
        intake_client, "?received_from=2026-09-09&received_to=2026-09-30"
    )
    sentence = page.select_one(".consultation-report p").get_text(" ", strip=True)

    assert "from Sept. 9, 2026 to Sept. 30, 2026" in " ".join(sentence.split())


def test_the_share_answered_within_the_promise_per_week(intake_client, intake_user):
    monday = timezone.localdate() - datetime.timedelta(
        weeks=2, days=timezone.localdate().weekday()
    )
    tuesday_morning = timezone.make_aware(
        datetime.datetime.combine(monday + datetime.timedelta(days=1), TEN_AM)
    )
    in_time, late, urgent_late = (
        received_at(tuesday_morning, is_urgent=urgent)
        for urgent in (False, False, True)
    )
    contact_at(in_time, tuesday_morning + datetime.timedelta(hours=20), intake_user)
    contact_at(late, tuesday_morning + datetime.timedelta(hours=30), intake_user)
    contact_at(urgent_late, tuesday_morning + datetime.timedelta(hours=3), intake_user)
    received_at(tuesday_morning)  # never answered: past the promise

    table = report_page(intake_client).find(id="answered-in-time")
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])][:3]
        for row in table.tbody.find_all("tr")
    ]

    assert rows == [[date_format(monday, "DATE_FORMAT"), "4", "25 %"]]


TEN_AM = datetime.time(10)


def received_at(moment, **options):
    consultation_request = ConsultationRequestFactory(**options)
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        created_at=moment
    )
    return consultation_request


def contact_at(consultation_request, moment, user):
    move(consultation_request, user, Status.CONTACTED)
    consultation_request.status_changes.filter(to_status=Status.CONTACTED).update(
        changed_at=moment
    )
