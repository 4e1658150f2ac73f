import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def test_sitemap_lists_pages_of_every_language(client, site_tree):
    spanish = Locale.objects.get(language_code="es")
    spanish_home = site_tree.home.copy_for_translation(spanish)
    spanish_home.save_revision().publish()
    spanish_about = site_tree.about.copy_for_translation(spanish)
    spanish_about.save_revision().publish()

    content = client.get("/sitemap.xml").content.decode()

    assert "http://localhost/es/about/</loc>" in content
    assert "http://localhost/en/about/</loc>" in content


def test_a_page_in_one_language_has_no_alternates(client, site_tree):
    content = client.get("/sitemap.xml").content.decode()

    assert "http://localhost/en/about/</loc>" in content
    assert "xhtml:link" not in content


def test_a_translated_page_names_its_translation(client, site_tree):
    spanish = Locale.objects.get(language_code="es")
    site_tree.home.copy_for_translation(spanish).save_revision().publish()
    site_tree.about.copy_for_translation(spanish).save_revision().publish()

    content = client.get("/sitemap.xml").content.decode()

    assert (
        '<xhtml:link rel="alternate" hreflang="es" href="http://localhost/es/about/"/>'
        in content
    )
