"""People's names as the conflict check compares them: pure functions, no database.

Names of the same person differ in accents, case, order (family name first on
one form, last on another), Spanish double surnames (one form gives both, another
only the first), hyphens, particles ("de la", "dos") and small typos. A name is
reduced to its tokens once (stored in `normalized_name` columns), and two token
lists are compared by `compare_names`, which says why they match and how well.
The database finds the names worth comparing by their words' `spelling_keys`.
"""

import difflib
import functools
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

#: Particles and conjunctions in Spanish and Portuguese (and a few others) names,
#: left out or added freely: "María de la Cruz" is "María Cruz".
PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "e", "y"}
    | {"van", "von", "der", "den", "le"}
)
#: How alike two spellings of one part of a name must be (difflib's ratio):
#: "Luis"/"Luiz" is 0.75, "Gonzalez"/"Gonzales" 0.875, "Ana"/"Ama" 0.67.
TOKEN_SIMILARITY = 0.75
#: How alike the whole name must be, on average over its parts.
NAME_SIMILARITY = 0.85
#: A name given only in part (one of two surnames) scores a little lower.
PARTIAL_NAME_FACTOR = 0.9
#: From this length a word two letters dropped or changed can still be within
#: TOKEN_SIMILARITY ("Doraba"/"Dora" is 0.8, "Mohammed"/"Muhammad" 0.75); the
#: database finds shorter words that far apart only when two other words agree.
LONG_WORD = 6

SAME_NAME = "same"
OTHER_ORDER = "order"
ACCENTS_OR_SPELLING = "accents"
PART_OF_NAME = "part"
CLOSE_SPELLING = "typo"
REASONS = {
    SAME_NAME: _("Same name"),
    OTHER_ORDER: _("Same parts in another order"),
    ACCENTS_OR_SPELLING: _(
        "Same once accents, case, hyphens and particles are ignored"
    ),
    PART_OF_NAME: _(
        "One name holds every part of the other (e.g. one of two surnames)"
    ),
    CLOSE_SPELLING: _("Close spelling (a small typo)"),
}


@dataclass(frozen=True)
class NameMatch:
    """Why two names match and how well (0 to 1)."""

    score: float
    reasons: tuple

    @property
    def reason_labels(self):
        return [REASONS[reason] for reason in self.reasons]

    @property
    def percent(self):
        return round(self.score * 100)


@functools.lru_cache(maxsize=4096)
def name_tokens(name):
    """The parts of a name without accents, case, punctuation and particles
    (kept for the names a check compares many times over)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(
        char if char.isalnum() else " "
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return tuple(token for token in letters.split() if token not in PARTICLES)


def normalized_name(name):
    """The form stored for searching: tokens separated by single spaces."""
    return " ".join(name_tokens(name))


def compare_names(first, second):
    """A NameMatch if the two names could be the same person's, else None.

    Every part of the shorter name must match a different part of the longer one
    (exactly or within a small typo); a name of one part matches only a name of
    one part, so "Garcia" alone does not match every Garcia.
    """
    first_tokens, second_tokens = name_tokens(first), name_tokens(second)
    shorter, longer = sorted((first_tokens, second_tokens), key=len)
    if not shorter or (len(shorter) == 1 and len(longer) > 1):
        return None
    similarities = pair_tokens(shorter, longer)
    if similarities is None:
        return None
    score = sum(similarities) / len(similarities)
    if score < NAME_SIMILARITY:
        return None
    is_partial = len(shorter) < len(longer)
    if is_partial:
        score *= PARTIAL_NAME_FACTOR
    reasons = match_reasons(first, second, first_tokens, second_tokens, similarities)
    return NameMatch(score=round(score, 2), reasons=reasons)


def pair_tokens(shorter, longer):
    """Each part of the shorter name paired with its most alike unused part of
    the longer; None when one has no part alike enough."""
    unused = list(longer)
    similarities = []
    for token in sorted(shorter, key=lambda token: token not in unused):
        best = max(unused, key=lambda other: token_similarity(token, other))
        similarity = token_similarity(token, best)
        if similarity < TOKEN_SIMILARITY:
            return None
        unused.remove(best)
        similarities.append(similarity)
    return similarities


@functools.lru_cache(maxsize=65536)
def token_similarity(token, other):
    """difflib's ratio, kept: a check compares the same few parts many times."""
    if token == other:
        return 1.0
    return difflib.SequenceMatcher(None, token, other).ratio()


def spelling_keys(word):
    """The word and the word with one letter left out, or up to two for a word
    of LONG_WORD letters or more: two words a typo apart (a letter added, dropped
    or changed, two neighbours swapped) share a key, and so do two long words two
    letters apart. An index of every stored word's keys finds them (migration
    0018 computes the same keys in the database)."""
    keys = {word}
    rounds = 2 if len(word) >= LONG_WORD else min(len(word) - 1, 1)
    for _round in range(rounds):
        keys |= {
            key[:index] + key[index + 1 :] for key in keys for index in range(len(key))
        }
    return sorted(keys)


def match_reasons(first, second, first_tokens, second_tokens, similarities):
    if first.strip() == second.strip():
        return (SAME_NAME,)
    reasons = []
    if len(first_tokens) != len(second_tokens):
        reasons.append(PART_OF_NAME)
    if min(similarities) < 1:
        reasons.append(CLOSE_SPELLING)
    elif first_tokens == second_tokens:
        reasons.append(ACCENTS_OR_SPELLING)
    elif len(first_tokens) == len(second_tokens):
        reasons.append(OTHER_ORDER)
    return tuple(reasons)
