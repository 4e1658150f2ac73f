import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from firm_site.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


def test_editor_can_publish_an_article_with_tags_and_cities(
    admin_client, article_index, city_page, attorney
):
    add_url = reverse(
        "wagtailadmin_pages:add", args=("articles", "articlepage", article_index.pk)
    )
    form_data = nested_form_data(
        {
            "title": "What the Trust Act means",
            "slug": "trust-act",
            "intro": "Connecticut's law for every town.",
            "body": streamfield(
                [
                    ("heading", {"text": "In short", "level": "h2"}),
                    ("paragraph", rich_text("<p>State resources are limited.</p>")),
                    ("list", streamfield([("item", "First"), ("item", "Second")])),
                ]
            ),
            "author": attorney.pk,
            "published_date": "2026-11-02",
            "tags": "Trust Act, Connecticut",
            "related_city_links": inline_formset([{"city": city_page.pk}]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(add_url, form_data)

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_explore", args=[article_index.pk]
    )
    article = ArticlePage.objects.child_of(article_index).get(slug="trust-act")
    assert article.live
    assert sorted(tag.name for tag in article.tags.all()) == [
        "Connecticut",
        "Trust Act",
    ]
    assert [link.city for link in article.related_city_links.all()] == [city_page]
