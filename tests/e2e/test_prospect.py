"""A prospect asks for a free consultation, in English, Spanish and Portuguese,
and a Portuguese reader sees addresses in Portuguese only."""

from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Page

from consultations.choices import ContactMethod, Matter, Status
from consultations.models import ConsultationRequest
from tests.e2e.consultation_form import (
    ConsultationForm,
    fill_in_valid_answers,
    in_language,
)
from tests.e2e.site import BROWSER_LANGUAGES, LANGUAGES, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_prospect_corrects_mistakes_and_sends_a_request_once(
    open_browser_page, language
):
    page = open_browser_page(browser_language=BROWSER_LANGUAGES[language])
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
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["maria@example.com"]]
    assert acknowledgement.subject == in_language(
        language, "We received your request (%(reference)s)"
    ) % {"reference": reference}


# Routes of ours named in English words, each with an address of its own in
# every other language.
ENGLISH_ROUTES = {"thank-you", "search", "card"}
# Where uploaded and static files are served: names, not words of a language.
FILE_PREFIXES = ("/static/", "/media/", "/documents/")
LINKS_TO_THE_SITE = """origin => [...document.querySelectorAll("a[href]")]
    .filter(link => !link.closest(".language-switcher") && !link.hreflang)
    .map(link => link.href)
    .filter(href => href.startsWith(origin + "/"))"""


def english_words():
    """English page slugs the Portuguese pages say in Portuguese, and our routes."""
    portuguese = {
        (page.translation_key, page.slug)
        for page in Page.objects.filter(locale__language_code="pt-br")
    }
    return ENGLISH_ROUTES | {
        page.slug
        for page in Page.objects.filter(locale__language_code="en", depth__gt=2)
        if (page.translation_key, page.slug) not in portuguese
    }


def not_in_portuguese(addresses):
    words = english_words()
    wrong = set()
    for address in addresses:
        path = urlsplit(address).path
        if path == "/" or path.startswith(FILE_PREFIXES):
            continue
        segments = path.strip("/").split("/")
        if segments[0] != "pt-br" or words & set(segments):
            wrong.add(path)
    return sorted(wrong)


def test_a_portuguese_reader_sees_addresses_in_portuguese_only(
    open_browser_page, demo_site
):
    """From `/`, through every public page, to the form's thank-you page: each
    address the browser opens (redirects included) and each link to the site a
    page shows, less the language switcher's, is Portuguese."""
    page = open_browser_page(browser_language=BROWSER_LANGUAGES["pt-br"])
    opened, shown = [], []
    page.on(
        "request",
        lambda request: request.is_navigation_request() and opened.append(request.url),
    )

    visit(page, "/")
    expect(page).to_have_url("/pt-br/")
    for path in demo_site.public_paths("pt-br"):
        visit(page, path)
        shown += page.evaluate(LINKS_TO_THE_SITE, demo_site.origin())
    visit(page, "/pt-br/")
    call = in_language("pt-br", "Request a free consultation")
    page.get_by_role("link", name=call).first.click()
    form = ConsultationForm(page, "pt-br")
    form.send_button().click()
    expect(form.error_summary()).to_be_visible()
    fill_in_valid_answers(form)
    form.send_button().click()
    form.expect_thank_you()
    shown += page.evaluate(LINKS_TO_THE_SITE, demo_site.origin())

    assert not_in_portuguese(opened) == []
    assert not_in_portuguese(shown) == []
    assert urlsplit(page.url).path == "/pt-br/consulta-gratuita/obrigado/"
