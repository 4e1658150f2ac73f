"""The demo site as the browser tests see it: its pages in each language, the
viewports a reader uses, and a visit that fails on any error page."""

from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
LANGUAGES = ["en", "es", "pt-br"]
# What the browser of a reader of each site language asks for (Accept-Language).
BROWSER_LANGUAGES = {"en": "en-US", "es": "es-US", "pt-br": "pt-BR"}

# Demo slugs (firm_site/demo/content/en/) of pages the tests open directly.
CITY = "hartford"
CONSULTATION = "free-consultation"
KNOW_YOUR_RIGHTS = "know-your-rights"
ARTICLE = "connecticut-sanctuary-cities"


class DemoSite:
    """The live server's address and the paths of the demo pages."""

    def __init__(self, url):
        self.url = url

    def origin(self):
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def page(self, slug, language="en"):
        """The demo page with this (English) slug, in a language."""
        english = Page.objects.get(slug=slug, locale__language_code="en")
        locale = Locale.objects.get(language_code=language)
        return english.get_translation(locale).specific

    def path(self, slug, language="en"):
        return self.page(slug, language).url

    def public_paths(self, language):
        """Every live page of the language, home first, and the search page."""
        pages = self.live_pages(language)
        return [page.url for page in pages] + [search_path(language)]

    def routes_of_pages(self, language):
        """The public routes inside pages: the printable rights card and the
        articles about one tag."""
        rights = self.page(KNOW_YOUR_RIGHTS, language)
        article = self.page(ARTICLE, language)
        index = article.get_parent().specific
        tag = article.tags.order_by("slug").first()
        with translation.override(language):  # the card's address is translated
            card = rights.url + rights.reverse_subpage("card")
        return [card, f"{index.url}?tag={tag.slug}"]

    def live_pages(self, language):
        return (
            Page.objects.live()
            .filter(locale__language_code=language, depth__gt=1)
            .order_by("path")
        )


def search_path(language):
    with translation.override(language):
        return reverse("search") + "?query=ICE"


def visit(page, path):
    """Open a path and fail unless the server answered with a page (2xx)."""
    response = page.goto(path)
    assert response is not None and response.ok, (
        f"{path} answered {response and response.status}"
    )
    return response
