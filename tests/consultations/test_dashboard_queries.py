"""The listing and a request's page cost the same number of queries however many
requests, history rows and notes there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import workflow
from consultations.choices import Status
from consultations.models import ConsultationRequest
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


def query_count(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_requests(count, assignees):
    for index in range(count):
        ConsultationRequestFactory(
            is_urgent=index % 2 == 0, assigned_to=assignees[index % len(assignees)]
        )


@pytest.mark.parametrize("query", ["", "?q=example", "?assignee=mine&matter=family"])
def test_the_listing_costs_the_same_for_3_or_30_requests(
    client, intake_user, attorney_user, query
):
    client.force_login(intake_user)
    url = request_url("list", query=query)
    add_requests(3, [intake_user, attorney_user, None])
    client.get(url)
    with_three = query_count(client, url)

    add_requests(27, [intake_user, attorney_user, None])

    assert query_count(client, url) == with_three


def test_the_export_costs_the_same_for_3_or_30_requests(
    client, attorney_user, intake_user
):
    client.force_login(attorney_user)
    url = request_url("list", query="?export=csv")
    add_requests(3, [intake_user, None])
    client.get(url)

    def export_queries():
        with CaptureQueriesContext(connection) as captured:
            b"".join(client.get(url).streaming_content)
        return len(captured)

    with_three = export_queries()
    add_requests(27, [intake_user, None])

    assert export_queries() == with_three


def work_on(consultation_request, user, times):
    for index in range(times):
        workflow.add_note(consultation_request, f"Call {index}", user=user)
        workflow.assign(consultation_request, user, user=user)
    workflow.change_status(consultation_request, Status.CONTACTED, user=user)


def test_a_request_page_costs_the_same_for_3_or_30_history_rows(
    client, intake_user, attorney_user
):
    client.force_login(attorney_user)
    few = ConsultationRequestFactory()
    many = ConsultationRequestFactory()
    work_on(few, intake_user, 3)
    work_on(many, attorney_user, 30)
    for _ in range(30):
        ConsultationRequestFactory(email=many.email)
    for _ in range(3):
        ConsultationRequestFactory(email=few.email)
    # Both seen once: the conflict check they show is then the kept one.
    client.get(request_url("inspect", few))
    client.get(request_url("inspect", many))

    assert query_count(client, request_url("inspect", many)) == query_count(
        client, request_url("inspect", few)
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="trigram indexes are PostgreSQL's"
)
@pytest.mark.parametrize(
    "search", ["Silva", "example.org", "8605550", "maria jose perez"]
)
def test_the_staff_search_uses_the_trigram_indexes(client, intake_user, search):
    """The listing's own search query, over enough open requests that the
    status index does not narrow it, planned as for a table too big to read.
    The rows are searched as written: the index keeps no pending list for a
    vacuum to merge first."""
    ConsultationRequest.objects.bulk_create(
        ConsultationRequestFactory.build_batch(3000, status=Status.NEW)
    )
    client.force_login(intake_user)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {ConsultationRequest._meta.db_table}")
    with CaptureQueriesContext(connection) as captured:
        client.get(request_url("list", query=f"?q={search}"))
    search_sql = next(
        query["sql"] for query in captured if "LIKE" in query["sql"].upper()
    )

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {search_sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "_trgm_idx" in plan, plan
