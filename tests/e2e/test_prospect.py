"""A prospect asks for a free consultation, in English and in Spanish."""

import pytest
from playwright.sync_api import expect

from consultations.choices import ContactMethod, Matter, Status
from consultations.models import ConsultationRequest
from tests.e2e.consultation_form import ConsultationForm, in_language
from tests.e2e.site import LANGUAGES, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_prospect_corrects_mistakes_and_sends_a_request_once(
    open_browser_page, language
):
    page = open_browser_page(browser_language=f"{language}-US")
    visit(page, "/")  # the site answers in the language the browser prefers
    expect(page).to_have_url(f"/{language}/")
    call = in_language(language, "Request a free consultation")
    page.get_by_role("link", name=call).first.click()
    form = ConsultationForm(page, language)
    expect(page.locator("html")).to_have_attribute("lang", language)

    # First try: no name, a broken e-mail address, the boxes left unticked.
    form.field("email").fill("maria@example")
    form.field("phone").fill("(860) 555-0123")
    form.contact_method(ContactMethod.PHONE).check()
    form.field("town").select_option("new-haven")
    form.choose_matter(Matter.FAMILY)
    form.field("message").fill("My husband has a petition pending.")
    form.send_button().click()

    summary = form.error_summary()
    expect(summary).to_be_visible()
    for message in [
        form.error_message("full_name"),
        form.error_message("email", "invalid"),
        form.error_message("accepted_disclaimer"),
        form.error_message("consented_to_contact"),
    ]:
        expect(summary).to_contain_text(message)
    expect(form.field("full_name")).to_have_attribute("aria-invalid", "true")
    # Nothing the prospect typed or chose is lost.
    expect(form.field("email")).to_have_value("maria@example")
    expect(form.field("phone")).to_have_value("(860) 555-0123")
    expect(form.contact_method(ContactMethod.PHONE)).to_be_checked()
    expect(form.field("town")).to_have_value("new-haven")
    expect(form.field("matter")).to_have_value(Matter.FAMILY)
    expect(form.field("message")).to_have_value("My husband has a petition pending.")
    assert not ConsultationRequest.objects.exists()

    form.field("full_name").fill("María José Pérez")
    form.field("email").fill("maria@example.com")
    form.field("accepted_disclaimer").check()
    form.field("consented_to_contact").check()
    form.send_button().click()
    reference = form.expect_thank_you()

    page.reload()  # the thank-you page is a GET: reloading sends nothing again
    assert form.expect_thank_you() == reference
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.reference == reference
    assert consultation_request.full_name == "María José Pérez"
    assert consultation_request.city == "New Haven"
    assert consultation_request.language == language
    assert consultation_request.status == Status.NEW
    assert consultation_request.spam_reason == ""
