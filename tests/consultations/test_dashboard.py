"""The request listing (filters, search, order), through the admin as intake staff
see it. A request's page and the home panel: test_request_page.py."""

import datetime

import pytest
from django.utils import timezone

from consultations.choices import Matter, PreferredLanguage, Residence, Status
from consultations.models import ConsultationRequest
from tests.consultations.dashboard import (
    backdate,
    listing_rows,
    references,
    request_url,
)
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def listed(client, query=""):
    response = client.get(request_url("list", query=query))
    assert response.status_code == 200
    return references(response)


def test_the_listing_shows_the_columns_staff_work_with(intake_client, intake_user):
    ConsultationRequestFactory(
        full_name="Rosa Quispe",
        matter=Matter.ASYLUM,
        city="New Haven",
        preferred_language=PreferredLanguage.SPANISH,
        is_urgent=True,
        assigned_to=intake_user,
    )

    [row] = listing_rows(intake_client.get(request_url("list")))

    # Reference, urgency and status first: on a phone they stay on screen.
    assert list(row)[1:] == [
        "Reference",
        "Urgency",
        "Status",
        "First response",
        "Next follow-up",
        "Full name",
        "Received",
        "Matter",
        "City",
        "Language",
        "Site",
        "Assigned to",
        "Age",
    ]
    assert {
        column: row[column]
        for column in ("Full name", "Matter", "City", "Language", "Urgency")
    } == {
        "Full name": "Rosa Quispe",
        "Matter": "Asylum",
        "City": "New Haven",
        "Language": "Spanish",
        "Urgency": "Urgent",
    }
    assert row["Assigned to"] == "Ines"


def test_the_listing_shows_what_a_prospect_typed_as_text(intake_client):
    ConsultationRequestFactory(full_name='<b>Rosa</b> "Quispe" & Co')

    response = intake_client.get(request_url("list"))

    [row] = listing_rows(response)
    assert row["Full name"] == '<b>Rosa</b> "Quispe" & Co'
    assert b"<b>Rosa</b>" not in response.content


def test_the_listing_writes_when_a_request_came_in_as_a_date_and_time(
    intake_client,
):
    received = timezone.make_aware(datetime.datetime(2026, 3, 9, 14, 5))
    consultation_request = ConsultationRequestFactory()
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        created_at=received
    )

    [row] = listing_rows(intake_client.get(request_url("list")))

    assert row["Received"] == "March 9, 2026, 2:05 p.m."


def test_rows_link_to_the_request_page_not_an_edit_form(intake_client):
    consultation_request = ConsultationRequestFactory()

    response = intake_client.get(request_url("list"))

    [row] = parse(response).select("table.listing tbody tr")
    links = {a["href"] for a in row.find_all("a", href=True)}
    assert request_url("inspect", consultation_request) in links
    assert request_url("edit", consultation_request) not in links


def test_a_row_links_to_the_request_page_once_with_no_menu_repeating_it(
    intake_client,
):
    consultation_request = ConsultationRequestFactory()

    response = intake_client.get(request_url("list"))

    [row] = parse(response).select("table.listing tbody tr")
    links = [a["href"] for a in row.find_all("a", href=True)]
    assert links == [request_url("inspect", consultation_request)]
    assert row.select(".w-dropdown") == []


def test_a_superusers_row_menu_offers_only_delete(admin_client):
    consultation_request = ConsultationRequestFactory()

    response = admin_client.get(request_url("list"))

    [row] = parse(response).select("table.listing tbody tr")
    menu = row.select_one(".w-dropdown__content")
    assert [a["href"] for a in menu.find_all("a", href=True)] == [
        request_url("delete", consultation_request)
    ]


def test_open_requests_are_listed_by_default(intake_client):
    open_ones = [
        ConsultationRequestFactory(status=status)
        for status in (Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.HELD)
    ]
    for status in (Status.RETAINED, Status.DECLINED, Status.NO_RESPONSE, Status.SPAM):
        ConsultationRequestFactory(status=status)

    assert sorted(listed(intake_client)) == sorted(r.reference for r in open_ones)


def test_closed_requests_when_asked(intake_client):
    ConsultationRequestFactory(status=Status.NEW)
    closed = [
        ConsultationRequestFactory(status=status)
        for status in (Status.RETAINED, Status.DECLINED, Status.NO_RESPONSE)
    ]
    ConsultationRequestFactory(status=Status.SPAM)

    assert sorted(listed(intake_client, "?status=closed")) == sorted(
        r.reference for r in closed
    )


def test_spam_is_hidden_unless_asked_for(intake_client):
    ham = [ConsultationRequestFactory(status=s) for s in (Status.NEW, Status.DECLINED)]
    spam = ConsultationRequestFactory(status=Status.SPAM)

    assert sorted(listed(intake_client, "?status=all")) == sorted(
        r.reference for r in ham
    )
    assert listed(intake_client, "?status=spam") == [spam.reference]


@pytest.mark.parametrize(
    ("query", "matching", "other"),
    [
        ("?matter=asylum", {"matter": Matter.ASYLUM}, {"matter": Matter.DACA}),
        (
            "?preferred_language=es",
            {"preferred_language": PreferredLanguage.SPANISH},
            {"preferred_language": PreferredLanguage.ENGLISH},
        ),
        ("?language=es", {"language": "es"}, {"language": "en"}),
        ("?is_urgent=true", {"is_urgent": True}, {"is_urgent": False}),
        ("?is_urgent=false", {"is_urgent": False}, {"is_urgent": True}),
        (
            "?place=outside_ct",
            {"residence": Residence.OUTSIDE_CT, "city": ""},
            {"residence": Residence.OTHER_CT_TOWN, "city": ""},
        ),
    ],
)
def test_filters(intake_client, query, matching, other):
    wanted = ConsultationRequestFactory(**matching)
    ConsultationRequestFactory(**other)

    assert listed(intake_client, query) == [wanted.reference]


def test_filter_by_a_city_with_a_page(intake_client, city_page):
    wanted = ConsultationRequestFactory(city="Hartford")
    ConsultationRequestFactory(city="New Haven")

    assert listed(intake_client, "?place=Hartford") == [wanted.reference]


def test_a_bad_filter_value_still_hides_closed_requests_and_spam(intake_client):
    open_request = ConsultationRequestFactory()
    ConsultationRequestFactory(status=Status.SPAM)
    ConsultationRequestFactory(status=Status.DECLINED)

    assert listed(intake_client, "?matter=nonsense") == [open_request.reference]


def test_filter_by_assignee_mine_and_unassigned(
    intake_client, intake_user, attorney_user
):
    mine = ConsultationRequestFactory(assigned_to=intake_user)
    theirs = ConsultationRequestFactory(assigned_to=attorney_user)
    nobodys = ConsultationRequestFactory()

    assert listed(intake_client, "?assignee=mine") == [mine.reference]
    assert listed(intake_client, "?assignee=none") == [nobodys.reference]
    assert listed(intake_client, f"?assignee={attorney_user.pk}") == [theirs.reference]


def test_the_assignee_filter_offers_only_staff_who_work_requests(
    intake_client, intake_user, attorney_user, editor_user
):
    response = intake_client.get(request_url("list"))

    offered = dict(response.context["filters"].form.fields["assignee"].choices)
    assert str(intake_user.pk) in offered
    assert str(attorney_user.pk) in offered
    assert str(editor_user.pk) not in offered


def test_filter_by_date_received(intake_client):
    today = timezone.localdate()
    recent = ConsultationRequestFactory()
    backdate(ConsultationRequestFactory(), days=40)
    since = (today - datetime.timedelta(days=7)).isoformat()

    assert listed(intake_client, f"?received_from={since}") == [recent.reference]
    until = (today - datetime.timedelta(days=30)).isoformat()
    assert recent.reference not in listed(intake_client, f"?received_to={until}")


@pytest.mark.parametrize(
    "query",
    ["Quispe", "rosa.q@", "(860) 555-0199", "860.555.0199", "CR-7K3M9Q", "7k3m"],
)
def test_search_by_name_email_phone_and_reference(intake_client, query):
    wanted = ConsultationRequestFactory(
        reference="CR-7K3M9Q",
        full_name="Rosa Quispe",
        email="rosa.q@example.com",
        phone="+18605550199",
    )
    ConsultationRequestFactory(
        full_name="Ana Lima", email="ana@example.com", phone="+12035550123"
    )

    assert listed(intake_client, f"?q={query}") == [wanted.reference]


def test_urgent_first_then_oldest_by_default(intake_client):
    newer = ConsultationRequestFactory()
    older = backdate(ConsultationRequestFactory(), days=3)
    urgent_newer = ConsultationRequestFactory(is_urgent=True)
    urgent_older = backdate(ConsultationRequestFactory(is_urgent=True), days=2)

    assert listed(intake_client) == [
        urgent_older.reference,
        urgent_newer.reference,
        older.reference,
        newer.reference,
    ]


def test_sorting_by_age(intake_client):
    newest = ConsultationRequestFactory(is_urgent=True)
    oldest = backdate(ConsultationRequestFactory(), days=3)
    middle = backdate(ConsultationRequestFactory(), days=1)

    assert listed(intake_client, "?ordering=-created_at") == [
        newest.reference,
        middle.reference,
        oldest.reference,
    ]
