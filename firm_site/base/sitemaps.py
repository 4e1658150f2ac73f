"""The sitemap lists the pages of every language, each with its translations as
hreflang alternates, as the pages' own `<link rel="alternate">` do."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's tree only; translations of the
    home page are siblings of that root, so their trees are added here.

    Django's own alternates (`i18n`, `alternates`) give one item an address per
    language; a Wagtail translation is a page of its own, so the alternates are
    its translations found in the sitemap, added to each address in `get_urls`
    and written by Django's `sitemap.xml` template (`url.alternates`).
    """

    def items(self):
        return self.pages().defer_streamfields().specific()

    def pages(self):
        root = self.get_wagtail_site().root_page
        home_paths = Page.objects.filter(
            translation_key=root.translation_key
        ).values_list("path", flat=True)
        in_any_language = Q(path__startswith=root.path)
        for home_path in home_paths:
            in_any_language |= Q(path__startswith=home_path)
        return Page.objects.live().public().filter(in_any_language).order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        alternates = self.alternates_by_location()
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls

    def alternates_by_location(self):
        """Each page's address -> every language's version of it and x-default,
        for pages in more than one language; one query."""
        versions = defaultdict(dict)
        for page in self.pages().select_related("locale"):
            language_code = page.locale.language_code
            versions[page.translation_key][language_code] = page.get_full_url(
                self.request
            )
        alternates = {}
        for by_language in versions.values():
            if len(by_language) < 2:
                continue
            links = [
                {"lang_code": code, "location": by_language[code]}
                for code, _name in settings.LANGUAGES
                if code in by_language
            ]
            if settings.LANGUAGE_CODE in by_language:
                links.append(
                    {
                        "lang_code": "x-default",
                        "location": by_language[settings.LANGUAGE_CODE],
                    }
                )
            for location in by_language.values():
                alternates[location] = links
        return alternates
