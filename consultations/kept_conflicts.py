"""A request's conflict check, kept until a name it searches may have changed.

The check reads tens of thousands of names, and a request's page shows it again
after every action taken there. So the page keeps what a check found, in the
shared cache, under the names checked and the *generation* of the names searched:
a PostgreSQL sequence whose next value each committed change to what the check
reads takes (a request's name or status, a person a request names, the client
list). A kept check thus never misses a name written since it was made.

The generation is in the database, not in the cache, on purpose: the free times'
generation (`booking.slots`) may be lost while Redis is unreachable, which costs
a refused booking at worst; a lost conflict generation would hide a match. What
is kept names rows by kind and key, never a name: the names are read again from
the database. On SQLite (development) every check is made afresh.
"""

import hashlib

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from . import conflicts
from .models.conflicts import ClientListEntry, ClientListImport, OtherParty
from .models.requests import ConsultationRequest
from .names import NameMatch

#: The sequence of migration 0020.
NAMES_GENERATION = "consultations_conflict_names_generation"
#: How long a kept check counts at most, should a change ever commit without
#: taking a generation (its process stopped between the two).
KEPT_FOR = 15 * 60
#: A request's fields the check reads; a save of only others keeps the generation.
CHECKED_REQUEST_FIELDS = frozenset({"full_name", "normalized_name", "status"})


def kept_conflicts(consultation_request, *, shown=None):
    """`conflicts.find_conflicts`, kept for the names' generation: the names
    checked, the first `shown` hits (all by default) and how many there are."""
    generation = names_generation()
    if generation is None:
        checked, hits = conflicts.find_conflicts(consultation_request)
        return checked, hits[:shown], len(hits)
    checked = conflicts.names_to_check(
        consultation_request, consultation_request.other_parties.all()
    )
    key = kept_check_key(consultation_request, checked, generation)
    kept = cache.get(key)
    if kept is None:
        hits = conflicts.conflicts_of(consultation_request, checked)
        cache.set(key, [keep(hit, checked) for hit in hits], KEPT_FOR)
        return checked, hits[:shown], len(hits)
    return checked, hits_from(kept[:shown], checked), len(kept)


def kept_check_key(consultation_request, checked, generation):
    names = hashlib.sha256("\n".join(name.name for name in checked).encode())
    return f"conflicts:kept:{generation}:{consultation_request.pk}:{names.hexdigest()}"


def keep(hit, checked):
    """A hit as kept, in plain values: whose name (its place in `checked`), the
    row's kind and key, the match's score and reasons."""
    return (
        checked.index(hit.checked),
        hit.found.kind,
        hit.found.pk,
        hit.match.score,
        hit.match.reasons,
    )


def hits_from(kept, checked):
    """The kept hits, in their order, with their rows read again by key."""
    keys = {
        kind: [pk for _index, row_kind, pk, *_match in kept if row_kind == kind]
        for kind in (conflicts.REQUEST, conflicts.PERSON, conflicts.CLIENT)
    }
    rows = {
        (row.kind, row.pk): row
        for row in conflicts.found_rows(
            requests=ConsultationRequest.objects.filter(pk__in=keys[conflicts.REQUEST]),
            people=OtherParty.objects.filter(pk__in=keys[conflicts.PERSON]),
            clients=ClientListEntry.objects.filter(pk__in=keys[conflicts.CLIENT]),
        )
    }
    return [
        conflicts.ConflictHit(checked[index], rows[kind, pk], NameMatch(*match))
        for index, kind, pk, *match in kept
        if (kind, pk) in rows
    ]


def names_generation():
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        # last_value is null until the first value is taken.
        cursor.execute(
            "SELECT COALESCE(last_value, 0) FROM pg_sequences "
            "WHERE schemaname = current_schema() AND sequencename = %s",
            [NAMES_GENERATION],
        )
        return cursor.fetchone()[0]


def start_new_names_generation():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(%s)", [NAMES_GENERATION])


def names_changed(sender, update_fields=None, using=None, **kwargs):
    """After the change commits, kept checks no longer count: a check that
    started before it may have missed it."""
    if (
        sender is ConsultationRequest
        and update_fields is not None
        and not CHECKED_REQUEST_FIELDS.intersection(update_fields)
    ):
        return
    transaction.on_commit(start_new_names_generation, using=using, robust=True)


def connect_signal_handlers():
    """What the check reads: requests, the people they name, the client list (an
    import writes its entries in bulk, then saves the import). A write without
    signals that changes a name or a status must renew the generation itself."""
    for model in (ConsultationRequest, OtherParty, ClientListEntry, ClientListImport):
        post_save.connect(names_changed, sender=model)
        post_delete.connect(names_changed, sender=model)
