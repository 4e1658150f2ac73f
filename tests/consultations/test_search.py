"""Staff search finds people the way they are typed: without accents, in any
case, the words of a name in any order (SQLite here; PostgreSQL too when the
tests run on it, see test_dashboard_queries for its index)."""

import pytest

from consultations.models import ConsultationRequest
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import get_page, visible_text

pytestmark = pytest.mark.django_db


def found(client, query):
    page = get_page(client, request_url("list", query=f"?q={query}"))
    table = page.find("table", class_="listing")
    if table is None:
        return []
    return [
        visible_text(row.select_one("td.title .title-wrapper a"))
        for row in table.tbody.find_all("tr")
    ]


@pytest.fixture
def maria():
    return ConsultationRequestFactory(full_name="María José Pérez Núñez")


@pytest.mark.parametrize(
    "query",
    ["maria jose perez", "MARIA JOSÉ", "perez nunez", "núñez maría", "  Perez  "],
)
def test_a_name_is_found_without_its_accents_or_case(intake_client, maria, query):
    ConsultationRequestFactory(full_name="Mario Pereira")

    assert found(intake_client, query) == [maria.reference]


def test_a_name_is_not_found_by_words_it_lacks(intake_client, maria):
    assert found(intake_client, "maria lopez") == []


def test_requests_made_in_bulk_are_searchable(intake_client):
    ConsultationRequest.objects.bulk_create(
        ConsultationRequestFactory.build_batch(2, full_name="Zoë Ångström")
    )

    assert len(found(intake_client, "zoe angstrom")) == 2
