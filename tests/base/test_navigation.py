"""Menus in the visitor's language: one query, cached until content changes."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from tests.markup import link_hrefs, parse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Rendering outside a request uses the active language, so set it."""
    with translation.override("en"):
        yield


def translate(page, language_code, **changes):
    translation_of_page = page.copy_for_translation(
        Locale.objects.get(language_code=language_code)
    )
    for name, value in changes.items():
        setattr(translation_of_page, name, value)
    translation_of_page.save_revision().publish()
    return translation_of_page


@pytest.fixture
def spanish_site(site_tree):
    """The home page, About and the privacy policy in Spanish."""
    spanish_home = translate(site_tree.home, "es")
    translate(site_tree.about, "es", title="Sobre la firma", slug="sobre-la-firma")
    translate(site_tree.privacy, "es", title="Privacidad", slug="privacidad")
    return spanish_home


def render_tag(tag, site, page=None):
    """The tag rendered for a request to the site's own host name."""
    request = RequestFactory().get("/", HTTP_HOST=site.hostname)
    template = Template("{% load navigation_tags %}" + tag)
    return template.render(Context({"request": request, "page": page}))


def test_menu_shows_the_pages_of_the_visitors_language(client, spanish_site):
    hrefs = link_hrefs(parse(client.get("/es/")))

    assert "/es/sobre-la-firma/" in hrefs
    assert "/en/about/" not in hrefs


def test_footer_finds_a_legal_page_whose_slug_was_translated(client, spanish_site):
    hrefs = link_hrefs(parse(client.get("/es/")))

    assert "/es/privacidad/" in hrefs


def test_menu_marks_the_section_of_the_current_page(site_tree):
    html = render_tag("{% main_menu %}", site_tree.home.get_site(), site_tree.city)

    current = BeautifulSoup(html, "html.parser").find("a", attrs={"aria-current": True})
    assert current["href"] == site_tree.city_index.url


@pytest.mark.parametrize(
    ("tag", "queries"),
    [
        ("{% main_menu %}", 2),  # the Site for the host, the menu's pages
        ("{% legal_links %}", 3),  # the Site, the firm's settings, both pages
    ],
)
def test_menus_take_one_query_for_their_pages(
    site_tree, django_assert_num_queries, tag, queries
):
    site = site_tree.home.get_site()
    render_tag(tag, site, site_tree.city)  # Wagtail keeps the site root paths
    with django_assert_num_queries(queries):
        html = render_tag(tag, site, site_tree.city)

    assert "href" in html


def test_menus_show_a_published_change_on_the_next_page(
    client, site_tree, django_capture_on_commit_callbacks
):
    client.get(site_tree.city.url)  # caches the menus' fragments

    with django_capture_on_commit_callbacks(execute=True):
        for page in [site_tree.about, site_tree.privacy]:
            page.title = f"{page.title} (updated)"
            page.save_revision().publish()

    html = parse(client.get(site_tree.city.url))
    assert "About the firm (updated)" in html.find("nav", class_="site-nav").get_text()
    legal = html.find("nav", class_="legal-links").get_text()
    assert "Privacy policy (updated)" in legal


def test_breadcrumbs_take_one_query(site_tree, django_assert_num_queries):
    site = site_tree.home.get_site()
    render_tag("{% breadcrumbs page %}", site, site_tree.city)
    with django_assert_num_queries(2):  # the Site for the host, the ancestors
        html = render_tag("{% breadcrumbs page %}", site, site_tree.city)

    assert "href" in html
