"""The conflict check in the listing and the report: the filter, the counts, and
what stays out of sight (exports, editors)."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from consultations.choices import ClientRelationship, ConflictOutcome
from tests.consultations.dashboard import references, request_url
from tests.consultations.factories import (
    ClientListEntryFactory,
    ConflictCheckFactory,
    ConsultationRequestFactory,
    OtherPartyFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

REPORT_URL = reverse("consultations_report")


@pytest.fixture
def requests_by_check():
    """One request per state of the check (both cleared outcomes count as cleared)."""
    cleared = ConflictCheckFactory(outcome=ConflictOutcome.CLEARED).request
    with_note = ConflictCheckFactory(
        outcome=ConflictOutcome.CLEARED_WITH_NOTE, note="Another José."
    ).request
    conflict = ConflictCheckFactory(outcome=ConflictOutcome.CONFLICT).request
    pending = ConsultationRequestFactory()
    return {
        "pending": [pending.reference],
        "cleared": sorted([cleared.reference, with_note.reference]),
        "conflict": [conflict.reference],
    }


@pytest.mark.parametrize("state", ["pending", "cleared", "conflict"])
def test_the_listing_filters_by_the_conflict_check(
    intake_client, requests_by_check, state
):
    response = intake_client.get(request_url("list", query=f"?conflict_check={state}"))

    assert sorted(references(response)) == requests_by_check[state]


def test_the_report_counts_the_conflict_checks(intake_client, requests_by_check):
    response = intake_client.get(REPORT_URL)

    rows = parse(response).select(".consultation-conflict-checks tbody tr")
    assert [
        (row.th.get_text(strip=True), row.td.get_text(strip=True)) for row in rows
    ] == [("Check pending", "1"), ("Cleared", "2"), ("Conflict", "1")]


def test_the_client_list_is_not_in_an_export(attorney_client):
    ClientListEntryFactory(
        name="Acme Landscaping", relationship=ClientRelationship.ADVERSE
    )
    consultation_request = ConsultationRequestFactory(full_name="Ana Souza")
    OtherPartyFactory(request=consultation_request, name="Acme Landscaping")

    csv_response = attorney_client.get(request_url("list", query="?export=csv"))
    xlsx_response = attorney_client.get(request_url("list", query="?export=xlsx"))

    csv_cells = {
        cell
        for row in csv.reader(
            io.StringIO(b"".join(csv_response.streaming_content).decode())
        )
        for cell in row
    }
    sheet = load_workbook(io.BytesIO(b"".join(xlsx_response.streaming_content))).active
    xlsx_cells = {
        str(cell) for row in sheet.iter_rows(values_only=True) for cell in row
    }
    assert "Ana Souza" in csv_cells & xlsx_cells
    assert not any("Acme" in cell for cell in csv_cells | xlsx_cells)


def test_editors_see_nothing_of_conflicts(client, editor_user, requests_by_check):
    client.force_login(editor_user)

    for url in (
        request_url("list", query="?conflict_check=conflict"),
        REPORT_URL,
        reverse("consultations_client_list_import"),
    ):
        response = client.get(url)
        assert response.status_code == 403, url
        assert b"consultation-conflict" not in response.content
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("consultations_client_list_import") not in menu
    assert REPORT_URL not in menu
