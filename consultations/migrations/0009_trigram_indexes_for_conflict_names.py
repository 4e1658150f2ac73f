"""Names for the conflict check: the normalized names of earlier requests, and
trigram indexes over every normalized name on PostgreSQL.

The names are normalized in Python (`consultations.names`: accents, case,
particles, hyphens), so both databases compare the same form; PostgreSQL then
finds near spellings with pg_trgm's `%` operator, which these GIN indexes serve.
SQLite, the development default, goes without them.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from consultations.names import normalized_name

INDEXED = {
    "conflict_request_name_trgm_idx": "consultations_consultationrequest",
    "conflict_party_name_trgm_idx": "consultations_otherparty",
    "conflict_client_name_trgm_idx": "consultations_clientlistentry",
}


def normalize_earlier_names(apps, schema_editor):
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    requests = ConsultationRequest.objects.only("full_name").iterator(chunk_size=2000)
    batch = []
    for consultation_request in requests:
        consultation_request.normalized_name = normalized_name(
            consultation_request.full_name
        )
        batch.append(consultation_request)
        if len(batch) == 2000:
            ConsultationRequest.objects.bulk_update(batch, ["normalized_name"])
            batch = []
    ConsultationRequest.objects.bulk_update(batch, ["normalized_name"])


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table in INDEXED.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            "USING gin (normalized_name gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("consultations", "0008_other_parties_client_list_and_conflict_checks")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(normalize_earlier_names, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
