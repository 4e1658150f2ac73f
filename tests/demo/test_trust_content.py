"""The trust content of the demo site: attorneys, practice areas, cities, rights."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from cities.models import CityPage
from firm_site.home.models import (
    RIGHTS_CARD_MAX_LINES,
    AttorneyPage,
    KnowYourRightsPage,
    PracticeAreaPage,
    StandardPage,
)
from tests.markup import get_page, json_ld, visible_text

pytestmark = pytest.mark.django_db


def url_in(language, model, english_slug):
    """The real URL of an English page's translation: slugs are localized."""
    english = model.objects.get(locale__language_code="en", slug=english_slug)
    return english.get_translation(Locale.objects.get(language_code=language)).url


PRACTICE_AREAS = [
    "asylum",
    "daca",
    "family-based-petitions",
    "naturalization",
    "removal-defense",
    "u-and-t-visas",
]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_practice_area_page_is_live_in_english_and_spanish(
    client, demo_site, language
):
    for slug in PRACTICE_AREAS:
        soup = get_page(client, url_in(language, PracticeAreaPage, slug))
        assert soup.select(".practice-area__steps li")
        assert soup.select(".practice-area__documents li")
        assert soup.select_one(".practice-area__fee").get_text(strip=True)


def test_practice_area_page_offers_its_faq_as_json_ld(client, demo_site):
    soup = get_page(client, "/en/practice-areas/asylum/")

    (faq,) = json_ld(soup, "FAQPage")
    questions = [question["name"] for question in faq["mainEntity"]]
    assert "Is there a deadline to apply for asylum?" in questions


@pytest.mark.parametrize(
    ("query", "url"),
    [("asylum", "/en/practice-areas/asylum/"), ("DACA", "/en/practice-areas/daca/")],
)
def test_search_finds_the_practice_area(client, demo_site, query, url):
    soup = get_page(client, f"/en/search/?query={query}")

    result_links = [link["href"] for link in soup.select(".search-result__title a")]
    assert url in result_links


def test_practice_areas_name_the_form_matter_they_explain(demo_site):
    matters = set(
        PracticeAreaPage.objects.filter(locale__language_code="en").values_list(
            "matter", flat=True
        )
    )

    assert matters == {"asylum", "daca", "family", "naturalization", "removal", "visas"}


def test_attorney_page_names_languages_in_spanish(client, demo_site):
    soup = get_page(client, url_in("es", AttorneyPage, "laura-mendes"))

    languages = soup.select_one(".attorney__languages").get_text(strip=True)
    assert languages.startswith("inglés, español, portugués")


def test_attorney_page_describes_a_person_working_for_the_firm(client, demo_site):
    soup = get_page(client, "/en/about/laura-mendes/")

    (person,) = json_ld(soup, "Person")
    assert person["name"] == "Laura Mendes"
    assert person["knowsLanguage"] == ["en", "es", "pt-br"]
    assert person["worksFor"]["@type"] == "LegalService"
    assert person["worksFor"]["name"] == "The Law Offices of James A. Welcome"


def test_about_page_lists_the_attorneys(client, demo_site):
    soup = get_page(client, url_in("es", StandardPage, "about"))

    names = [link.get_text(strip=True) for link in soup.select(".attorney-list__name")]
    assert names == ["James A. Welcome", "Laura Mendes"]


def test_legal_page_links_its_reviewer_to_the_attorney_page(client, demo_site):
    soup = get_page(client, url_in("es", CityPage, "hartford"))

    reviewer = soup.select_one(".last-reviewed a.last-reviewed__attorney")
    assert reviewer.get_text(strip=True) == "James A. Welcome"
    assert reviewer["href"] == url_in("es", AttorneyPage, "james-a-welcome")


def test_each_city_says_what_its_own_policy_means(demo_site):
    for language in ("en", "es"):
        bodies = [
            str(city.body)
            for city in CityPage.objects.filter(locale__language_code=language)
        ]
        assert len(set(bodies)) == len(bodies) == 4


@pytest.mark.parametrize("slug", ["new-london", "windham"])
def test_profiling_policies_do_not_promise_more(client, demo_site, slug):
    soup = get_page(client, f"/en/cities/{slug}/")

    will_not = visible_text(soup.select_one(".police-will-not"))
    assert "race" in will_not
    assert "ICE asked" not in will_not


def test_city_without_a_known_source_hides_the_source_line(client, demo_site):
    soup = get_page(client, "/en/cities/new-london/")

    assert soup.select_one(".policy-source") is None


def test_city_comparison_stacks_on_phones(client, demo_site):
    soup = get_page(client, "/en/cities/")

    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert any(href.endswith("css/cities.css") for href in stylesheets)
    first_row = soup.select_one(".city-comparison tbody tr")
    labels = [cell["data-label"] for cell in first_row.select("td")]
    assert labels == [
        "Status",
        "What police will not ask",
        "After an arrest",
        "Exceptions",
    ]


@pytest.mark.parametrize("language", ["en", "es", "pt-br"])
def test_rights_card_fits_one_page(client, demo_site, language):
    rights = KnowYourRightsPage.objects.get(locale__language_code=language)
    with translation.override(language):
        soup = get_page(client, rights.url + rights.reverse_subpage("card"))

    lines = soup.select(".rights-card__lines li")
    assert 0 < len(lines) <= RIGHTS_CARD_MAX_LINES
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert any(href.endswith("css/rights-card.css") for href in stylesheets)
    assert "(203) 753-7300" in soup.select_one(".rights-card__call").get_text()


@pytest.mark.parametrize(
    ("language", "card"),
    [
        ("en", "/en/know-your-rights/card/"),
        ("es", "/es/{rights}/tarjeta/"),
        ("pt-br", "/pt-br/{rights}/cartao/"),
    ],
)
def test_the_rights_card_has_an_address_in_its_language(
    client, demo_site, language, card
):
    rights = KnowYourRightsPage.objects.get(locale__language_code=language)
    soup = get_page(client, rights.url)

    link = soup.select_one(".know-your-rights__card-link a")["href"]
    assert link == card.format(rights=rights.slug)
    assert get_page(client, link).select(".rights-card__lines li")


@pytest.mark.parametrize("language", ["es", "pt-br"])
def test_the_old_english_card_address_leads_to_the_new_one(client, demo_site, language):
    rights = KnowYourRightsPage.objects.get(locale__language_code=language)

    response = client.get(rights.url + "card/")

    assert response.status_code == 301
    with translation.override(language):
        assert response["Location"] == rights.url + rights.reverse_subpage("card")


def test_rights_card_stylesheet_prints_on_one_letter_page():
    stylesheet = (
        settings.BASE_DIR / "firm_site/static/css/rights-card.css"
    ).read_text()

    assert "size: letter" in stylesheet
    assert "@media print" in stylesheet


def test_know_your_rights_page_links_the_card_and_the_urgent_line(client, demo_site):
    soup = get_page(client, "/en/know-your-rights/")

    assert soup.select_one(".know-your-rights__card-link a")["href"] == (
        "/en/know-your-rights/card/"
    )
    assert soup.select_one(".urgent-help__call")["href"] == "tel:+12037537300"


def test_privacy_policy_states_the_retention_period_without_the_advice_note(
    client, demo_site
):
    soup = get_page(client, "/en/privacy-policy/")

    period = soup.select_one(".retention__period").get_text()
    assert f"{settings.CONSULTATION_RETENTION_DAYS} days" in period
    assert soup.select_one(".legal-notice") is None


def test_privacy_policy_names_the_ways_we_may_contact_you(client, demo_site):
    soup = get_page(client, "/en/privacy-policy/")

    items = [item.get_text() for item in soup.select(".page-body li")]
    assert any("WhatsApp" in item and "text message" in item for item in items)


def test_disclaimer_does_not_repeat_its_heading(client, demo_site):
    soup = get_page(client, "/en/legal-disclaimer/")

    headings = [
        element.get_text(strip=True)
        for element in soup.select(".page-body h2, .page-body .legal-notice__title")
    ]
    assert len(headings) == len(set(headings))


def test_new_pages_exist_once_in_each_language(demo_site):
    for model in (AttorneyPage, PracticeAreaPage, KnowYourRightsPage):
        counts = {
            language: model.objects.filter(locale__language_code=language).count()
            for language in ("en", "es")
        }
        assert counts["en"] == counts["es"] > 0


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_each_city_page_shows_its_drawing_described_in_the_pages_language(
    client, demo_site, language
):
    descriptions = set()
    for slug in ["hartford", "new-haven", "new-london", "windham"]:
        soup = get_page(client, url_in(language, CityPage, slug))
        image = soup.select_one(".city__header picture img")
        assert f"demo-city-{slug}" in image["src"]
        descriptions.add(image["alt"])
    english = {
        city.image_alt for city in CityPage.objects.filter(locale__language_code="en")
    }

    assert len(descriptions) == 4
    assert (descriptions == english) == (language == "en")


def test_home_hero_is_described_in_each_language(client, demo_site):
    descriptions = {
        get_page(client, f"/{code}/").select_one(".hero img")["alt"]
        for code, _name in settings.LANGUAGES
    }

    assert len(descriptions) == len(settings.LANGUAGES)
