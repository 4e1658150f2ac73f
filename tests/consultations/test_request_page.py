"""A request's page and the admin home panel, as intake staff see them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from consultations import workflow
from consultations.choices import Matter, Status
from tests.consultations.dashboard import backdate, request_facts, request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


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
