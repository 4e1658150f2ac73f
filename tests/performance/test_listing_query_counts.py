"""Rendering a listing costs the same number of queries with 3 or 30 pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from firm_site.articles.models import ArticleRelatedCity
from firm_site.demo import images
from tests.factories import ArticlePageFactory, CityPageFactory, feature_cities

pytestmark = pytest.mark.django_db


def queries_of_a_warm_request(client, url):
    """The SQL of a second request: caches filled by the first do not count."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def queries_to_render(client, url):
    return len(queries_of_a_warm_request(client, url))


def grow_site_to(site_tree, total):
    """Add cities, each with a picture, and articles up to `total` each; feature
    and link every city."""
    picture = images.city_image("hartford")
    for _ in range(total - site_tree.city_index.get_children_count()):
        CityPageFactory(
            parent=site_tree.city_index, image=picture, image_alt="A drawn city"
        )
    for number in range(total - site_tree.article_index.get_children_count()):
        ArticlePageFactory(parent=site_tree.article_index, tags=[f"Topic {number}"])
    cities = list(site_tree.city_index.get_children().specific())
    feature_cities(site_tree.home, cities)
    site_tree.article.related_city_links = [
        ArticleRelatedCity(city=city) for city in cities
    ]
    site_tree.article.save()


def test_listings_cost_the_same_queries_with_3_or_30_pages(client, site_tree):
    urls = [
        site_tree.home.url,
        site_tree.city_index.url,
        site_tree.article_index.url,
        site_tree.article.url,
    ]

    grow_site_to(site_tree, 3)
    with_3 = {url: queries_to_render(client, url) for url in urls}
    grow_site_to(site_tree, 30)
    with_30 = {url: queries_to_render(client, url) for url in urls}

    assert with_30 == with_3
