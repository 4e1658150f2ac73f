"""The request listing (filters, search, order), a request's page and the admin
home panel, through the admin as intake staff see them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from consultations import workflow
from consultations.choices import Matter, PreferredLanguage, Residence, Status
from consultations.models import ConsultationRequest
from tests.consultations.dashboard import (
    backdate,
    listing_rows,
    references,
    request_facts,
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


def test_the_request_page_shows_everything_the_prospect_sent(intake_client):
    consultation_request = ConsultationRequestFactory(
        full_name="Rosa Quispe",
        email="rosa@example.com",
        phone="+18605550199",
        matter=Matter.DETENTION,
        is_urgent=True,
        message="My brother is <b>detained</b>.\nPlease call.",
        source_url="/en/cities/hartford/",
        utm_source="newsletter",
    )

    response = intake_client.get(request_url("inspect", consultation_request))

    facts = request_facts(response)
    assert (facts["E-mail"].a["href"], facts["E-mail"].a.text) == (
        "mailto:rosa@example.com",
        "rosa@example.com",
    )
    assert (facts["Phone"].a["href"], facts["Phone"].a.text) == (
        "tel:+18605550199",
        "+1 860-555-0199",
    )
    assert facts["Full name"].text == "Rosa Quispe"
    assert facts["Matter"].text == "Detention and bond"
    assert [str(node) for node in facts["Message"].contents] == [
        "My brother is <b>detained</b>.",
        "<br/>",
        "Please call.",
    ]
    assert facts["Came from"].text == "/en/cities/hartford/"
    assert facts["Campaign (UTM)"].text.split("/")[0].strip() == "newsletter"


def test_the_request_page_lists_its_history_newest_first(intake_client, intake_user):
    consultation_request = ConsultationRequestFactory()
    workflow.change_status(
        consultation_request, Status.CONTACTED, user=intake_user, note="Called."
    )
    workflow.add_note(consultation_request, "Prefers mornings.", user=intake_user)

    response = intake_client.get(request_url("inspect", consultation_request))

    history = [(str(e.title), e.text) for e in response.context["history"]]
    assert history == [
        ("Internal note", "Prefers mornings."),
        ("New → Contacted", "Called."),
        ("Received as New", ""),
    ]


def test_the_request_page_lists_possible_duplicates(intake_client):
    first = ConsultationRequestFactory(email="rosa@example.com", phone="+18605550199")
    same_email = ConsultationRequestFactory(email="ROSA@example.com")
    same_phone = ConsultationRequestFactory(phone="+18605550199")
    linked = ConsultationRequestFactory(duplicate_of=first)
    ConsultationRequestFactory()

    response = intake_client.get(request_url("inspect", first))

    assert sorted(r.reference for r in response.context["possible_duplicates"]) == (
        sorted([same_email.reference, same_phone.reference, linked.reference])
    )


def test_the_edit_url_leads_to_the_request_page(intake_client):
    consultation_request = ConsultationRequestFactory()

    response = intake_client.get(request_url("edit", consultation_request))

    assert response.status_code == 302
    assert response.url == request_url("inspect", consultation_request)


def test_staff_cannot_add_a_request_in_the_admin(intake_client, superuser, client):
    # Admin 404s are redirected to /en/admin/... by the i18n URL patterns first.
    assert intake_client.get(request_url("add"), follow=True).status_code == 404
    client.force_login(superuser)
    assert client.get(request_url("add"), follow=True).status_code == 404


def panel_numbers(response):
    """The home panel's figures, by label."""
    panel = parse(response).find(id="consultation-summary-section")
    return {
        " ".join(term.get_text().split()): " ".join(
            term.find_next_sibling("dd").get_text().split()
        )
        for term in panel.find_all("dt")
    }


def test_the_home_panel_counts_what_waits(intake_client):
    ConsultationRequestFactory()
    ConsultationRequestFactory(is_urgent=True)
    backdate(ConsultationRequestFactory(is_urgent=True), days=8)
    ConsultationRequestFactory(status=Status.SPAM, is_urgent=True)
    ConsultationRequestFactory(
        status=Status.CONTACTED,
        follow_up_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    ConsultationRequestFactory(
        status=Status.DECLINED,
        follow_up_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    ConsultationRequestFactory(
        status=Status.CONTACTED, follow_up_on=timezone.localdate()
    )

    numbers = panel_numbers(intake_client.get(reverse("wagtailadmin_home")))

    assert numbers == {
        "New today": "5",
        "New this week": "5",
        "Urgent and unanswered": "2",
        "Overdue follow-ups": "1",
        "Median time to first contact, last 30 days": "No contact yet",
    }


def test_the_home_panel_gives_the_median_time_to_first_contact(
    intake_client, intake_user
):
    for hours in (2, 5, 30):
        waited = backdate(ConsultationRequestFactory(), hours=hours)
        workflow.change_status(waited, Status.CONTACTED, user=intake_user)
    backdate(ConsultationRequestFactory(), hours=50)

    numbers = panel_numbers(intake_client.get(reverse("wagtailadmin_home")))

    assert numbers["Median time to first contact, last 30 days"] == "5 hours"


def test_the_invitation_buttons_icon_is_sized_like_its_text(intake_client, intake_user):
    scheduled = ConsultationRequestFactory()
    workflow.change_status(
        scheduled,
        Status.SCHEDULED,
        user=intake_user,
        when=timezone.now() + datetime.timedelta(days=2),
    )
    page = BeautifulSoup(
        intake_client.get(request_url("inspect", scheduled)).content.decode(),
        "html.parser",
    )
    stylesheet = (
        settings.BASE_DIR / "consultations/static/consultations/admin/dashboard.css"
    ).read_text()

    icon = page.select_one("a.consultation-invitation svg")
    icon_rule = stylesheet[stylesheet.index(".consultation-button-icon {") :]
    icon_rule = icon_rule[: icon_rule.index("}")]
    assert "consultation-button-icon" in icon["class"]
    assert "height: 1rem" in icon_rule
    assert "width: 1rem" in icon_rule
