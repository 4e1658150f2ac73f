"""How the database finds the names a conflict check compares: every pair the
matching table says must match, and, on PostgreSQL, through the spelling-keys
indexes rather than by reading the big tables."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations import conflicts, names
from consultations.models import ClientListEntry, ConsultationRequest, OtherParty
from tests.consultations.factories import (
    ClientListEntryFactory,
    ConsultationRequestFactory,
    OtherPartyFactory,
)
from tests.consultations.test_conflict_matching import MUST_MATCH

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the spelling-keys index is PostgreSQL's"
)
BOTH_WAYS = [(first, second) for first, second, _reason in MUST_MATCH] + [
    (second, first) for first, second, _reason in MUST_MATCH
]


@pytest.mark.parametrize(("listed", "named"), BOTH_WAYS)
def test_the_check_brings_every_pair_the_table_says_must_match(listed, named):
    ClientListEntryFactory(name=listed)
    consultation_request = ConsultationRequestFactory(full_name=named)

    _names, hits = conflicts.find_conflicts(consultation_request)

    assert [hit.found.name for hit in hits] == [listed]


@postgresql_only
@pytest.mark.parametrize(
    "name", ["José Álvarez Ruiz", "O'Brien, Sean", "Jürgen Straße", "Nguyễn Văn Minh"]
)
def test_the_database_computes_the_spelling_keys_as_python_does(name):
    normalized = names.normalized_name(name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT conflict_spelling_keys(%s)", [normalized])
        in_the_database = set(cursor.fetchone()[0])

    assert in_the_database == {
        key for word in normalized.split() for key in names.spelling_keys(word)
    }


def fill_the_lists(size):
    """`size` requests, one person named on each, and `size` listed clients, the
    tables analysed as autovacuum would. Nothing waits to be merged into the
    indexes: they keep no pending list."""
    ConsultationRequest.objects.bulk_create(
        ConsultationRequestFactory.build_batch(size)
    )
    OtherParty.objects.bulk_create(
        OtherPartyFactory.build(request=consultation_request)
        for consultation_request in ConsultationRequest.objects.all()
    )
    ClientListEntry.objects.bulk_create(ClientListEntryFactory.build_batch(size))
    with connection.cursor() as cursor:
        for model in (ConsultationRequest, OtherParty, ClientListEntry):
            cursor.execute(f"ANALYZE {model._meta.db_table}")


@postgresql_only
def test_the_check_reads_the_big_tables_through_their_indexes():
    """Each query the check makes, planned as for tables too big to read (as the
    staff search's test does): an index serves every scan, the searches through
    their table's spelling-keys index. A query the index cannot serve would still
    read its table. docs/performance.md has the plans at 100,000 requests."""
    fill_the_lists(3000)
    consultation_request = ConsultationRequestFactory(full_name="José Álvarez Ruiz")
    OtherPartyFactory(request=consultation_request, name="Ana Souza")
    OtherPartyFactory(name="Jose Alvarez")

    with CaptureQueriesContext(connection) as captured:
        conflicts.find_conflicts(consultation_request)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plans = []
        for query in captured:
            cursor.execute(f"EXPLAIN {query['sql']}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))

    assert not [plan for plan in plans if "Seq Scan" in plan], plans
    searched = [plan for plan in plans if "_spelling_keys_idx" in plan]
    assert len(searched) == 3, plans


@postgresql_only
def test_the_name_indexes_take_a_new_name_as_it_is_written():
    """No GIN pending list: every check and staff search would read through it
    until a vacuum, thousands of requests later (docs/performance.md)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class"
            " WHERE relkind = 'i' AND relname LIKE ANY (%s)",
            [["%_spelling_keys_idx", "%_trgm_idx"]],
        )
        options = dict(cursor.fetchall())

    assert sorted(options) == [
        "client_spelling_keys_idx",
        "consultation_email_trgm_idx",
        "consultation_phone_trgm_idx",
        "consultation_reference_trgm_idx",
        "party_spelling_keys_idx",
        "request_name_trgm_idx",
        "request_spelling_keys_idx",
    ]
    assert set(map(tuple, options.values())) == {("fastupdate=off",)}
