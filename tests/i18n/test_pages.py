"""Every public page type answers in English and Spanish with the right language,
hreflang alternates and language switcher."""

import pytest

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
OTHER_LANGUAGE = {"en": "es", "es": "en"}
OPEN_GRAPH_LOCALE = {"en": "en_US", "es": "es_US"}


def alternates(soup):
    return {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate", hreflang=True)
    }


def switcher_links(soup):
    switcher = soup.find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in switcher.find_all("a")}


def current_language_in_switcher(soup):
    switcher = soup.find("nav", class_="language-switcher")
    return switcher.find(attrs={"aria-current": "true"})["lang"]


@pytest.fixture(params=sorted(PAGE_PATHS))
def page_path(request):
    return PAGE_PATHS[request.param]


@pytest.mark.parametrize("language", ["en", "es"])
def test_page_answers_in_its_language(client, demo_site, page_path, language):
    response = client.get(page_path.format(language=language))

    assert response.status_code == 200
    assert parse(response).html["lang"] == language


@pytest.mark.parametrize("language", ["en", "es"])
def test_page_links_both_versions_and_english_as_the_default(
    client, demo_site, page_path, language
):
    soup = parse(client.get(page_path.format(language=language)))

    assert alternates(soup) == {
        "en": SITE + page_path.format(language="en"),
        "es": SITE + page_path.format(language="es"),
        "x-default": SITE + page_path.format(language="en"),
    }


@pytest.mark.parametrize("language", ["en", "es"])
def test_switcher_leads_to_the_same_page_in_the_other_language(
    client, demo_site, page_path, language
):
    other = OTHER_LANGUAGE[language]

    soup = parse(client.get(page_path.format(language=language)))

    assert switcher_links(soup) == {other: page_path.format(language=other)}
    assert current_language_in_switcher(soup) == language


@pytest.mark.parametrize("language", ["en", "es"])
def test_open_graph_names_the_locale_and_its_alternate(
    client, demo_site, page_path, language
):
    soup = parse(client.get(page_path.format(language=language)))

    assert meta_property(soup, "og:locale") == OPEN_GRAPH_LOCALE[language]
    assert (
        meta_property(soup, "og:locale:alternate")
        == (OPEN_GRAPH_LOCALE[OTHER_LANGUAGE[language]])
    )


def test_languages_are_named_in_themselves_and_marked_for_screen_readers(
    client, demo_site
):
    soup = parse(client.get("/es/cities/"))

    english = soup.find("nav", class_="language-switcher").find("a")
    assert english.get_text(strip=True) == "English"
    assert english["lang"] == "en"
