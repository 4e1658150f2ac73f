"""Menus, breadcrumbs and legal links are cached fragments, rendered again after
every content change (base.html's `{% wagtailcache %}` under the generation)."""

import pytest

from cities.models import CityPage
from firm_site.articles.models import ArticleRelatedCity
from firm_site.home.models import HomePageFeaturedCity
from tests.markup import get_page, link_hrefs, visible_text
from tests.performance.test_listing_query_counts import queries_of_a_warm_request

pytestmark = pytest.mark.django_db


def test_a_page_reads_no_menu_or_breadcrumb_while_content_stays_the_same(
    client, site_tree
):
    queries = queries_of_a_warm_request(client, site_tree.city.url)

    assert not [sql for sql in queries if '"is_legal"' in sql]  # the menus' pages
    assert not [sql for sql in queries if '"depth" > 1' in sql]  # the breadcrumbs


@pytest.mark.parametrize(
    "page", ["home", "city_index", "city", "article", "consultation"]
)
def test_a_page_reads_the_firm_settings_only_while_its_fragments_are_made(
    client, site_tree, page
):
    """The firm's name, phone and colours are in every page's head, header and
    footer: kept fragments, so a warm page does not read the settings."""
    queries = queries_of_a_warm_request(client, getattr(site_tree, page).url)

    assert not [sql for sql in queries if '"core_firmsettings"' in sql]


def test_changed_firm_settings_show_on_the_next_page(
    client, site_tree, django_capture_on_commit_callbacks
):
    get_page(client, site_tree.city.url)

    with django_capture_on_commit_callbacks(execute=True):
        site_tree.settings.phone = "(860) 555-0142"
        site_tree.settings.save()

    assert "(860) 555-0142" in visible_text(get_page(client, site_tree.city.url))


def test_a_renamed_firm_shows_in_the_next_page_title(
    client, site_tree, django_capture_on_commit_callbacks
):
    get_page(client, site_tree.consultation.url)

    with django_capture_on_commit_callbacks(execute=True):
        site_tree.settings.firm_name = "Ribeiro & Kowalski Immigration"
        site_tree.settings.save()

    title = get_page(client, site_tree.consultation.url).title.get_text()
    assert title.endswith("| Ribeiro & Kowalski Immigration")


def test_a_page_published_into_the_menu_shows_on_the_next_page(
    client, site_tree, django_capture_on_commit_callbacks
):
    get_page(client, site_tree.city.url)

    with django_capture_on_commit_callbacks(execute=True):
        site_tree.privacy.show_in_menus = True
        site_tree.privacy.save_revision().publish()

    menu = get_page(client, site_tree.city.url).find("nav", class_="site-nav")
    assert site_tree.privacy.url in link_hrefs(menu)


@pytest.mark.parametrize(
    ("page", "body_model"),
    [
        ("home", HomePageFeaturedCity),
        ("article", ArticleRelatedCity),
        ("city_index", CityPage),  # its list of cities
        ("city", ArticleRelatedCity),  # the articles about it
    ],
)
def test_a_page_body_is_read_from_the_cache_while_content_stays_the_same(
    client, site_tree, page, body_model
):
    queries = queries_of_a_warm_request(client, getattr(site_tree, page).url)

    # Django's documented Model._meta API names the table.
    table = body_model._meta.db_table
    assert not [sql for sql in queries if f'FROM "{table}"' in sql]


def test_a_republished_page_shows_its_new_body_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    get_page(client, site_tree.city_index.url)

    with django_capture_on_commit_callbacks(execute=True):
        site_tree.city_index.intro = "Four cities, one state law."
        site_tree.city_index.save_revision().publish()

    assert "Four cities, one state law." in visible_text(
        get_page(client, site_tree.city_index.url)
    )
