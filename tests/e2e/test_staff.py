"""Staff at work in the admin: intake takes a new request to a scheduled
consultation; an editor publishes a city page and never meets a request."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from consultations.choices import Status
from tests.consultations.factories import ConsultationRequestFactory
from tests.e2e.site import CITY, visit
from tests.e2e.staff import log_in, main_menu, staff_member

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CONNECTICUT = ZoneInfo("America/New_York")


def open_request_from_the_listing(page, consultation_request):
    menu = main_menu(page)
    menu.get_by_role("button", name="Consultations").click()
    menu.get_by_role("link", name="Requests").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Consultation requests")
    page.get_by_role("textbox", name="Search term").fill("Pérez")
    rows = page.get_by_role("row").filter(has=page.get_by_role("checkbox"))
    expect(rows.filter(has_text="Somebody Else")).to_have_count(0)
    row = rows.filter(has_text=consultation_request.full_name)
    row.get_by_role("link", name=consultation_request.reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        consultation_request.reference
    )


def change_status(page, status, note="", day=None, at=None):
    panel = page.get_by_role("region", name="Change status")
    panel.get_by_role("combobox", name=re.compile("^New status")).select_option(
        label=str(status.label)
    )
    if day:
        panel.get_by_label("Consultation date").fill(day.isoformat())
        panel.get_by_label("Consultation time").fill(at.strftime("%H:%M"))
    if note:
        panel.get_by_role("textbox", name="Note").fill(note)
    panel.get_by_role("button", name="Change status").click()


def test_intake_takes_a_new_request_to_a_scheduled_consultation(open_browser_page):
    ConsultationRequestFactory(full_name="Somebody Else")
    consultation_request = ConsultationRequestFactory(
        full_name="María José Pérez", city="New Haven"
    )
    intake = staff_member("ines", "Intake", first_name="Inés", last_name="Rivera")
    attorney = staff_member("alba", "Attorneys", first_name="Alba", last_name="Soto")

    # Assigning is for attorneys: one gives the new request to Inés.
    page = open_browser_page()
    log_in(page, attorney)
    open_request_from_the_listing(page, consultation_request)
    assign = page.get_by_role("region", name="Assign")
    assign.get_by_label("Assign to").select_option(label="Inés Rivera")
    assign.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("Assignment saved.")).to_be_visible()

    page = open_browser_page()
    log_in(page, intake)
    open_request_from_the_listing(page, consultation_request)
    status = page.get_by_role("region", name="Status", exact=True)
    expect(status).to_contain_text("Inés Rivera")
    expect(page.get_by_role("region", name="Assign")).to_have_count(0)

    change_status(page, Status.CONTACTED, note="Called her; she asked for Spanish.")
    expect(page.get_by_text("Status changed.")).to_be_visible()
    expect(status).to_contain_text("Contacted")

    # Scheduling asks for the consultation's date and time.
    change_status(page, Status.SCHEDULED)
    expect(page.get_by_text("Give the consultation's date and time.")).to_be_visible()
    day = timezone.localdate() + datetime.timedelta(days=7)
    change_status(page, Status.SCHEDULED, day=day, at=datetime.time(10, 30))
    expect(page.get_by_text("Status changed.")).to_be_visible()
    expect(status).to_contain_text("Consultation scheduled")

    note = page.get_by_role("region", name="Add an internal note")
    note.get_by_role("textbox", name=re.compile("^Internal note")).fill(
        "Bring the receipt notice of her husband's petition."
    )
    note.get_by_role("button", name="Add note").click()
    expect(page.get_by_text("Note added.")).to_be_visible()

    history = page.get_by_role("region", name="History").get_by_role("listitem")
    expect(history).to_contain_text(
        [
            "Internal note",
            "Consultation time: — → ",
            "Contacted → Consultation scheduled",
            "New → Contacted",
            "Assigned to: Nobody → Inés Rivera",
            "Received as New",
        ]
    )
    expect(history.nth(0)).to_contain_text("her husband's petition")
    expect(history.nth(3)).to_contain_text("she asked for Spanish")
    page.get_by_role("link", name=re.compile("^Audit log")).click()
    expect(page.get_by_text("Assigned to: nobody → Inés Rivera")).to_be_visible()

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.SCHEDULED
    assert consultation_request.assigned_to == intake
    assert consultation_request.consultation_at == datetime.datetime.combine(
        day, datetime.time(10, 30), tzinfo=CONNECTICUT
    )


def test_editor_publishes_a_city_page_and_meets_no_request(
    open_browser_page, demo_site
):
    consultation_request = ConsultationRequestFactory(full_name="María José Pérez")
    editor = staff_member("edgar", "Editors", first_name="Edgar", last_name="Lopez")
    page = open_browser_page()
    log_in(page, editor)

    menu = main_menu(page)
    expect(menu.get_by_role("button", name="Pages")).to_be_visible()
    expect(menu.get_by_role("button", name="Consultations")).to_have_count(0)
    menu.get_by_role("button", name="Reports").click()
    reports = menu.get_by_role("list", name="Reports")
    expect(reports.get_by_role("link", name="Workflows")).to_be_visible()
    expect(reports.get_by_role("link", name="Consultation requests")).to_have_count(0)
    expect(page.get_by_role("region", name="Consultation requests")).to_have_count(0)
    for url in [
        reverse("consultation_requests:list"),
        reverse("consultation_requests:inspect", args=[consultation_request.pk]),
        reverse("consultation_board:index"),
        reverse("consultations_report"),
    ]:
        response = page.goto(url)
        assert response.status in {403, 404}, url
        expect(page.get_by_text(consultation_request.full_name)).to_have_count(0)
    visit(page, reverse("wagtailadmin_home"))
    page.get_by_role("main").get_by_role("textbox", name="Search term").fill("Pérez")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?q=P%C3%A9rez"))
    expect(page.get_by_text(consultation_request.full_name)).to_have_count(0)

    city_page = demo_site.page(CITY)
    visit(page, reverse("wagtailadmin_explore", args=[city_page.get_parent().pk]))
    page.get_by_role("link", name="Hartford", exact=True).click()
    summary = "Hartford police never ask about immigration status at an arrest."
    page.get_by_role("textbox", name=re.compile("^Summary")).fill(summary)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Page 'Hartford' has been published.")).to_be_visible()

    visit(page, city_page.url)
    expect(page.get_by_text(summary)).to_be_visible()
