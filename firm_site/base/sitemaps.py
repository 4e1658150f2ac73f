"""The sitemap lists the pages of every language, not only the default one."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's tree only; translations of the
    home page are siblings of that root, so their trees are added here."""

    def items(self):
        root = self.get_wagtail_site().root_page
        home_paths = Page.objects.filter(
            translation_key=root.translation_key
        ).values_list("path", flat=True)
        in_any_language = Q(path__startswith=root.path)
        for home_path in home_paths:
            in_any_language |= Q(path__startswith=home_path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_language)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
