"""The database's rows as Django fixture files, and back.

A transactional test empties the database when it ends, so the rows migrations
made (the root page, the default locale, the staff groups) are gone for the
transactional tests after it. Django's serialized rollback would put them back,
but it lives on the test thread's connection, which the browser tests do not
have (see tests/e2e/conftest.py). So the suite dumps those rows once, when it
builds the database, and a test that needs them loads them back with
`restore_rows`: Django's own `dumpdata`, `flush` and `loaddata`.
"""

import io

from django.core.management import call_command

# Content types and permissions are matched by name to the ones `flush` makes
# anew (its post-migrate signal), so they load over them instead of clashing.
NAMED_ROWS = ["contenttypes", "auth.permission"]


def dump_rows(folder, exclude=()):
    """Every row, as two fixture files in `folder`: the named ones and the rest."""
    named, other = folder / "named.json", folder / "other.json"
    dump(named, *NAMED_ROWS, natural_primary=True)
    dump(other, exclude=NAMED_ROWS + list(exclude))
    return [named, other]


def restore_rows(fixtures):
    """Empty the database and load `fixtures` (from `dump_rows`) into it."""
    call_command("flush", interactive=False, stdout=io.StringIO())
    call_command("loaddata", *fixtures, stdout=io.StringIO())


def dump(fixture, *app_labels, **options):
    call_command(
        "dumpdata",
        *app_labels,
        use_base_manager=True,
        natural_foreign=True,
        output=str(fixture),
        stdout=io.StringIO(),
        **options,
    )
