"""Every public page type answers in each site language with the right language,
hreflang alternates and language switcher."""

import pytest

from tests.i18n.conftest import (
    SITE_LANGUAGES,
    demo_languages,
    needs_demo_content,
    other_demo_languages,
    page_in,
    translated_page,
)
from tests.markup import meta_property, parse

pytestmark = pytest.mark.django_db

SITE = "http://localhost"
# Each page type's demo page, by its English slug: every language has its own.
PAGE_SLUGS = {
    "home page": "home",
    "city index": "cities",
    "city page": "hartford",
    "article index": "articles",
    "article": "connecticut-sanctuary-cities",
    "standard page": "about",
    "consultation page": "free-consultation",
}
OPEN_GRAPH_LOCALE = {"en": "en_US", "es": "es_US", "pt-br": "pt_BR"}


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
    }


def switcher_links(soup):
    switcher = soup.find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in switcher.find_all("a")}


def open_graph_alternates(soup):
    return sorted(
        tag["content"] for tag in soup.find_all("meta", property="og:locale:alternate")
    )


def current_language_in_switcher(soup):
    switcher = soup.find("nav", class_="language-switcher")
    return switcher.find(attrs={"aria-current": "true"})["lang"]


def address(language, slug):
    """The page's address in a language, in that language's words."""
    return page_in(language, slug).url


@pytest.fixture(params=sorted(PAGE_SLUGS))
def page_slug(request):
    return PAGE_SLUGS[request.param]


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_page_answers_in_its_language(client, demo_site, page_slug, language):
    needs_demo_content(language)

    response = client.get(address(language, page_slug))

    assert response.status_code == 200
    assert parse(response).html["lang"] == language


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_page_links_every_version_and_english_as_the_default(
    client, demo_site, page_slug, language
):
    needs_demo_content(language)

    soup = parse(client.get(address(language, page_slug)))

    assert alternates(soup) == {
        **{code: SITE + address(code, page_slug) for code in demo_languages()},
        "x-default": SITE + address("en", page_slug),
    }


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_switcher_leads_to_the_same_page_in_the_other_languages(
    client, demo_site, page_slug, language
):
    needs_demo_content(language)

    soup = parse(client.get(address(language, page_slug)))

    assert switcher_links(soup) == {
        other: address(other, page_slug) for other in other_demo_languages(language)
    }
    assert current_language_in_switcher(soup) == language


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_open_graph_names_the_locale_and_its_alternates(
    client, demo_site, page_slug, language
):
    needs_demo_content(language)

    soup = parse(client.get(address(language, page_slug)))

    assert meta_property(soup, "og:locale") == OPEN_GRAPH_LOCALE[language]
    assert open_graph_alternates(soup) == sorted(
        OPEN_GRAPH_LOCALE[other] for other in other_demo_languages(language)
    )


def test_languages_are_named_in_themselves_and_marked_for_screen_readers(
    client, demo_site
):
    soup = parse(client.get("/es/ciudades/"))

    english = soup.find("nav", class_="language-switcher").find("a")
    assert english.get_text(strip=True) == "English"
    assert english["lang"] == "en"


@pytest.fixture
def portuguese_about(demo_site):
    return translated_page("pt-br", "about")


def test_portuguese_page_is_offered_from_the_english_one(client, portuguese_about):
    soup = parse(client.get("/en/about/"))

    assert switcher_links(soup)["pt-br"] == "/pt-br/sobre-o-escritorio/"
    assert alternates(soup)["pt-br"] == SITE + "/pt-br/sobre-o-escritorio/"
    assert "pt_BR" in open_graph_alternates(soup)


def test_portuguese_is_named_in_itself_in_the_switcher(client, portuguese_about):
    soup = parse(client.get("/es/sobre-la-firma/"))

    portuguese = soup.find("nav", class_="language-switcher").find(hreflang="pt-br")
    assert portuguese.get_text(strip=True) == "Português"
    assert portuguese["lang"] == "pt-br"


def test_portuguese_page_says_its_language_and_leads_back(client, portuguese_about):
    soup = parse(client.get("/pt-br/sobre-o-escritorio/"))

    assert soup.html["lang"] == "pt-br"
    assert meta_property(soup, "og:locale") == "pt_BR"
    assert current_language_in_switcher(soup) == "pt-br"
    assert switcher_links(soup) == {"en": "/en/about/", "es": "/es/sobre-la-firma/"}
    assert alternates(soup)["x-default"] == SITE + "/en/about/"
