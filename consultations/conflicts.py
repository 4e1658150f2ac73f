"""The conflict check before a consultation (ABA Model Rule 1.18).

A request's names — the prospect's and the other people it names — are compared
with every other request and its people, and with the firm's own list of clients
and adverse parties. The database narrows the candidates; `consultations.names`
decides what matches and says why. An attorney then records the outcome, which
the workflow needs before a consultation is held.

On PostgreSQL a stored name is a candidate when two words of a checked name each
match one of its words within a typo (they share a spelling key, through an
index), or, for a name of one word, when it is one word within a typo: the names
`compare_names` can accept, bar a word further off than its spelling keys reach
when no two other words agree, so a check costs milliseconds at 100,000 requests
(docs/performance.md). SQLite, the development default, takes every name sharing
a word of three letters or more.
"""

import itertools
import uuid
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction
from django.db.models import Q, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from . import workflow
from .choices import ClientRelationship, ConflictOutcome, PartyRole, Status
from .models.conflicts import ClientListEntry, ConflictCheck, OtherParty
from .models.indexes import SpellingKeys
from .models.requests import ConsultationRequest
from .names import compare_names, name_tokens, normalized_name, spelling_keys

#: How many candidates each source may bring, so a check costs the same with
#: 1,000 or 100,000 requests; the closest come first on PostgreSQL.
CANDIDATE_LIMIT = 200
#: Words shorter than this are too common to look names up by on SQLite.
SHORTEST_SEARCHED_WORD = 3
PROSPECT = _("Prospect")


@dataclass(frozen=True)
class CheckedName:
    name: str
    role: str


#: The kinds of rows a name is found in: a kept check names its hits by kind and
#: primary key (`consultations.kept_conflicts`).
REQUEST = "request"
PERSON = "person"
CLIENT = "client"


@dataclass(frozen=True)
class FoundRow:
    """A row whose name may match, as a hit shows it."""

    name: str
    found_as: str
    source: str
    request: ConsultationRequest | None
    kind: str
    pk: int


@dataclass(frozen=True)
class ConflictHit:
    """One name found: whose name on this request matched, what it matched
    (where, as what), why and how well."""

    checked: CheckedName
    found: FoundRow
    match: object


def names_to_check(consultation_request, parties):
    return [
        CheckedName(consultation_request.full_name, PROSPECT),
        *(CheckedName(party.name, PartyRole(party.role).label) for party in parties),
    ]


def find_conflicts(consultation_request):
    """The request's names and what they match: four queries, whatever the size
    of the tables."""
    checked = names_to_check(
        consultation_request, consultation_request.other_parties.all()
    )
    return checked, conflicts_of(consultation_request, checked)


def conflicts_of(consultation_request, checked):
    """What the checked names match, the best first: each source brings at most
    CANDIDATE_LIMIT candidates, the closest first; people on spam requests are
    then left out."""
    requests = similar_names(
        ConsultationRequest.objects.not_spam().exclude(pk=consultation_request.pk),
        checked,
    )
    # The closest people first, then their requests: joined over all the
    # candidates, a misjudged count of them has PostgreSQL read every request.
    people = OtherParty.objects.exclude(request=consultation_request)
    closest_others = closest_first(similar_names(people, checked), checked)
    clients = similar_names(ClientListEntry.objects.all(), checked)
    found = found_rows(
        requests=closest_first(requests, checked),
        people=OtherParty.objects.filter(pk__in=closest_others.values("pk")),
        clients=closest_first(clients, checked),
    )
    hits = [
        ConflictHit(name, row, match)
        for row in found
        for name in checked
        if (match := compare_names(name.name, row.name))
    ]
    return sorted(hits, key=lambda hit: -hit.match.score)


def found_rows(*, requests, people, clients):
    """The rows of the three sources as hits show them, each read with only
    what a hit shows."""
    requests = requests.only("pk", "reference", "full_name", "status", "created_at")
    people = (
        people.exclude(request__status=Status.SPAM)
        .select_related("request")
        .only("name", "role", "request__reference", "request__status")
    )
    return [
        *(
            FoundRow(item.full_name, PROSPECT, _("Request"), item, REQUEST, item.pk)
            for item in requests
        ),
        *(
            FoundRow(
                item.name,
                PartyRole(item.role).label,
                _("Request"),
                item.request,
                PERSON,
                item.pk,
            )
            for item in people
        ),
        *(
            FoundRow(
                item.name,
                ClientRelationship(item.relationship).label,
                _("Client list"),
                None,
                CLIENT,
                item.pk,
            )
            for item in clients
        ),
    ]


def similar_names(queryset, checked):
    """The rows of `queryset` whose `normalized_name` might match a checked name."""
    if connection.vendor == "postgresql":
        conditions = [spelling_condition(name_tokens(name.name)) for name in checked]
        queryset = queryset.alias(spelling_keys=SpellingKeys("normalized_name"))
    else:
        conditions = [
            Q(normalized_name__contains=word)
            for name in checked
            for word in name_tokens(name.name)
            if len(word) >= SHORTEST_SEARCHED_WORD
        ]
    return queryset.filter(reduce(or_, conditions, Q(pk__in=[])))


def spelling_condition(tokens):
    """Two of the name's words each within a typo of a stored name's words; for a
    name of one word, a stored name of one word within a typo of it."""
    words = list(dict.fromkeys(tokens))
    if len(words) == 1:
        near = near_word(words[0])
        return near & ~Q(normalized_name__contains=" ") if len(tokens) == 1 else near
    pairs = [
        near_word(word) & near_word(other)
        for word, other in itertools.combinations(words, 2)
    ]
    return reduce(or_, pairs, Q(pk__in=[]))


def near_word(word):
    """Names with a word sharing a spelling key with `word` (the keys go as one
    array, not as an expression per key)."""
    keys = Value(spelling_keys(word), output_field=SpellingKeys.output_field)
    return Q(spelling_keys__overlap=keys)


def closest_first(queryset, checked):
    if connection.vendor == "postgresql":
        similarities = [
            TrigramSimilarity("normalized_name", normalized_name(name.name))
            for name in checked
        ]
        closeness = (
            Greatest(*similarities) if len(similarities) > 1 else similarities[0]
        )
        queryset = queryset.annotate(closeness=closeness).order_by("-closeness")
    return queryset[:CANDIDATE_LIMIT]


# The attorney's decision


def check_outcome(consultation_request):
    return ConflictCheck.objects.filter(request=consultation_request).first()


def record_outcome(consultation_request, outcome, *, user, note=""):
    """Record an attorney's decision; a conflict also closes the request as
    "Declined (conflict)". The audit log holds the outcome, never the note."""
    with transaction.atomic():
        check, _created = ConflictCheck.objects.update_or_create(
            request=consultation_request,
            defaults={
                "outcome": outcome,
                "note": note.strip(),
                "decided_by": user,
                "decided_at": timezone.now(),
            },
        )
        log(
            instance=consultation_request,
            action="consultations.conflict_outcome",
            user=user,
            uuid=uuid.uuid4(),
            data={"outcome": outcome},
        )
        if outcome == ConflictOutcome.CONFLICT:
            workflow.change_status(
                consultation_request, Status.DECLINED_CONFLICT, user=user
            )
    return check


def replace_parties(consultation_request, parties, *, user):
    """Staff's corrections to the other people a request names."""
    with transaction.atomic():
        consultation_request.other_parties.all().delete()
        for name, role in parties:
            OtherParty.objects.create(
                request=consultation_request, name=name, role=PartyRole(role)
            )
        log(
            instance=consultation_request,
            action="consultations.parties",
            user=user,
            uuid=uuid.uuid4(),
            data={"count": len(parties)},
        )


class ConflictOutcomeFormatter(LogFormatter):
    label = _("Record conflict check")

    def format_message(self, log_entry):
        return _("Conflict check: %(outcome)s") % {
            "outcome": ConflictOutcome(log_entry.data["outcome"]).label
        }


class ClientListImportFormatter(LogFormatter):
    label = _("Import the client list")

    def format_message(self, log_entry):
        return (
            _(
                "Client list imported: %(rows)s rows (%(new)s new, %(changed)s "
                "changed, %(unchanged)s unchanged)"
            )
            % log_entry.data
        )


def register_log_actions(actions):
    actions.register_action("consultations.conflict_outcome")(ConflictOutcomeFormatter)
    actions.register_action("consultations.client_list_import")(
        ClientListImportFormatter
    )
    actions.register_action(
        "consultations.parties",
        _("Correct the other people involved"),
        _("Other people involved corrected"),
    )
