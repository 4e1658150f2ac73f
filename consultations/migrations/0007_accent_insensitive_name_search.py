"""Staff search names the way they are typed: `maria jose perez` finds
"María José Pérez Núñez".

A `search_name` column holds the name without accents, in one case; the model
writes it on every save and bulk create, and this migration fills it for the
requests already stored. On PostgreSQL a trigram index on it replaces the one on
`UPPER(full_name)`, which the search no longer reads; the search's
`search_name LIKE '%…%'` is `search_name::text` to the planner, so the index is
built on that expression. SQLite, the development default, goes without.
"""

from django.db import migrations

import consultations.models.requests

TABLE = "consultations_consultationrequest"
NAME_INDEX = "consultation_search_name_trgm_idx"
OLD_NAME_INDEX = "consultation_name_trgm_idx"


def fill_search_names(apps, schema_editor):
    ConsultationRequest = apps.get_model("consultations", "ConsultationRequest")
    requests = ConsultationRequest.objects.only("pk", "full_name")
    batch = []
    for consultation_request in requests.iterator(chunk_size=2000):
        consultation_request.search_name = (
            consultations.models.requests.searchable_text(
                consultation_request.full_name
            )
        )
        batch.append(consultation_request)
        if len(batch) == 2000:
            ConsultationRequest.objects.bulk_update(batch, ["search_name"])
            batch = []
    ConsultationRequest.objects.bulk_update(batch, ["search_name"])


def index_search_name(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_NAME_INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME_INDEX} ON {TABLE} "
        "USING gin ((search_name::text) gin_trgm_ops)"
    )


def index_full_name(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {NAME_INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_NAME_INDEX} ON {TABLE} "
        "USING gin (UPPER(full_name::text) gin_trgm_ops)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_trigram_indexes_for_staff_search"),
    ]

    operations = [
        migrations.AddField(
            model_name="consultationrequest",
            name="search_name",
            field=consultations.models.requests.SearchableNameField(
                default="",
                editable=False,
                max_length=240,
                verbose_name="name as searched",
            ),
        ),
        migrations.RunPython(fill_search_names, migrations.RunPython.noop),
        migrations.RunPython(index_search_name, index_full_name),
    ]
