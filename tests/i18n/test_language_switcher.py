"""The switcher outside the plain case: untranslated pages, views that are not
pages, routes inside a page, query strings, error pages."""

import pytest
from django.db import OperationalError, connection

from firm_site.home.models import StandardPage
from tests.i18n.conftest import page_in
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def switcher_links(soup):
    switcher = soup.find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in switcher.find_all("a")}


@pytest.fixture
def english_only_page(demo_site):
    home = page_in("en", "home")
    page = StandardPage(title="Office news", slug="office-news", intro="News.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_untranslated_page_leads_to_the_other_home_page(client, english_only_page):
    soup = parse(client.get("/en/office-news/"))

    assert switcher_links(soup) == {
        "es": "/es/?untranslated=1",
        "pt-br": "/pt-br/?untranslated=1",
    }


def test_untranslated_page_has_no_alternate_in_the_missing_language(
    client, english_only_page
):
    soup = parse(client.get("/en/office-news/"))

    hreflangs = {link["hreflang"] for link in soup.find_all("link", hreflang=True)}
    assert hreflangs == {"en", "x-default"}


def test_home_page_reached_that_way_says_the_page_is_not_translated(
    client, english_only_page
):
    soup = parse(client.get("/es/?untranslated=1"))

    note = soup.find(class_="untranslated-note")
    assert " ".join(note.get_text().split()) == (
        "Esta página todavía no está disponible en español. "
        "Le mostramos nuestra página de inicio."
    )


def test_english_home_says_it_in_english(client, demo_site):
    soup = parse(client.get("/en/?untranslated=1"))

    assert "This page is not yet available in English." in visible_text(soup)


def test_home_page_reached_directly_has_no_note(client, demo_site):
    assert parse(client.get("/es/")).find(class_="untranslated-note") is None


def test_switcher_keeps_the_city_chosen_for_the_form(client, demo_site):
    soup = parse(client.get("/en/free-consultation/?city=new-haven"))

    assert switcher_links(soup) == {
        "es": "/es/consulta-gratuita/?city=new-haven",
        "pt-br": "/pt-br/consulta-gratuita/?city=new-haven",
    }


def test_switcher_leaves_out_tags_which_are_words_of_one_language(client, demo_site):
    soup = parse(client.get("/en/articles/?tag=sanctuary-cities&page=1"))

    assert switcher_links(soup) == {
        "es": "/es/articulos/?page=1",
        "pt-br": "/pt-br/artigos/?page=1",
    }


def test_switcher_keeps_a_tag_the_other_languages_use_too(client, demo_site):
    soup = parse(client.get("/es/articulos/?tag=ice&page=1"))

    assert switcher_links(soup) == {
        "en": "/en/articles/?page=1&tag=ice",
        "pt-br": "/pt-br/artigos/?page=1&tag=ice",
    }


def test_switcher_keeps_a_shared_tag_only_where_articles_carry_it(client, demo_site):
    article = page_in("pt-br", "connecticut-sanctuary-cities")
    article.tags.remove("ICE")
    article.save_revision().publish()

    soup = parse(client.get("/es/articulos/?tag=ice"))

    assert switcher_links(soup) == {
        "en": "/en/articles/?tag=ice",
        "pt-br": "/pt-br/artigos/",
    }


def test_search_switches_with_its_query(client, demo_site):
    soup = parse(client.get("/es/buscar/", {"query": "policía"}))

    assert switcher_links(soup) == {
        "en": "/en/search/?query=polic%C3%ADa",
        "pt-br": "/pt-br/busca/?query=polic%C3%ADa",
    }
    assert parse(client.get("/es/buscar/")).html["lang"] == "es"


@pytest.mark.parametrize(
    ("old_address", "search"),
    [
        ("/es/search/?query=ICE", "/es/buscar/?query=ICE"),
        ("/pt-br/search/?query=ICE", "/pt-br/busca/?query=ICE"),
    ],
)
def test_the_old_english_search_address_leads_to_the_new_one(
    client, demo_site, old_address, search
):
    response = client.get(old_address)

    assert response.status_code == 301
    assert response["Location"] == search


def test_thank_you_page_switches_to_the_other_thank_you_page(client, demo_site):
    session = client.session
    session["consultations:reference"] = "CR-7K3M9Q"
    session.save()

    response = client.get("/es/consulta-gratuita/gracias/")

    soup = parse(response)
    assert switcher_links(soup) == {
        "en": "/en/free-consultation/thank-you/",
        "pt-br": "/pt-br/consulta-gratuita/obrigado/",
    }
    assert "Recibimos su solicitud" in visible_text(soup)
    english = parse(client.get(switcher_links(soup)["en"]))
    assert "CR-7K3M9Q" in visible_text(english)
    assert english.html["lang"] == "en"


def test_missing_page_offers_the_other_home_pages(client, demo_site):
    response = client.get("/es/no-such-page/")

    soup = parse(response)
    assert response.status_code == 404
    assert soup.html["lang"] == "es"
    assert "No encontramos esa página" in visible_text(soup)
    assert switcher_links(soup) == {"en": "/en/", "pt-br": "/pt-br/"}
    assert not soup.find_all("link", hreflang=True)


@pytest.mark.parametrize(
    "path",
    [
        "/en/cities/?next=https://evil.example/",
        "/en/search/?query=x&next=//evil.example/",
        "/en//evil.example/",
        "/en/search/?query=%0d%0aLocation:%20https://evil.example/",
    ],
)
def test_switcher_links_never_leave_the_site(client, demo_site, path):
    soup = parse(client.get(path))

    for href in switcher_links(soup).values():
        assert href.startswith(("/es/", "/pt-br/"))
        assert "evil.example/" not in href.split("?")[0]


def test_database_outage_page_speaks_spanish(client, demo_site, settings):
    settings.FIRM_PHONE_FALLBACK = "(203) 753-7300"

    def database_down(execute, sql, params, many, context):
        raise OperationalError("could not connect to server: Connection refused")

    with connection.execute_wrapper(database_down):
        response = client.get("/es/consulta-gratuita/")

    soup = parse(response)
    assert response.status_code == 503
    assert soup.html["lang"] == "es"
    assert "Volveremos en unos minutos" in visible_text(soup)
