"""The conflict check on a request's page: what it finds, who decides, the gate
on "Consultation held", and who sees it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import conflicts
from consultations.admin.conflicts import SHOWN_HITS
from consultations.choices import ClientRelationship, ConflictOutcome, PartyRole, Status
from consultations.models import ConflictCheck
from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import (
    ClientListEntryFactory,
    ConsultationRequestFactory,
    OtherPartyFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def attorney_client(client, attorney_user):
    client.force_login(attorney_user)
    return client


@pytest.fixture
def intake_client(client, intake_user):
    client.force_login(intake_user)
    return client


def hit_rows(response):
    rows = parse(response).select(".consultation-conflict-hits tbody tr")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")] for row in rows
    ]


def test_a_petitioner_surfaces_the_former_client_with_the_reason(attorney_client):
    ClientListEntryFactory(
        name="José Álvarez", relationship=ClientRelationship.FORMER_CLIENT
    )
    consultation_request = ConsultationRequestFactory(full_name="Ana Souza")
    OtherPartyFactory(
        request=consultation_request,
        name="Jose Alvarez Ruiz",
        role=PartyRole.PETITIONER,
    )

    response = attorney_client.get(request_url("inspect", consultation_request))

    assert hit_rows(response) == [
        [
            "Jose Alvarez Ruiz (Petitioner or sponsor)",
            "José Álvarez (Former client)",
            "Client list",
            "90%",
            "One name holds every part of the other (e.g. one of two surnames)",
        ]
    ]


def test_an_earlier_request_and_its_people_are_found(intake_client):
    earlier = ConsultationRequestFactory(full_name="Maria da Silva")
    OtherPartyFactory(request=earlier, name="Pedro Santos", role=PartyRole.EMPLOYER)
    consultation_request = ConsultationRequestFactory(full_name="Pedro dos Santos")
    OtherPartyFactory(request=consultation_request, name="Silva, Maria")

    response = intake_client.get(request_url("inspect", consultation_request))

    assert sorted(row[:3] for row in hit_rows(response)) == [
        [
            "Pedro dos Santos (Prospect)",
            "Pedro Santos (Employer)",
            f"Request {earlier.reference}",
        ],
        [
            "Silva, Maria (Spouse or partner)",
            "Maria da Silva (Prospect)",
            f"Request {earlier.reference}",
        ],
    ]


def test_a_common_name_lists_the_closest_matches_and_links_to_all(intake_client):
    ClientListEntryFactory.create_batch(SHOWN_HITS, name="Maria Garcia")
    ClientListEntryFactory(name="María García López")
    consultation_request = ConsultationRequestFactory(full_name="Maria Garcia")
    url = request_url("inspect", consultation_request)

    first = intake_client.get(url)

    assert len(hit_rows(first)) == SHOWN_HITS
    assert all(row[1].startswith("Maria Garcia (") for row in hit_rows(first))
    more = parse(first).select_one(".consultation-conflict-more")
    assert f"closest of {SHOWN_HITS + 1} matching names" in more.get_text()
    every_hit = intake_client.get(url + more.a["href"])
    assert len(hit_rows(every_hit)) == SHOWN_HITS + 1
    assert parse(every_hit).select_one(".consultation-conflict-more") is None


def check_queries(consultation_request):
    with CaptureQueriesContext(connection) as captured:
        _names, hits = conflicts.find_conflicts(consultation_request)
    assert hits
    return len(captured)


def test_the_check_takes_the_same_few_queries_whatever_the_list_size():
    """Five: the request's people, then earlier requests, their people (and
    those people's requests), and the client list."""
    ClientListEntryFactory.create_batch(5, name="Jose Alvarez")
    OtherPartyFactory(name="Jose Alvarez Ruiz")
    consultation_request = ConsultationRequestFactory(full_name="José Álvarez")
    OtherPartyFactory(request=consultation_request, name="Ana Ruiz")
    with_a_short_list = check_queries(consultation_request)

    ClientListEntryFactory.create_batch(295, name="Jose Alvarez")
    for _ in range(60):
        OtherPartyFactory(name="Jose Alvarez Ruiz")

    assert check_queries(consultation_request) == with_a_short_list <= 5


def test_the_request_page_takes_no_more_queries_with_a_longer_list(
    attorney_client, django_assert_max_num_queries
):
    ClientListEntryFactory.create_batch(5, name="Jose Alvarez")
    consultation_request = ConsultationRequestFactory(full_name="José Álvarez")
    OtherPartyFactory(request=consultation_request, name="Ana Ruiz")
    url = request_url("inspect", consultation_request)
    with CaptureQueriesContext(connection) as with_five:
        attorney_client.get(url)
    ClientListEntryFactory.create_batch(295, name="Jose Alvarez")
    OtherPartyFactory.create_batch(60, name="Ana Ruiz")

    with django_assert_max_num_queries(len(with_five)):
        response = attorney_client.get(url)

    assert hit_rows(response)


def test_an_attorney_clears_the_check_and_the_consultation_may_be_held(
    attorney_client, attorney_user
):
    consultation_request = ConsultationRequestFactory(status=Status.SCHEDULED)

    attorney_client.post(
        request_url("conflict_outcome", consultation_request),
        {
            "conflict-outcome": ConflictOutcome.CLEARED_WITH_NOTE,
            "conflict-note": "Other José.",
        },
    )
    attorney_client.post(
        request_url("change_status", consultation_request),
        {"status-to_status": Status.HELD},
    )

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.HELD
    check = consultation_request.conflict_check
    assert (check.outcome, check.decided_by, check.note) == (
        ConflictOutcome.CLEARED_WITH_NOTE,
        attorney_user,
        "Other José.",
    )
    entry = audit_entries(consultation_request, "consultations.conflict_outcome").get()
    assert (entry.user, entry.data) == (attorney_user, {"outcome": "cleared_note"})
    page = attorney_client.get(request_url("inspect", consultation_request))
    titles = [str(event.title) for event in page.context["history"]]
    assert "Conflict check: Cleared with a note" in titles


def test_a_consultation_cannot_be_held_before_the_check_is_cleared(intake_client):
    consultation_request = ConsultationRequestFactory(status=Status.SCHEDULED)

    response = intake_client.post(
        request_url("change_status", consultation_request),
        {"status-to_status": Status.HELD},
    )

    errors = parse(response).select(".messages li.error")
    assert "An attorney must clear the conflict check before the consultation." in [
        error.get_text(strip=True) for error in errors
    ]
    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.SCHEDULED


def test_a_conflict_closes_the_request_with_a_neutral_message(attorney_client):
    ClientListEntryFactory(name="Acme Landscaping", relationship="adverse")
    consultation_request = ConsultationRequestFactory(language="es")

    attorney_client.post(
        request_url("conflict_outcome", consultation_request),
        {"conflict-outcome": ConflictOutcome.CONFLICT},
    )

    consultation_request.refresh_from_db()
    assert consultation_request.status == Status.DECLINED_CONFLICT
    page = parse(attorney_client.get(request_url("inspect", consultation_request)))
    message = page.select_one(".consultation-conflict-message").get_text()
    assert "no podemos ofrecerle una consulta" in message
    assert "Acme" not in message


def test_intake_cannot_record_an_outcome(intake_client):
    consultation_request = ConsultationRequestFactory()

    intake_client.post(
        request_url("conflict_outcome", consultation_request),
        {"conflict-outcome": ConflictOutcome.CLEARED},
    )

    assert not ConflictCheck.objects.filter(request=consultation_request).exists()


def test_intake_sees_the_check_but_no_outcome_form(intake_client):
    consultation_request = ConsultationRequestFactory()

    page = parse(intake_client.get(request_url("inspect", consultation_request)))

    outcome = page.select_one(".consultation-conflict-outcome")
    assert outcome.get_text(strip=True) == (
        "Pending: an attorney must clear it before the consultation."
    )
    assert not page.select(
        f"form[action='{request_url('conflict_outcome', consultation_request)}']"
    )


def test_editors_see_nothing_of_the_check(client, editor_user):
    client.force_login(editor_user)
    consultation_request = ConsultationRequestFactory()

    for name in ("inspect", "conflict_outcome", "other_parties"):
        response = client.get(request_url(name, consultation_request))
        assert response.status_code == 403


def test_staff_correct_the_other_people_involved(intake_client, intake_user):
    consultation_request = ConsultationRequestFactory()
    party = OtherPartyFactory(request=consultation_request, name="Jose Alvares")

    intake_client.post(
        request_url("other_parties", consultation_request),
        {
            "parties-TOTAL_FORMS": "2",
            "parties-INITIAL_FORMS": "1",
            "parties-0-id": str(party.pk),
            "parties-0-name": "José Álvarez",
            "parties-0-role": PartyRole.PETITIONER,
            "parties-1-name": "Acme Landscaping",
            "parties-1-role": PartyRole.EMPLOYER,
        },
    )

    parties = consultation_request.other_parties.all()
    assert [(p.name, p.role, p.normalized_name) for p in parties] == [
        ("José Álvarez", "petitioner", "jose alvarez"),
        ("Acme Landscaping", "employer", "acme landscaping"),
    ]
    assert audit_entries(consultation_request, "consultations.parties").get().data == {
        "count": 2
    }
