"""The sequence naming the generation of the names a conflict check searches
(`consultations.kept_conflicts`); PostgreSQL only, as SQLite keeps no check."""

from django.db import migrations

SEQUENCE = "consultations_conflict_names_generation"


def create_sequence(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}")


def drop_sequence(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")


class Migration(migrations.Migration):
    dependencies = [("consultations", "0019_gin_indexes_write_through")]

    operations = [migrations.RunPython(create_sequence, drop_sequence)]
