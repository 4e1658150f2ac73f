"""The PostgreSQL text search configuration the site search uses: English
stemming of unaccented words (docs/i18n.md, "Search in three languages").

Wagtail's database backend indexes every page with one configuration, whatever
its language. This one is PostgreSQL's `english` with the `unaccent` dictionary
before the stemmer, as PostgreSQL's unaccent documentation shows, so "imigracao"
finds "imigração" and "policia" "polícia", as SQLite's full-text index (the
development default) already does. The `unaccent` extension ships with
PostgreSQL and is trusted: the database's owner may create it. SQLite has neither
and needs neither.

The pages indexed before must be indexed again: `manage.py update_index`.
"""

from django.db import migrations

CONFIGURATION = "english_unaccent"


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = english)"
    )
    schema_editor.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem"
    )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
