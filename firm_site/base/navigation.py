"""The site's menus: the home page's children in the visitor's language.

Translations of the home page are siblings of the site's root page, so the
children of the localized home page are found in one query with subqueries,
whatever the number of pages, and kept until content changes
(firm_site/cache/site_data.py).
"""

from django.db.models import Subquery
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from firm_site.cache.site_data import kept

from .models import FirmSettings


def localized_home_children(site, language_code):
    """Live pages directly under the site's home page in the given language."""
    home_translations = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
            "translation_key"
        ),
        locale__language_code=language_code,
    )
    return (
        Page.objects.live()
        .filter(
            path__startswith=Subquery(home_translations.values("path")[:1]),
            depth=Subquery(home_translations.values("depth")[:1]) + 1,
        )
        .order_by("path")
    )


def home_children_for_menus(request, site, language_code):
    """The localized home page's children, kept with the site's other site-wide
    data (firm_site/cache/site_data.py)."""
    return kept(
        request,
        f"menus:{site.pk}:{language_code}",
        lambda: list(localized_home_children(site, language_code)),
    )


def menu_pages(request, site, language_code):
    """The pages editors chose to show in the main menu."""
    return [
        page
        for page in home_children_for_menus(request, site, language_code)
        if page.show_in_menus
    ]


def legal_pages(request, site, language_code):
    """The privacy policy and legal disclaimer chosen in the firm's settings, in the
    visitor's language where translated; kept like the menus."""
    return kept(
        request,
        f"legal-pages:{site.pk}:{language_code}",
        lambda: chosen_legal_pages(site),
    )


def chosen_legal_pages(site):
    """Read in the active language: `localized` finds the live translation in it."""
    firm_settings = FirmSettings.for_site(site)
    chosen = [firm_settings.privacy_page, firm_settings.disclaimer_page]
    return [page.localized for page in chosen if page is not None and page.live]


def active_language_code():
    return get_supported_content_language_variant(get_language())
