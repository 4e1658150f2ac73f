"""Search in each language: a Portuguese reader's words find the Portuguese
page, with or without their accents; on PostgreSQL, English stemming folds
plurals (docs/i18n.md, "Search in three languages")."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from tests.factories import ArticlePageFactory, paragraph
from tests.markup import link_hrefs, parse

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming is PostgreSQL's; SQLite's full-text index has none",
)


def search(client, language, query):
    with translation.override(language):
        path = reverse("search")
    response = client.get(path, {"query": query})
    assert response.status_code == 200
    return parse(response)


def result_hrefs(soup):
    results = soup.find(class_="search-results")
    return link_hrefs(results) if results else []


@pytest.fixture
def portuguese_article(site_tree):
    """An article in the Portuguese tree, as a translation puts it there."""
    portuguese = Locale.objects.get(language_code="pt-br")
    for page in [site_tree.home, site_tree.article_index]:
        page.copy_for_translation(portuguese).save_revision().publish()
    index = site_tree.article_index.get_translation(portuguese)
    return ArticlePageFactory(
        parent=index,
        locale=portuguese,
        title="Petição de asilo",
        intro="O que levar à entrevista.",
        body=[paragraph("<p>Os imigrantes têm direitos na audiência.</p>")],
    )


@pytest.mark.parametrize("query", ["audiência", "Audiência", "audiencia"])
def test_a_portuguese_word_finds_the_portuguese_page_whatever_its_accents(
    client, portuguese_article, query
):
    soup = search(client, "pt-br", query)

    assert result_hrefs(soup) == [portuguese_article.url]


def test_a_portuguese_page_is_not_an_english_result(client, portuguese_article):
    soup = search(client, "en", "audiência")

    assert portuguese_article.url not in result_hrefs(soup)


@on_postgresql
def test_postgresql_indexes_with_the_sites_configuration():
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('english_unaccent', 'Imigração')")
        assert cursor.fetchone() == ("'imigracao':1",)


@on_postgresql
@pytest.mark.parametrize("query", ["imigrante", "direito"])
def test_on_postgresql_a_portuguese_singular_finds_its_plural(
    client, portuguese_article, query
):
    soup = search(client, "pt-br", query)

    assert result_hrefs(soup) == [portuguese_article.url]


@on_postgresql
def test_on_postgresql_english_search_keeps_its_stemming(client, site_tree):
    article = ArticlePageFactory(
        parent=site_tree.article_index,
        title="After an arrest",
        body=[paragraph("<p>What happens when someone is arrested.</p>")],
    )

    assert article.url in result_hrefs(search(client, "en", "arresting"))
