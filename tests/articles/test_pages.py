import datetime
import xml.etree.ElementTree as ET  # noqa: S405 (parses our own feed)

import pytest

from firm_site.articles.models import ARTICLES_PER_PAGE
from tests.factories import ArticlePageFactory, faq
from tests.markup import (
    breadcrumb_links,
    canonical_url,
    json_ld,
    link_hrefs,
    meta_property,
    parse,
    visible_text,
)

pytestmark = pytest.mark.django_db


def get_page(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return parse(response)


def listed_titles(soup):
    return [heading.get_text(strip=True) for heading in soup.find_all("h2")]


def article_on(article_index, day, **fields):
    return ArticlePageFactory(
        parent=article_index,
        title=f"Article of {day:%B} {day.day}",
        published_date=day,
        **fields,
    )


def test_article_page_shows_title_intro_and_body(client, site_tree):
    text = visible_text(get_page(client, site_tree.article.url))

    assert "Connecticut's sanctuary cities" in text
    assert "Four cities limit how their police work with ICE." in text
    assert "In short" in text
    assert "Plain words about the law." in text


def test_article_page_shows_author_date_and_reading_time(client, site_tree):
    soup = get_page(client, site_tree.article.url)
    text = visible_text(soup)

    assert "By James A. Welcome" in text
    assert soup.find("time", datetime="2023-10-20")
    assert "Reading time: 1 minute" in text


def test_article_page_introduces_its_author(client, site_tree):
    author_box = get_page(client, site_tree.article.url).find(class_="author-box")

    assert "Connecticut" in author_box.get_text()
    assert "English, Spanish" in author_box.get_text()


def test_article_page_says_it_is_general_information_reviewed_by_an_attorney(
    client, site_tree
):
    text = visible_text(get_page(client, site_tree.article.url))

    assert "General information, not legal advice" in text
    assert "Last reviewed" in text


def test_article_page_links_its_tags_to_the_filtered_list(client, site_tree):
    hrefs = link_hrefs(get_page(client, site_tree.article.url))

    assert "/en/articles/?tag=ice" in hrefs
    assert "/en/articles/?tag=sanctuary-cities" in hrefs


def test_article_page_links_its_related_cities(client, site_tree):
    hrefs = link_hrefs(get_page(client, site_tree.article.url))

    assert site_tree.city.url in hrefs


def test_article_page_publishes_article_json_ld(client, site_tree):
    (article,) = json_ld(get_page(client, site_tree.article.url), "Article")

    assert article["headline"] == "Connecticut's sanctuary cities"
    assert article["author"] == {"@type": "Person", "name": "James A. Welcome"}
    assert article["datePublished"] == "2023-10-20"
    assert article["url"].endswith(site_tree.article.url)


def test_article_with_an_faq_block_publishes_faq_page_json_ld(client, site_tree):
    article = ArticlePageFactory(
        parent=site_tree.article_index,
        body=[faq(("Can ICE see my fingerprints?", "<p>Yes, through the FBI.</p>"))],
    )

    soup = get_page(client, article.url)
    (faq_page,) = json_ld(soup, "FAQPage")

    assert "Can ICE see my fingerprints?" in visible_text(soup)
    assert faq_page["mainEntity"][0]["name"] == "Can ICE see my fingerprints?"
    assert (
        "Yes, through the FBI." in faq_page["mainEntity"][0]["acceptedAnswer"]["text"]
    )


def test_article_without_an_faq_block_publishes_no_faq_page(client, site_tree):
    assert json_ld(get_page(client, site_tree.article.url), "FAQPage") == []


def test_article_page_has_open_graph_article_tags_and_canonical_url(client, site_tree):
    soup = get_page(client, site_tree.article.url)

    assert meta_property(soup, "og:type") == "article"
    assert meta_property(soup, "og:title") == "Connecticut's sanctuary cities"
    assert canonical_url(soup).endswith(site_tree.article.url)


def test_article_page_has_breadcrumbs_through_the_article_index(client, site_tree):
    links = breadcrumb_links(get_page(client, site_tree.article.url))

    assert links == [("Home", "/en/"), ("Articles", "/en/articles/")]


def test_article_index_lists_newest_first(client, article_index):
    article_on(article_index, datetime.date(2024, 1, 5))
    article_on(article_index, datetime.date(2025, 3, 1))
    article_on(article_index, datetime.date(2023, 10, 20))

    titles = listed_titles(get_page(client, article_index.url))

    assert titles[:3] == [
        "Article of March 1",
        "Article of January 5",
        "Article of October 20",
    ]


def test_article_index_hides_unpublished_articles(client, article_index):
    ArticlePageFactory(parent=article_index, title="Draft article", live=False)

    assert "Draft article" not in visible_text(get_page(client, article_index.url))


def test_article_index_is_paginated(client, article_index):
    first_day = datetime.date(2025, 1, 1)
    for days in range(ARTICLES_PER_PAGE + 2):
        article_on(article_index, first_day + datetime.timedelta(days=days))

    first_page = get_page(client, article_index.url)
    second_page = get_page(client, article_index.url, page=2)

    assert "Article of January 12" in listed_titles(first_page)
    assert "Article of January 1" not in listed_titles(first_page)
    assert [t for t in listed_titles(second_page) if t.startswith("Article of")] == [
        "Article of January 2",
        "Article of January 1",
    ]
    assert "?page=2" in link_hrefs(first_page)


def test_article_index_falls_back_to_the_first_page_for_a_bad_page_number(
    client, article_index
):
    article_on(article_index, datetime.date(2025, 1, 1))

    soup = get_page(client, article_index.url, page="nonsense")

    assert "Article of January 1" in listed_titles(soup)


def test_article_index_filters_by_tag(client, article_index):
    article_on(article_index, datetime.date(2025, 1, 1), tags=["Trust Act"])
    article_on(article_index, datetime.date(2025, 2, 1), tags=["DACA"])

    titles = listed_titles(get_page(client, article_index.url, tag="trust-act"))

    assert "Article of January 1" in titles
    assert "Article of February 1" not in titles


def test_article_index_offers_a_link_per_tag(client, article_index):
    article_on(article_index, datetime.date(2025, 1, 1), tags=["Trust Act"])

    hrefs = link_hrefs(get_page(client, article_index.url))

    assert "/en/articles/?tag=trust-act" in hrefs


def test_feed_is_rss_with_the_article(client, site_tree):
    response = client.get("/en/articles/feed/")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    (item,) = channel.findall("item")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert item.findtext("title") == "Connecticut's sanctuary cities"
    assert item.findtext("link").endswith(site_tree.article.url)
    assert item.findtext("description") == site_tree.article.intro


def test_feed_leaves_out_unpublished_articles(client, site_tree):
    ArticlePageFactory(parent=site_tree.article_index, title="Draft", live=False)

    response = client.get("/en/articles/feed/")
    items = ET.fromstring(response.content).find("channel").findall("item")  # noqa: S314

    assert [item.findtext("title") for item in items] == [
        "Connecticut's sanctuary cities"
    ]


def test_article_index_advertises_its_feed(client, site_tree):
    soup = get_page(client, site_tree.article_index.url)
    feed_link = soup.find("link", type="application/rss+xml")

    assert feed_link["href"].endswith("/en/articles/feed/")


def test_tag_page_is_headed_by_its_topic(client, article_index):
    article_on(article_index, datetime.date(2025, 1, 1), tags=["sanctuary cities"])

    soup = get_page(client, article_index.url, tag="sanctuary-cities")

    assert soup.h1.get_text(strip=True) == "Articles about sanctuary cities"


def test_tag_links_read_with_a_capital(client, article_index):
    article_on(article_index, datetime.date(2025, 1, 1), tags=["sanctuary cities"])

    soup = get_page(client, article_index.url)
    tag_links = soup.select(".tag-filter a.tag-link")

    assert [link.get_text(strip=True) for link in tag_links] == [
        "All topics",
        "Sanctuary cities",
    ]


def test_feed_dates_items_by_the_articles_published_date(client, site_tree):
    site_tree.article.published_date = datetime.date(2024, 3, 5)
    site_tree.article.save_revision().publish()

    response = client.get("/en/articles/feed/")
    (item,) = ET.fromstring(response.content).find("channel").findall("item")  # noqa: S314

    assert item.findtext("pubDate").startswith("Tue, 05 Mar 2024")


def test_feed_title_names_the_firm(client, site_tree):
    response = client.get("/en/articles/feed/")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314

    assert channel.findtext("title") == (
        f"{site_tree.settings.firm_name} — {site_tree.article_index.title}"
    )
