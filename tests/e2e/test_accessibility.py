"""axe-core finds nothing serious or critical on a page of each kind, the form
with and without errors and the thank-you page, in each language, on a phone
(the reader's usual screen; the templates are the same at every width)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.accessibility import describe, serious_violations
from tests.e2e.consultation_form import ConsultationForm, fill_in_valid_answers
from tests.e2e.site import (
    CONSULTATION,
    LANGUAGES,
    PHONE,
    visit,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations(open_browser_page, demo_site, language):
    page = open_browser_page(viewport=PHONE)
    violations = {}
    for path in demo_site.one_path_of_each_kind(language):
        visit(page, path)
        violations[path] = serious_violations(page)

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
