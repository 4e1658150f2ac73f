"""Public pages cost the same number of queries however big the site grows.

tests/core/test_query_counts.py covers the listings; these cover the pages it
leaves out.
"""

import pytest

from tests.core.test_query_counts import grow_site_to, queries_to_render

pytestmark = pytest.mark.django_db


def test_city_and_consultation_pages_cost_the_same_with_3_or_30_cities(
    client, site_tree
):
    urls = [site_tree.city.url, site_tree.consultation.url]

    grow_site_to(site_tree, 3)
    with_3 = {url: queries_to_render(client, url) for url in urls}
    grow_site_to(site_tree, 30)
    with_30 = {url: queries_to_render(client, url) for url in urls}

    assert with_30 == with_3
