import datetime

import pytest
from wagtail.models import Locale

from cities.choices import PolicyStatus
from cities.models import city_pages_for_choices
from tests.factories import ArticlePageFactory, CityPageFactory
from tests.markup import (
    breadcrumb_links,
    canonical_url,
    get_page,
    link_hrefs,
    meta_property,
    visible_text,
)

pytestmark = pytest.mark.django_db


def test_city_index_is_served_at_cities(client, site_tree):
    assert site_tree.city_index.url == "/en/cities/"
    assert client.get("/en/cities/").status_code == 200


def test_city_index_links_every_live_city(client, site_tree):
    CityPageFactory(parent=site_tree.city_index, title="New Haven")
    CityPageFactory(parent=site_tree.city_index, title="Draft town", live=False)

    text = visible_text(get_page(client, "/en/cities/"))

    assert "Hartford" in text
    assert "New Haven" in text
    assert "Draft town" not in text


def test_city_index_compares_the_key_facts_in_a_table(client, site_tree):
    table = get_page(client, "/en/cities/").find("table")
    (hartford_row,) = [row for row in table.find_all("tr") if "Hartford" in row.text]
    cells = [
        " ".join(cell.get_text().split())
        for cell in hartford_row.find_all(["th", "td"])
    ]

    assert cells == [
        "Hartford",
        "Official sanctuary city",
        "Your immigration status",
        "Fingerprints are taken; no hold only because ICE asks",
        "Criminal investigations and security threats",
    ]


def test_city_index_explains_the_statewide_law(client, site_tree):
    text = visible_text(get_page(client, "/en/cities/"))

    assert "The law for all of Connecticut: the Trust Act" in text
    assert "State resources may not be used to enforce federal immigration law." in text


def test_city_index_has_breadcrumbs_and_canonical_url(client, site_tree):
    soup = get_page(client, "/en/cities/")

    assert breadcrumb_links(soup) == [("Home", "/en/")]
    assert canonical_url(soup).endswith("/en/cities/")


def test_city_page_shows_county_status_and_summary(client, site_tree):
    text = visible_text(get_page(client, site_tree.city.url))

    assert "Hartford County" in text
    assert "Official sanctuary city" in text
    assert site_tree.city.summary in text


def test_city_page_shows_a_welcoming_city_as_such(client, site_tree):
    site_tree.city.policy_status = PolicyStatus.WELCOMING
    site_tree.city.save()

    text = visible_text(get_page(client, site_tree.city.url))

    assert "Welcoming city" in text
    assert "Official sanctuary city" not in text


def test_city_page_lists_what_police_will_and_will_not_do(client, site_tree):
    soup = get_page(client, site_tree.city.url)
    will = soup.find("ul", class_="police-will")
    will_not = soup.find("ul", class_="police-will-not")

    assert will.get_text(strip=True) == "Take your fingerprints after an arrest."
    assert will_not.get_text(strip=True) == "Ask about your immigration status."


def test_city_page_shows_the_exceptions(client, site_tree):
    text = visible_text(get_page(client, site_tree.city.url))

    assert "Criminal investigations and security threats" in text


def test_city_page_names_the_policy_source_with_date_and_link(client, site_tree):
    site_tree.city.source_date = datetime.date(2008, 3, 10)
    site_tree.city.source_url = "https://www.hartfordct.gov/"
    site_tree.city.save()

    soup = get_page(client, site_tree.city.url)

    assert "City ordinance on immigration status" in visible_text(soup)
    assert "Ordinance" in visible_text(soup)
    assert soup.find("time", datetime="2008-03-10")
    assert "https://www.hartfordct.gov/" in link_hrefs(soup)


def test_city_page_says_when_and_by_whom_it_was_last_reviewed(client, site_tree):
    text = visible_text(get_page(client, site_tree.city.url))

    assert "Last reviewed" in text
    assert "by James A. Welcome" in text


def test_city_page_says_it_is_general_information(client, site_tree):
    text = visible_text(get_page(client, site_tree.city.url))

    assert "General information, not legal advice" in text


def test_city_page_links_its_related_articles(client, site_tree):
    hrefs = link_hrefs(get_page(client, site_tree.city.url))

    assert site_tree.article.url in hrefs


def test_city_page_lists_only_its_six_newest_articles(client, site_tree):
    for day in range(1, 9):
        ArticlePageFactory(
            parent=site_tree.article_index,
            title=f"Update of November {day}",
            published_date=datetime.date(2026, 11, day),
            related_cities=[site_tree.city],
        )

    soup = get_page(client, site_tree.city.url)

    titles = [a.get_text(strip=True) for a in soup.select(".related-articles h3 a")]
    assert titles == [f"Update of November {day}" for day in range(8, 2, -1)]


def test_city_page_consultation_link_carries_the_city(client, site_tree):
    hrefs = link_hrefs(get_page(client, site_tree.city.url))

    assert "/en/free-consultation/?city=hartford" in hrefs


def test_city_page_has_breadcrumbs_through_the_city_index(client, site_tree):
    links = breadcrumb_links(get_page(client, site_tree.city.url))

    assert links == [("Home", "/en/"), ("Cities", "/en/cities/")]


def test_city_page_has_canonical_url_and_open_graph_tags(client, site_tree):
    soup = get_page(client, site_tree.city.url)

    assert canonical_url(soup).endswith("/en/cities/hartford/")
    assert meta_property(soup, "og:title") == "Hartford"
    assert meta_property(soup, "og:description") == site_tree.city.summary


def test_city_pages_for_choices_are_the_live_cities_of_one_language(site_tree):
    CityPageFactory(parent=site_tree.city_index, title="Windham")
    CityPageFactory(parent=site_tree.city_index, title="Draft town", live=False)

    choices = city_pages_for_choices(Locale.get_default())

    assert [city.title for city in choices] == ["Hartford", "Windham"]
