"""A reader on a phone finds their city's policy and asks about it."""

from urllib.parse import urlsplit

import pytest
from django.templatetags.static import static
from playwright.sync_api import expect

from tests.e2e.consultation_form import ConsultationForm
from tests.e2e.site import PHONE, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def fits_the_screen(page):
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def stylesheet_paths(page):
    hrefs = page.evaluate("() => [...document.styleSheets].map(sheet => sheet.href)")
    return {urlsplit(href).path for href in hrefs if href}


def test_reader_on_a_phone_goes_from_home_to_a_city_and_its_consultation_call(
    open_browser_page,
):
    page = open_browser_page(viewport=PHONE)
    visit(page, "/")  # the browser prefers English
    expect(page).to_have_url("/en/")
    # The site's own styles (a failed load fails the test in any case).
    assert {
        static("bootstrap/css/bootstrap.min.css"),
        static("css/site.css"),
    } <= stylesheet_paths(page)
    assert fits_the_screen(page)

    main_menu = page.get_by_role("navigation", name="Main")
    main_menu.get_by_role("link", name="Cities").click()
    expect(page.get_by_role("heading", level=1, name="Cities")).to_be_visible()
    assert fits_the_screen(page)

    page.get_by_role("heading", name="Hartford").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1, name="Hartford")).to_be_visible()
    expect(
        page.get_by_role("heading", name="What local police will and will not do")
    ).to_be_visible()
    assert fits_the_screen(page)

    call = page.get_by_role("region", name="Questions about your rights in Hartford?")
    call.get_by_role("link", name="Request a free consultation").click()
    expect(
        page.get_by_role("heading", level=1, name="Free consultation")
    ).to_be_visible()
    form = ConsultationForm(page)
    expect(form.field("town")).to_have_value("hartford")
    expect(form.field("town").locator("option:checked")).to_have_text("Hartford")
    assert fits_the_screen(page)
