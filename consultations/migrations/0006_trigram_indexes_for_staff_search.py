"""Trigram indexes for the staff search on PostgreSQL.

The listing's search matches any part of a name, e-mail, reference or phone
(`icontains`, which PostgreSQL runs as `UPPER(column::text) LIKE UPPER('%…%')`);
without these indexes every search reads all requests. The indexes are built on
exactly those expressions so the planner uses them. They exist on PostgreSQL only
(the pg_trgm extension ships with it), so the model does not declare them and
SQLite, the development default, simply goes without.
"""

from django.db import migrations

TABLE = "consultations_consultationrequest"
SEARCHED = {
    "consultation_name_trgm_idx": "UPPER(full_name::text)",
    "consultation_email_trgm_idx": "UPPER(email::text)",
    "consultation_reference_trgm_idx": "UPPER(reference::text)",
    "consultation_phone_trgm_idx": "(phone::text)",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in SEARCHED.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {TABLE} "
            f"USING gin ({expression} gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in SEARCHED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0005_index_email_case_insensitively"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
