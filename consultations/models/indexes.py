"""The indexes behind staff search and the conflict check, which only PostgreSQL
has (GIN, pg_trgm, the spelling-keys function of migration 0018).

They are declared on the models so Django knows them; on SQLite, the development
default, each is a comment in its place, so migrations and SQLite's table
rebuilds still run there.
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models


class SpellingKeys(models.Func):
    """Every spelling key (`names.spelling_keys`) of the words of a normalized
    name, computed by the database function migration 0018 creates."""

    function = "conflict_spelling_keys"
    output_field = ArrayField(models.TextField())


class PostgreSQLGinIndex(GinIndex):
    """A GIN index on PostgreSQL; on other databases a comment, not an index."""

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return self.skipped()
        return super().create_sql(model, schema_editor, using=using, **kwargs)

    def remove_sql(self, model, schema_editor, **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return self.skipped()
        return super().remove_sql(model, schema_editor, **kwargs)

    def skipped(self):
        return f"-- {self.name}: PostgreSQL only"


# Without GIN's "fast update", a new row goes into the index as it is written.
# With it, new rows wait in a pending list that every search reads through until
# a vacuum merges them, which at intake's pace is thousands of rows later: 2,586
# pending requests made the conflict check's name search 8× slower
# (docs/performance.md, "Conflict check at volume").
WRITE_THROUGH = {"fastupdate": False}


def name_trigram_index(name):
    """Trigrams of the normalized name: staff search's `contains`."""
    return PostgreSQLGinIndex(
        fields=["normalized_name"],
        opclasses=["gin_trgm_ops"],
        name=name,
        **WRITE_THROUGH,
    )


def spelling_keys_index(name):
    """The spelling keys of the normalized name: the conflict check."""
    return PostgreSQLGinIndex(
        SpellingKeys("normalized_name"), name=name, **WRITE_THROUGH
    )
