"""What the strict policy relies on: public pages carry no inline script or
style and load nothing from another origin (the browser suite checks the same
in Chromium, tests/e2e)."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

RESOURCE_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "source": "srcset",
    "iframe": "src",
}


class PageParts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inline_scripts = []
        self.inline_styles = []
        self.resources = []
        self.in_script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "style" in attributes or tag == "style":
            self.inline_styles.append(tag)
        if tag == "script" and "src" not in attributes:
            self.in_script = attributes.get("type", "")
        if tag == "link" and attributes.get("rel") in ("stylesheet", "icon", "preload"):
            self.resources.append(attributes["href"])
        if tag in RESOURCE_ATTRIBUTES and RESOURCE_ATTRIBUTES[tag] in attributes:
            self.resources.append(attributes[RESOURCE_ATTRIBUTES[tag]])

    def handle_data(self, data):
        if self.in_script is not None and data.strip():
            self.inline_scripts.append(self.in_script)

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None


def parts_of(response):
    parser = PageParts()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def public_pages(client, site_tree):
    urls = [
        site_tree.home.url,
        site_tree.city_index.url,
        site_tree.city.url,
        site_tree.article_index.url,
        site_tree.article.url,
        site_tree.consultation.url,
        site_tree.about.url,
        site_tree.privacy.url,
        reverse("search") + "?query=Hartford",
        "/en/no-such-page/",
    ]
    return {url: client.get(url) for url in urls}


def test_no_inline_script_but_json_ld_data(public_pages):
    for url, response in public_pages.items():
        assert set(parts_of(response).inline_scripts) <= {"application/ld+json"}, url


def test_no_inline_style(public_pages):
    for url, response in public_pages.items():
        assert parts_of(response).inline_styles == [], url


def test_every_resource_comes_from_the_site_itself(public_pages):
    for url, response in public_pages.items():
        for resource in parts_of(response).resources:
            assert resource.startswith("/") and not resource.startswith("//"), (
                url,
                resource,
            )
