"""The conflict check looks names up by their words' spelling keys, and the name
indexes are declared on the models.

At 100,000 requests the trigram search (`%`, similarity at least 0.3) read
thousands of rows per name: every "Lucía …" shares enough trigrams with "Lucía
Doraba Belito" to pass the index and be re-read, so a check took a second. A
word's spelling keys are the word and the word less one letter, or less up to
two for a word of six letters or more (`consultations.names.spelling_keys`):
two words a typo apart share one. The database function below gives the keys of
every word of a normalized name, and a GIN index over it answers "two words of
this name, each within a typo" in milliseconds.

The trigram indexes of migrations 0009 and 0011 go: the check no longer reads
them, and staff search reads the one on requests, now declared on the model.
On SQLite, the development default, none of this exists (`models.indexes`).
"""

from django.db import migrations

import consultations.models.indexes

# jit off: the planner takes each generate_series below for 1,000 rows, prices
# the pairs of letters at a million and would compile the body on every call.
SPELLING_KEYS_FUNCTION = """
CREATE OR REPLACE FUNCTION conflict_spelling_keys(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET jit = off AS $$
    SELECT coalesce(array_agg(DISTINCT key ORDER BY key), '{}')
    FROM unnest(string_to_array(name, ' ')) AS word,
    LATERAL (
        SELECT word
        UNION
        SELECT overlay(word PLACING '' FROM position FOR 1)
        FROM generate_series(1, length(word)) AS position
        WHERE length(word) > 1
        UNION
        SELECT overlay(
            overlay(word PLACING '' FROM second FOR 1) PLACING '' FROM first FOR 1
        )
        FROM generate_series(1, length(word)) AS first,
            generate_series(first + 1, length(word)) AS second
        WHERE length(word) >= 6
    ) AS keys (key)
$$
"""
OLD_INDEXES = {
    "conflict_request_name_trgm_idx": (
        "consultations_consultationrequest",
        "normalized_name",
    ),
    "conflict_party_name_trgm_idx": ("consultations_otherparty", "normalized_name"),
    "conflict_client_name_trgm_idx": (
        "consultations_clientlistentry",
        "normalized_name",
    ),
    "consultation_search_name_trgm_idx": (
        "consultations_consultationrequest",
        "(normalized_name::text)",
    ),
}


def drop_old_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in OLD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def restore_old_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, expression) in OLD_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin ({expression} gin_trgm_ops)"
        )


def create_spelling_keys_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SPELLING_KEYS_FUNCTION)


def drop_spelling_keys_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS conflict_spelling_keys(text)")


def spelling_keys_index(name):
    return consultations.models.indexes.PostgreSQLGinIndex(
        consultations.models.indexes.SpellingKeys("normalized_name"), name=name
    )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0017_american_spelling_of_matters")]

    operations = [
        migrations.RunPython(drop_old_indexes, restore_old_indexes),
        migrations.RunPython(
            create_spelling_keys_function, drop_spelling_keys_function
        ),
        migrations.AddIndex(
            model_name="consultationrequest",
            index=consultations.models.indexes.PostgreSQLGinIndex(
                fields=["normalized_name"],
                name="request_name_trgm_idx",
                opclasses=["gin_trgm_ops"],
            ),
        ),
        migrations.AddIndex(
            model_name="consultationrequest",
            index=spelling_keys_index("request_spelling_keys_idx"),
        ),
        migrations.AddIndex(
            model_name="otherparty", index=spelling_keys_index("party_spelling_keys_idx")
        ),
        migrations.AddIndex(
            model_name="clientlistentry",
            index=spelling_keys_index("client_spelling_keys_idx"),
        ),
    ]
