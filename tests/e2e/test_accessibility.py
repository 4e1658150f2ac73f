"""axe-core finds nothing serious or critical on any public page of the demo, on
a phone (the reader's usual screen; the templates are the same at every width),
in every language: each page of the page tree, the routes inside pages (the
printable rights card, a tag's articles), search results, the page for an
address that does not exist, the form with errors and the thank-you page."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.e2e.accessibility import describe, serious_violations
from tests.e2e.consultation_form import ConsultationForm, fill_in_valid_answers
from tests.e2e.site import CONSULTATION, PHONE, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_no_serious_accessibility_violations(open_browser_page, demo_site, language):
    page = open_browser_page(viewport=PHONE)
    violations = {}
    for path in [
        *demo_site.public_paths(language),
        *demo_site.routes_of_pages(language),
    ]:
        visit(page, path)
        violations[path] = serious_violations(page)

    missing_path = f"/{language}/no-such-page/"
    assert page.goto(missing_path).status == 404
    violations[missing_path] = serious_violations(page)

    form_path = demo_site.path(CONSULTATION, language)
    visit(page, form_path)
    form = ConsultationForm(page, language)
    form.send_button().click()
    expect(form.error_summary()).to_be_visible()
    violations[f"{form_path} with errors"] = serious_violations(page)
    fill_in_valid_answers(form)
    form.send_button().click()
    form.expect_thank_you()
    violations[page.url] = serious_violations(page)

    report = describe(violations)
    if report:
        pytest.fail(f"Serious or critical accessibility violations:\n{report}")
