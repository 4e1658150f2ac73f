"""The sitemap gives each page's translations as hreflang alternates, each at its
address in its own language's words."""

from xml.etree import ElementTree  # noqa: S405 (parses our own sitemap)

import pytest

from tests.i18n.conftest import needs_demo_content

pytestmark = pytest.mark.django_db

NAMESPACES = {
    "sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
SITE = "http://localhost"
HARTFORD = {
    "en": f"{SITE}/en/cities/hartford/",
    "es": f"{SITE}/es/ciudades/hartford/",
    "pt-br": f"{SITE}/pt-br/cidades/hartford/",
}


def sitemap_entries(client):
    """Each <url> of /sitemap.xml: its location -> its alternates by hreflang."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urlset = ElementTree.fromstring(response.content)  # noqa: S314 (our own sitemap)
    return {
        url.find("sitemap:loc", NAMESPACES).text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link[@rel='alternate']", NAMESPACES)
        }
        for url in urlset.findall("sitemap:url", NAMESPACES)
    }


@pytest.mark.parametrize("language", sorted(HARTFORD))
def test_each_hartford_page_lists_every_language_at_its_own_address(
    client, demo_site, language
):
    needs_demo_content(language)

    alternates = sitemap_entries(client)[HARTFORD[language]]

    assert alternates == {**HARTFORD, "x-default": HARTFORD["en"]}


def test_every_alternate_is_an_address_the_sitemap_lists(client, demo_site):
    entries = sitemap_entries(client)

    listed = set(entries)
    for alternates in entries.values():
        assert set(alternates.values()) <= listed
