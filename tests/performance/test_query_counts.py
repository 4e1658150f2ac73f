"""Public pages cost few queries, and the same number however big the site grows.

test_listing_query_counts.py covers the listings; these cover the pages it leaves
out, and hold every page type to the issue's bound for uncached pages.
"""

import pytest

from firm_site.demo import images
from tests.performance.test_listing_query_counts import grow_site_to, queries_to_render

pytestmark = pytest.mark.django_db

MOST_QUERIES_UNCACHED = 12  # the bound for a page rendered uncached


def page_urls(site_tree):
    return {
        "home": site_tree.home.url,
        "city index": site_tree.city_index.url,
        "city page": site_tree.city.url,
        "article index": site_tree.article_index.url,
        "article": site_tree.article.url,
        "consultation form": site_tree.consultation.url,
        "standard page": site_tree.privacy.url,
    }


def test_every_page_type_renders_within_the_query_bound(client, site_tree):
    grow_site_to(site_tree, 30)
    site_tree.city.image = images.city_image("hartford")
    site_tree.city.image_alt = "A drawing of Hartford"
    site_tree.city.save_revision().publish()

    counts = {
        name: queries_to_render(client, url)
        for name, url in page_urls(site_tree).items()
    }

    assert max(counts.values()) <= MOST_QUERIES_UNCACHED, counts


def test_city_and_consultation_pages_cost_the_same_with_3_or_30_cities(
    client, site_tree
):
    urls = [site_tree.city.url, site_tree.consultation.url]

    grow_site_to(site_tree, 3)
    with_3 = {url: queries_to_render(client, url) for url in urls}
    grow_site_to(site_tree, 30)
    with_30 = {url: queries_to_render(client, url) for url in urls}

    assert with_30 == with_3
