"""The consultation form with the keyboard alone, the focus always in sight."""

import pytest
from playwright.sync_api import expect

from consultations.choices import ContactMethod
from consultations.models import ConsultationRequest
from tests.e2e.consultation_form import ConsultationForm
from tests.e2e.site import CONSULTATION, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# A focus ring is an outline or, as Bootstrap draws it on form controls, a shadow.
SHOWS_FOCUS = """element => {
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
}"""
MOST_TAB_STOPS_BEFORE_A_FIELD = 40


def focused_description(page):
    return page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")


def tab_to(page, control):
    """Press Tab until the control has the focus; every stop on the way must
    show where the focus is."""
    for _ in range(MOST_TAB_STOPS_BEFORE_A_FIELD):
        page.keyboard.press("Tab")
        assert page.evaluate(f"({SHOWS_FOCUS})(document.activeElement)"), (
            f"No visible focus on {focused_description(page)}"
        )
        if control.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {control}")


def test_prospect_fills_and_sends_the_form_with_the_keyboard_alone(
    open_browser_page, demo_site
):
    page = open_browser_page()
    visit(page, demo_site.path(CONSULTATION))
    form = ConsultationForm(page)
    keyboard = page.keyboard

    skip_link = page.get_by_role("link", name="Skip to main content")
    tab_to(page, skip_link)
    expect(skip_link).to_be_visible()
    keyboard.press("Enter")

    tab_to(page, form.field("full_name"))
    keyboard.type("Ana Lucía Gómez")
    tab_to(page, form.field("preferred_language"))
    keyboard.press("ArrowDown")  # from English to Spanish
    tab_to(page, form.field("town"))
    keyboard.press("ArrowDown")  # the first city
    tab_to(page, form.field("email"))
    keyboard.type("ana@example.com")
    tab_to(page, form.contact_method(ContactMethod.PHONE))
    keyboard.press("ArrowDown")  # moves to and chooses "Text message"
    keyboard.press("ArrowDown")  # "E-mail"
    tab_to(page, form.field("matter"))
    keyboard.press("ArrowDown")
    tab_to(page, form.field("message"))
    keyboard.type("We have a hearing in March.")
    tab_to(page, form.field("accepted_disclaimer"))
    keyboard.press("Space")
    tab_to(page, form.field("consented_to_contact"))
    keyboard.press("Space")
    tab_to(page, form.send_button())
    keyboard.press("Enter")

    reference = form.expect_thank_you()
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.reference == reference
    assert consultation_request.full_name == "Ana Lucía Gómez"
    assert consultation_request.preferred_language == "es"
    assert consultation_request.city == "Hartford"
    assert consultation_request.contact_method == ContactMethod.EMAIL
    assert consultation_request.matter
    assert consultation_request.message == "We have a hearing in March."
    assert consultation_request.spam_reason == ""
