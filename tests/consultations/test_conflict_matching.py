"""Names that must and must not match in the conflict check, as a table."""

import pytest

from consultations import names

MUST_MATCH = [
    # accents and case
    ("José Álvarez", "Jose Alvarez", names.ACCENTS_OR_SPELLING),
    ("JOSÉ ÁLVAREZ", "josé álvarez", names.ACCENTS_OR_SPELLING),
    ("Inês Gonçalves", "Ines Goncalves", names.ACCENTS_OR_SPELLING),
    ("João Conceição", "Joao Conceicao", names.ACCENTS_OR_SPELLING),
    ("Nuñez Peña", "Nunez Pena", names.ACCENTS_OR_SPELLING),
    # hyphens and particles
    ("María de la Cruz", "Maria Cruz", names.ACCENTS_OR_SPELLING),
    ("Ana-María Silva", "Ana Maria Silva", names.ACCENTS_OR_SPELLING),
    ("João dos Santos", "Joao Santos", names.ACCENTS_OR_SPELLING),
    ("Pedro da Silva", "Pedro Silva", names.ACCENTS_OR_SPELLING),
    ("Luiz Carlos do Nascimento", "Luiz Carlos Nascimento", names.ACCENTS_OR_SPELLING),
    ("Carmen del Río", "Carmen Rio", names.ACCENTS_OR_SPELLING),
    ("Rosa Pérez y García", "Rosa Perez Garcia", names.ACCENTS_OR_SPELLING),
    ("O'Brien, Sean", "Sean O Brien", names.OTHER_ORDER),
    # order
    ("Álvarez José", "José Álvarez", names.OTHER_ORDER),
    ("Pérez, María José", "María José Pérez", names.OTHER_ORDER),
    ("Nguyen Van Minh", "Minh Nguyen", names.OTHER_ORDER),
    # Spanish double surnames: either one alone
    ("Jose Alvarez Ruiz", "José Álvarez", names.PART_OF_NAME),
    ("Jose Alvarez Ruiz", "José Ruiz", names.PART_OF_NAME),
    ("Gabriel García Márquez", "Gabriel Garcia", names.PART_OF_NAME),
    ("Ana Lucía Torres-Vega", "Ana Lucia Vega", names.PART_OF_NAME),
    ("Fernanda Oliveira Costa", "Fernanda Costa", names.PART_OF_NAME),
    # small typos
    ("Jose Gonzalez", "Jose Gonzales", names.CLOSE_SPELLING),
    ("Carlos Rodriguez", "Carlos Rodrigues", names.CLOSE_SPELLING),
    ("Luis Hernandez", "Luiz Hernandez", names.CLOSE_SPELLING),
    ("Francisco Jimenez", "Fransisco Jimenez", names.CLOSE_SPELLING),
    ("Guadalupe Ramirez", "Guadalupe Ramires", names.CLOSE_SPELLING),
    ("Thiago Pereira", "Tiago Pereira", names.CLOSE_SPELLING),
    # identical
    ("Acme Landscaping", "Acme Landscaping", names.SAME_NAME),
]

MUST_NOT_MATCH = [
    ("Maria Garcia", "Jose Garcia"),
    ("Jose Garcia", "Garcia"),
    ("Ana Lopez", "Ama Lopez Perez"),
    ("Juan Perez", "Juana Sanchez"),
    ("João Silva", "José Silva"),
    ("Ana Souza", "Anabela Souza"),
    ("Luis Gonzalez", "Luisa Fernandez"),
    ("Pedro Santos", "Paulo Santos"),
    ("Carmen Rio", "Carmen Ortiz"),
    ("de la Cruz", "Maria Cruz"),
    ("Kim Lee", "Kim Li Wong"),
    ("Acme Landscaping", "Apex Landscaping"),
    ("", "Jose Alvarez"),
]


@pytest.mark.parametrize(("first", "second", "reason"), MUST_MATCH)
def test_names_of_one_person_match_and_say_why(first, second, reason):
    match = names.compare_names(first, second)

    assert match is not None
    assert reason in match.reasons
    assert 0.8 <= match.score <= 1
    assert names.compare_names(second, first).score == match.score


@pytest.mark.parametrize(("first", "second"), MUST_NOT_MATCH)
def test_names_of_different_people_do_not_match(first, second):
    assert names.compare_names(first, second) is None


def test_a_name_is_stored_without_accents_case_hyphens_or_particles():
    assert names.normalized_name(" María-José de la  CRUZ ") == "maria jose cruz"


@pytest.mark.parametrize(
    ("word", "typo"),
    [
        ("thiago", "tiago"),  # a letter dropped
        ("ana", "anna"),  # a letter added
        ("luis", "luiz"),  # a letter changed
        ("pedro", "pdero"),  # two neighbours swapped
        ("rodriguez", "rodirguez"),
        ("belurer", "beler"),  # long words: two letters dropped
        ("mohammed", "muhammad"),  # or changed
    ],
)
def test_words_a_typo_apart_share_a_spelling_key(word, typo):
    assert set(names.spelling_keys(word)) & set(names.spelling_keys(typo))


@pytest.mark.parametrize(
    ("word", "other"),
    [("garcia", "gomes"), ("ana", "juan"), ("silva", "souza"), ("pedro", "petra")],
)
def test_words_further_apart_share_no_spelling_key(word, other):
    assert not set(names.spelling_keys(word)) & set(names.spelling_keys(other))
