"""Every public page type answers in each site language with the right language,
hreflang alternates and language switcher."""

import pytest

from tests.i18n.conftest import (
    SITE_LANGUAGES,
    demo_languages,
    needs_demo_content,
    other_demo_languages,
    translated_page,
)
from tests.markup import meta_property, parse

pytestmark = pytest.mark.django_db

SITE = "http://localhost"
PAGE_PATHS = {
    "home page": "/{language}/",
    "city index": "/{language}/cities/",
    "city page": "/{language}/cities/hartford/",
    "article index": "/{language}/articles/",
    "article": "/{language}/articles/connecticut-sanctuary-cities/",
    "standard page": "/{language}/about/",
    "consultation page": "/{language}/free-consultation/",
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


@pytest.fixture(params=sorted(PAGE_PATHS))
def page_path(request):
    return PAGE_PATHS[request.param]


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_page_answers_in_its_language(client, demo_site, page_path, language):
    needs_demo_content(language)

    response = client.get(page_path.format(language=language))

    assert response.status_code == 200
    assert parse(response).html["lang"] == language


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_page_links_every_version_and_english_as_the_default(
    client, demo_site, page_path, language
):
    needs_demo_content(language)

    soup = parse(client.get(page_path.format(language=language)))

    assert alternates(soup) == {
        **{code: SITE + page_path.format(language=code) for code in demo_languages()},
        "x-default": SITE + page_path.format(language="en"),
    }


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_switcher_leads_to_the_same_page_in_the_other_languages(
    client, demo_site, page_path, language
):
    needs_demo_content(language)

    soup = parse(client.get(page_path.format(language=language)))

    assert switcher_links(soup) == {
        other: page_path.format(language=other)
        for other in other_demo_languages(language)
    }
    assert current_language_in_switcher(soup) == language


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_open_graph_names_the_locale_and_its_alternates(
    client, demo_site, page_path, language
):
    needs_demo_content(language)

    soup = parse(client.get(page_path.format(language=language)))

    assert meta_property(soup, "og:locale") == OPEN_GRAPH_LOCALE[language]
    assert open_graph_alternates(soup) == sorted(
        OPEN_GRAPH_LOCALE[other] for other in other_demo_languages(language)
    )


def test_languages_are_named_in_themselves_and_marked_for_screen_readers(
    client, demo_site
):
    soup = parse(client.get("/es/cities/"))

    english = soup.find("nav", class_="language-switcher").find("a")
    assert english.get_text(strip=True) == "English"
    assert english["lang"] == "en"


@pytest.fixture
def portuguese_about(demo_site):
    return translated_page("pt-br", "about")


def test_portuguese_page_is_offered_from_the_english_one(client, portuguese_about):
    soup = parse(client.get("/en/about/"))

    assert switcher_links(soup)["pt-br"] == "/pt-br/about/"
    assert alternates(soup)["pt-br"] == SITE + "/pt-br/about/"
    assert "pt_BR" in open_graph_alternates(soup)


def test_portuguese_is_named_in_itself_in_the_switcher(client, portuguese_about):
    soup = parse(client.get("/es/about/"))

    portuguese = soup.find("nav", class_="language-switcher").find(hreflang="pt-br")
    assert portuguese.get_text(strip=True) == "Português"
    assert portuguese["lang"] == "pt-br"


def test_portuguese_page_says_its_language_and_leads_back(client, portuguese_about):
    soup = parse(client.get("/pt-br/about/"))

    assert soup.html["lang"] == "pt-br"
    assert meta_property(soup, "og:locale") == "pt_BR"
    assert current_language_in_switcher(soup) == "pt-br"
    assert switcher_links(soup) == {"en": "/en/about/", "es": "/es/about/"}
    assert alternates(soup)["x-default"] == SITE + "/en/about/"
