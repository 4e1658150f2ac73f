import pytest

from tests.factories import ArticlePageFactory, paragraph
from tests.markup import link_hrefs, parse, visible_text

pytestmark = pytest.mark.django_db


def search(client, query):
    response = client.get("/en/search/", {"query": query})
    assert response.status_code == 200
    return parse(response)


def result_hrefs(soup):
    results = soup.find(class_="search-results")
    return link_hrefs(results) if results else []


def test_search_finds_an_article_by_a_word_in_its_body(client, site_tree):
    article = ArticlePageFactory(
        parent=site_tree.article_index,
        title="After an arrest",
        body=[paragraph("<p>ICE can check fingerprints taken by the police.</p>")],
    )

    assert article.url in result_hrefs(search(client, "fingerprints"))


def test_search_finds_a_city_by_a_word_in_its_summary(client, site_tree):
    site_tree.city.summary = "Police here never ask about citizenship."
    site_tree.city.save()

    assert site_tree.city.url in result_hrefs(search(client, "citizenship"))


def test_search_says_so_when_nothing_matches(client, site_tree):
    soup = search(client, "xylophonequokka")

    assert result_hrefs(soup) == []
    assert "no pages matched" in visible_text(soup).lower()


def test_search_leaves_out_unpublished_pages(client, site_tree):
    ArticlePageFactory(
        parent=site_tree.article_index,
        title="Draft about fingerprints",
        live=False,
        body=[paragraph("<p>Fingerprints and ICE.</p>")],
    )

    assert "Draft about fingerprints" not in visible_text(
        search(client, "fingerprints")
    )


def test_search_page_without_a_query_shows_the_form_only(client, site_tree):
    soup = search(client, "")

    assert soup.find("input", attrs={"name": "query"})
    assert result_hrefs(soup) == []
