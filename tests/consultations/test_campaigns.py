"""A campaign's utm_* parameters travel from the landing page to the saved request,
in the form link's query string: no cookie, no tracker."""

import pytest

from consultations.models import ConsultationRequest
from tests.consultations.conftest import prospect_answers
from tests.markup import parse

pytestmark = pytest.mark.django_db

CAMPAIGN = "?utm_source=newsletter&utm_medium=email&utm_campaign=daca-2026"


def consultation_link(client, url):
    page = parse(client.get(url))
    return page.select_one(".consultation-call a.btn-accent")["href"]


def test_a_landing_page_passes_its_campaign_to_the_form_and_the_request(
    client, intake_site, city_page, submit
):
    link = consultation_link(client, city_page.url + CAMPAIGN)
    form = parse(client.get(link))
    answers = prospect_answers(
        **{
            field["name"]: field.get("value", "")
            for field in form.select("input[type=hidden][name^=utm_]")
        }
    )

    submit(answers)

    assert link == (
        "/en/free-consultation/?city=hartford&utm_source=newsletter"
        "&utm_medium=email&utm_campaign=daca-2026"
    )
    saved = ConsultationRequest.objects.get()
    assert (saved.utm_source, saved.utm_medium, saved.utm_campaign) == (
        "newsletter",
        "email",
        "daca-2026",
    )
    assert client.cookies.get("utm_source") is None


def test_a_page_without_a_campaign_links_to_the_plain_form(
    client, intake_site, city_page
):
    assert consultation_link(client, city_page.url) == (
        "/en/free-consultation/?city=hartford"
    )
