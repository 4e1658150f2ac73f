"""The admin pages staff open every day run without a script error and without a
script the content security policy refuses (the browser logs both as errors)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.consultations.factories import ConsultationRequestFactory
from tests.e2e.site import visit
from tests.e2e.staff import log_in, staff_member

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def record_errors(page):
    errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append(f"{page.url}: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    return errors


def test_the_account_page_and_a_request_history_log_no_error(open_browser_page):
    consultation_request = ConsultationRequestFactory()
    intake = staff_member("ines", "Intake", first_name="Inés", last_name="Rivera")
    page = open_browser_page()
    errors = record_errors(page)
    log_in(page, intake)

    visit(page, reverse("wagtailadmin_account"))
    expect(page.get_by_role("heading", name="Account", level=1)).to_be_visible()
    visit(
        page,
        reverse("consultation_requests:history", args=[consultation_request.pk]),
    )
    date_from = page.get_by_label("Date from")
    expect(date_from).to_have_attribute("type", "date")

    assert not errors, "\n".join(errors)
