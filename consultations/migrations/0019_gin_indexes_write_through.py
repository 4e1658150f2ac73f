"""The name indexes are built again without GIN's fast update
(`models.indexes.WRITE_THROUGH`): rows waiting in the pending list made every
conflict check and staff search read them all. Rebuilding also merges what was
pending. The staff search's indexes of migration 0006 (not declared on the
model) are switched over in place, and their pending rows merged."""

import consultations.models.indexes
from django.db import migrations

STAFF_SEARCH_INDEXES = [
    "consultation_email_trgm_idx",
    "consultation_reference_trgm_idx",
    "consultation_phone_trgm_idx",
]


def staff_search_indexes_write_through(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in STAFF_SEARCH_INDEXES:
        schema_editor.execute(f"ALTER INDEX {name} SET (fastupdate = off)")
        schema_editor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def staff_search_indexes_fast_update(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in STAFF_SEARCH_INDEXES:
        schema_editor.execute(f"ALTER INDEX {name} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("consultations", "0018_conflict_check_by_spelling_keys")]

    operations = [
        migrations.RunPython(
            staff_search_indexes_write_through, staff_search_indexes_fast_update
        ),
        migrations.RemoveIndex(
            model_name="clientlistentry",
            name="client_spelling_keys_idx",
        ),
        migrations.RemoveIndex(
            model_name="consultationrequest",
            name="request_name_trgm_idx",
        ),
        migrations.RemoveIndex(
            model_name="consultationrequest",
            name="request_spelling_keys_idx",
        ),
        migrations.RemoveIndex(
            model_name="otherparty",
            name="party_spelling_keys_idx",
        ),
        migrations.AddIndex(
            model_name="clientlistentry",
            index=consultations.models.indexes.PostgreSQLGinIndex(
                consultations.models.indexes.SpellingKeys("normalized_name"),
                fastupdate=False,
                name="client_spelling_keys_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="consultationrequest",
            index=consultations.models.indexes.PostgreSQLGinIndex(
                fastupdate=False,
                fields=["normalized_name"],
                name="request_name_trgm_idx",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.AddIndex(
            model_name="consultationrequest",
            index=consultations.models.indexes.PostgreSQLGinIndex(
                consultations.models.indexes.SpellingKeys("normalized_name"),
                fastupdate=False,
                name="request_spelling_keys_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="otherparty",
            index=consultations.models.indexes.PostgreSQLGinIndex(
                consultations.models.indexes.SpellingKeys("normalized_name"),
                fastupdate=False,
                name="party_spelling_keys_idx",
            ),
        ),
    ]
