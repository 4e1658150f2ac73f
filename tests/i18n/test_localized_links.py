"""Links between pages lead to the visitor's language: translated pages keep
their source's links, and they are localized when shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.markup import link_hrefs, parse, visible_text

pytestmark = pytest.mark.django_db


def test_spanish_home_features_the_spanish_city_pages(client, demo_site):
    soup = parse(client.get("/es/"))

    cards = soup.select(".featured-cities a")
    assert [a["href"] for a in cards] == [
        "/es/ciudades/hartford/",
        "/es/ciudades/new-haven/",
        "/es/ciudades/new-london/",
        "/es/ciudades/windham/",
    ]
    assert "/es/articulos/ciudades-santuario-de-connecticut/" in link_hrefs(soup)


def test_spanish_article_links_the_spanish_cities(client, demo_site):
    soup = parse(client.get("/es/articulos/ciudades-santuario-de-connecticut/"))

    cities = [a["href"] for a in soup.select(".related-cities a")]
    assert cities == [
        "/es/ciudades/hartford/",
        "/es/ciudades/new-haven/",
        "/es/ciudades/new-london/",
        "/es/ciudades/windham/",
    ]


def test_spanish_city_lists_the_spanish_article_once(client, demo_site):
    soup = parse(client.get("/es/ciudades/hartford/"))

    articles = [a["href"] for a in soup.select(".related-articles a")]
    assert articles == ["/es/articulos/ciudades-santuario-de-connecticut/"]


def test_english_city_lists_the_english_article_once(client, demo_site):
    soup = parse(client.get("/en/cities/hartford/"))

    articles = [a["href"] for a in soup.select(".related-articles a")]
    assert articles == ["/en/articles/connecticut-sanctuary-cities/"]


def test_consultation_call_leads_to_the_spanish_form_with_the_city(client, demo_site):
    soup = parse(client.get("/es/ciudades/new-london/"))

    button = soup.select_one(".consultation-call a.btn-accent")
    assert button["href"] == "/es/consulta-gratuita/?city=new-london"


def test_attorney_languages_are_named_in_spanish(client, demo_site):
    soup = parse(client.get("/es/articulos/ciudades-santuario-de-connecticut/"))

    facts = visible_text(soup.select_one(".author-box__facts"))
    assert "Idiomas inglés" in facts


def test_spanish_pages_cost_at_most_two_queries_more_than_english(client, demo_site):
    """Wagtail finds the Spanish home page to route from (one query), and the call
    to the consultation page is localized (one); related pages cost nothing more."""
    counts = {}
    for language, address in {
        "en": "/en/cities/hartford/",
        "es": "/es/ciudades/hartford/",
    }.items():
        client.get(address)  # warm the site's caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(address)
        assert response.status_code == 200
        counts[language] = len(queries)

    assert counts["es"] <= counts["en"] + 2


@pytest.mark.parametrize(
    ("old_address", "own_address"),
    [
        ("/es/free-consultation/", "/es/consulta-gratuita/"),
        ("/es/cities/hartford/", "/es/ciudades/hartford/"),
        (
            "/es/articles/connecticut-sanctuary-cities/",
            "/es/articulos/ciudades-santuario-de-connecticut/",
        ),
    ],
)
def test_spanish_address_with_english_slugs_redirects_to_the_spanish_one(
    client, demo_site, old_address, own_address
):
    response = client.get(old_address)

    assert response.status_code == 301
    assert response["Location"] == own_address
