import pytest

from tests.markup import parse

pytestmark = pytest.mark.django_db


def test_atom_feed_lists_the_articles(client, site_tree):
    index = site_tree.article_index
    response = client.get(index.url + index.reverse_subpage("atom_feed"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert f"{site_tree.article.url}</id>" in response.content.decode()


def test_article_index_announces_both_feeds(client, site_tree):
    soup = parse(client.get(site_tree.article_index.url))

    feed_types = {
        link["type"] for link in soup.find_all("link", rel="alternate", type=True)
    }
    assert feed_types == {"application/rss+xml", "application/atom+xml"}
