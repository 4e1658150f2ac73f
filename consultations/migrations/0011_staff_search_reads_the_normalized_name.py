"""Staff search names the way they are typed: `maria jose perez` finds
"María José Pérez Núñez".

The search reads `normalized_name` (no accents, one case, no particles), the
column the conflict check already keeps. Django's `contains` compares
`normalized_name::text`, so on PostgreSQL a trigram index on that expression
serves it, and the old index on `UPPER(full_name)`, which nothing reads any more,
goes. SQLite, the development default, goes without.
"""

from django.db import migrations

TABLE = "consultations_consultationrequest"
SEARCH_INDEX = "consultation_search_name_trgm_idx"
OLD_NAME_INDEX = "consultation_name_trgm_idx"


def index_the_normalized_name(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_NAME_INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {SEARCH_INDEX} ON {TABLE} "
        "USING gin ((normalized_name::text) gin_trgm_ops)"
    )


def index_the_full_name(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_NAME_INDEX} ON {TABLE} "
        "USING gin (UPPER(full_name::text) gin_trgm_ops)"
    )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0010_attorneys_decide_conflicts")]

    operations = [
        migrations.RunPython(index_the_normalized_name, index_the_full_name),
    ]
