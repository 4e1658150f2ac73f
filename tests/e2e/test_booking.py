"""A prospect on a phone books their free consultation from the thank-you page,
changes the time and cancels it, in English, Spanish and Portuguese; axe finds
nothing serious on the slot picker or the confirmation."""

import pytest
from django.utils import formats, timezone, translation
from playwright.sync_api import expect

from consultations.booking.slots import parse_slot_value
from consultations.choices import Status
from consultations.models import Booking, ConsultationRequest
from consultations.models.booking import BookingStatus, ConsultationMode
from tests.consultations.booking import weekday_mornings_calendar
from tests.e2e.accessibility import describe, serious_violations
from tests.e2e.consultation_form import (
    ConsultationForm,
    fill_in_valid_answers,
    in_language,
)
from tests.e2e.site import BROWSER_LANGUAGES, CONSULTATION, LANGUAGES, PHONE, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class BookingPages:
    """The booking pages as the prospect meets them, found by their words in
    the prospect's language."""

    def __init__(self, page, language):
        self.page = page
        self.language = language

    def text(self, text):
        return in_language(self.language, text)

    def link(self, text):
        return self.page.get_by_role("link", name=self.text(text))

    def expect_heading(self, text):
        heading = self.page.get_by_role("heading", level=1, name=self.text(text))
        expect(heading).to_be_visible()

    def book(self, mode, nth_time=0):
        """Choose a free time of the first day offered, and a mode; return the
        time chosen."""
        self.expect_heading("Choose a time for your free consultation")
        first_day = self.page.locator("fieldset.booking-day").first
        time = first_day.get_by_role("radio").nth(nth_time)
        _calendar, starts_at = parse_slot_value(time.get_attribute("value"))
        time.check()
        label = self.text(ConsultationMode(mode).label)
        self.page.get_by_role("radio", name=label, exact=True).check()
        self.page.get_by_role("button", name=self.text("Book this time")).click()
        return starts_at

    def expect_confirmation(self, starts_at, mode):
        self.expect_heading("Your free consultation")
        details = self.page.locator("dl.booking-details")
        expect(details.locator(".booking-time")).to_have_text(
            shown_time(starts_at, self.language)
        )
        expect(details.locator(".booking-mode")).to_have_text(
            self.text(ConsultationMode(mode).label)
        )


def shown_time(starts_at, language):
    """The time as the pages show it: Connecticut time, the language's format."""
    with translation.override(language):
        return formats.date_format(timezone.localtime(starts_at), "DATETIME_FORMAT")


def booked_times(consultation_request):
    return list(
        consultation_request.bookings.order_by("starts_at").values_list(
            "starts_at", "status"
        )
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_prospect_books_changes_and_cancels_a_consultation(
    open_browser_page, demo_site, language
):
    weekday_mornings_calendar()
    page = open_browser_page(
        viewport=PHONE, browser_language=BROWSER_LANGUAGES[language]
    )
    pages = BookingPages(page, language)
    violations = {}

    visit(page, demo_site.path(CONSULTATION, language))
    form = ConsultationForm(page, language)
    fill_in_valid_answers(form)
    form.send_button().click()
    form.expect_thank_you()
    pages.link("Choose a time for your free consultation").click()
    pages.expect_heading("Choose a time for your free consultation")
    expect(page.locator("html")).to_have_attribute("lang", language)
    violations[f"{language} slot picker"] = serious_violations(page)

    first_time = pages.book(ConsultationMode.VIDEO)
    pages.expect_confirmation(first_time, ConsultationMode.VIDEO)
    violations[f"{language} confirmation"] = serious_violations(page)
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.status == Status.SCHEDULED
    assert booked_times(consultation_request) == [(first_time, BookingStatus.BOOKED)]

    pages.link("Change the time").click()
    new_time = pages.book(ConsultationMode.IN_PERSON, nth_time=1)
    pages.expect_confirmation(new_time, ConsultationMode.IN_PERSON)
    assert new_time > first_time
    assert booked_times(consultation_request) == [
        (first_time, BookingStatus.CANCELLED),
        (new_time, BookingStatus.BOOKED),
    ]

    pages.link("Cancel the consultation").click()
    pages.expect_heading("Cancel the consultation")
    page.get_by_role("button", name=pages.text("Yes, cancel it")).click()
    pages.expect_heading("Your consultation is cancelled")
    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.CONTACTED
    assert not Booking.objects.booked().exists()
    pages.link("Choose another time").click()
    pages.expect_heading("Choose a time for your free consultation")

    report = describe(violations)
    if report:
        pytest.fail(f"Serious or critical accessibility violations:\n{report}")
