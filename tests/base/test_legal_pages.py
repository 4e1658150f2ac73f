"""The footer links the privacy and disclaimer pages chosen in the firm's settings,
in the visitor's language; a migration chose them for sites made before."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Locale

from firm_site.base.models import FirmSettings
from tests.factories import StandardPageFactory
from tests.markup import get_page

pytestmark = pytest.mark.django_db

SLUGS_TO_CHOOSERS = importlib.import_module(
    "firm_site.base.migrations.0006_firm_settings_choose_the_legal_pages"
)


def legal_links(soup):
    """(text, href) of each link in the footer's legal navigation."""
    nav = soup.find("nav", class_="legal-links")
    if nav is None:
        return []
    return [(link.get_text(strip=True), link["href"]) for link in nav.find_all("a")]


def choose(firm_settings, **pages):
    for name, page in pages.items():
        setattr(firm_settings, name, page)
    firm_settings.save()


def translate(page, language_code, **changes):
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language_code)
    )
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def disclaimer(home_page):
    return StandardPageFactory(
        parent=home_page, title="Before you rely on this site", slug="before-you-rely"
    )


def test_footer_links_the_chosen_privacy_and_disclaimer_pages(
    client, site_tree, disclaimer
):
    choose(site_tree.settings, disclaimer_page=disclaimer)

    links = legal_links(get_page(client, site_tree.city.url))

    assert links == [
        ("Privacy policy", "/en/privacy-policy/"),
        ("Before you rely on this site", "/en/before-you-rely/"),
    ]


def test_a_page_with_the_old_fixed_slug_is_not_linked_unless_chosen(
    client, site_tree, home_page
):
    StandardPageFactory(parent=home_page, title="Old notice", slug="legal-disclaimer")
    choose(site_tree.settings, privacy_page=None)

    assert legal_links(get_page(client, site_tree.city.url)) == []


def test_footer_in_spanish_links_the_chosen_pages_translation(
    client, site_tree, disclaimer
):
    translate(site_tree.home, "es")
    translate(site_tree.privacy, "es", title="Privacidad", slug="privacidad")
    choose(site_tree.settings, disclaimer_page=disclaimer)

    links = legal_links(get_page(client, "/es/"))

    assert links == [
        ("Privacidad", "/es/privacidad/"),
        ("Before you rely on this site", "/en/before-you-rely/"),
    ]


def test_footer_skips_a_chosen_page_that_is_not_live(client, site_tree):
    site_tree.privacy.unpublish()

    assert legal_links(get_page(client, site_tree.city.url)) == []


def test_migration_chooses_the_pages_that_had_the_fixed_slugs(
    site_tree, home_page, disclaimer
):
    old_disclaimer = StandardPageFactory(parent=home_page, slug="legal-disclaimer")
    choose(site_tree.settings, privacy_page=None, disclaimer_page=disclaimer)

    SLUGS_TO_CHOOSERS.choose_the_pages_found_by_slug(apps, schema_editor=None)

    firm_settings = FirmSettings.objects.get(pk=site_tree.settings.pk)
    assert firm_settings.privacy_page_id == site_tree.privacy.pk
    assert firm_settings.disclaimer_page_id == old_disclaimer.pk
