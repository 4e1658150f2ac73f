"""Pages are served by Wagtail's own routing, with our one-query view restrictions.

These hold the site to Wagtail's decisions: unpublished pages, sub-paths of
routable pages, paths that leave the tree, and view restrictions anywhere above a
page or on an alias's source (BasePage.get_view_restrictions).
"""

import pytest
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from firm_site.home.models import StandardPage
from tests.factories import ArticlePageFactory, StandardPageFactory
from tests.markup import breadcrumb_links, get_page, visible_text

pytestmark = pytest.mark.django_db


def test_a_live_page_below_an_unpublished_one_is_served(client, site_tree):
    section = StandardPageFactory(parent=site_tree.home, slug="guides")
    guide = StandardPageFactory(parent=section, slug="at-a-checkpoint")
    section.unpublish()

    page = get_page(client, guide.url)

    assert page.h1.get_text(strip=True) == guide.title


def test_an_unpublished_page_is_not_found(client, site_tree):
    site_tree.city.unpublish()

    assert client.get("/en/cities/hartford/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/en/no-such-page/",
        "/en/cities/no-such-city/",
        "/en/cities/hartford/more/",
        "/en/free-consultation/no-such-step/",
    ],
)
def test_a_path_that_leaves_the_tree_is_not_found(client, site_tree, path):
    assert client.get(path).status_code == 404


def test_a_routable_page_answers_its_sub_path_before_a_child_of_that_slug(
    client, site_tree
):
    ArticlePageFactory(parent=site_tree.article_index, title="Feed", slug="feed")

    response = client.get(site_tree.article_index.url + "feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")


def test_a_child_of_a_routable_page_is_served(client, site_tree):
    page = get_page(client, site_tree.article.url)

    assert page.h1.get_text(strip=True) == site_tree.article.title


def test_breadcrumbs_lead_through_every_ancestor(client, site_tree):
    section = StandardPageFactory(parent=site_tree.home, title="Guides")
    guide = StandardPageFactory(parent=section, title="At a checkpoint")

    links = breadcrumb_links(get_page(client, guide.url))

    assert links == [("Home", site_tree.home.url), ("Guides", section.url)]


def restrict_with_password(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


@pytest.mark.parametrize("restricted", ["home", "city_index", "city"])
def test_a_restriction_on_the_page_or_above_it_asks_for_the_password(
    client, site_tree, restricted
):
    restrict_with_password(getattr(site_tree, restricted))

    response = client.get(site_tree.city.url)

    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert site_tree.city.summary.encode() not in response.content


def test_a_restriction_on_another_branch_leaves_the_page_open(client, site_tree):
    restrict_with_password(site_tree.article_index)

    response = client.get(site_tree.city.url)

    assert b'name="password"' not in response.content
    assert site_tree.city.summary.encode() in response.content


def test_an_alias_obeys_its_source_pages_restriction(client, site_tree):
    alias = site_tree.about.create_alias(update_slug="about-us")
    restrict_with_password(site_tree.about)

    response = client.get(Page.objects.get(pk=alias.pk).url)

    assert b'name="password"' in response.content


def test_private_articles_are_listed_nowhere(client, site_tree):
    hidden = ArticlePageFactory(
        parent=site_tree.article_index, title="Staff-only briefing"
    )
    restrict_with_password(hidden)

    for url in [site_tree.home.url, site_tree.article_index.url]:
        assert "Staff-only briefing" not in visible_text(get_page(client, url))
    assert site_tree.article.title in visible_text(
        get_page(client, site_tree.article_index.url)
    )


def test_a_parent_with_one_child_type_reads_the_child_in_one_query(
    rf, site_tree, django_assert_num_queries
):
    request = rf.get(site_tree.city.url)

    with django_assert_num_queries(1):
        page, _args, _kwargs = site_tree.city_index.route(request, ["hartford"])

    assert page == site_tree.city
    assert type(page) is type(site_tree.city)


def test_a_child_of_another_type_below_a_one_type_parent_is_still_served(
    client, site_tree
):
    """Page types allowed below a page are the admin's rule; a child made some
    other way (an import, an older rule) is routed as Wagtail would."""
    site_tree.city_index.add_child(
        instance=StandardPage(title="Moved here", slug="moved-here", intro="Moved.")
    )

    page = get_page(client, site_tree.city_index.url + "moved-here/")

    assert page.h1.get_text(strip=True) == "Moved here"


def test_a_page_on_the_way_down_is_not_read_as_itself(
    rf, site_tree, django_assert_num_queries
):
    """Below the home page, whose children have several types, the city index is
    read as a Page only: one query for it, one for the city."""
    request = rf.get(site_tree.city.url)

    with django_assert_num_queries(2):
        page, _args, _kwargs = site_tree.home.route(request, ["cities", "hartford"])

    assert page == site_tree.city
    assert page.summary == site_tree.city.summary


def test_a_routable_page_answering_its_sub_path_is_read_whole(
    rf, site_tree, django_assert_num_queries
):
    """The article index answers its feed itself: it is served with its own
    fields read, and its view is bound to that whole page."""
    request = rf.get(site_tree.article_index.url + "feed/")
    page, (view, _args, _kwargs), _ = site_tree.home.route(
        request, ["articles", "feed"]
    )

    with django_assert_num_queries(0):
        assert page.intro == site_tree.article_index.intro
    assert view.__self__ is page


def test_a_missing_page_below_the_home_page_costs_one_lookup(
    rf, site_tree, django_assert_num_queries
):
    request = rf.get("/en/no-such-section/page/")

    with django_assert_num_queries(1), pytest.raises(Http404):
        site_tree.home.route(request, ["no-such-section", "page"])
