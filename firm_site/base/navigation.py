"""The site's menus: the home page's children in the visitor's language.

Translations of the home page are siblings of the site's root page, so the
children of the localized home page are found in one query with subqueries,
whatever the number of pages, and kept until content changes
(firm_site/cache/site_data.py).
"""

from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from firm_site.cache.site_data import kept

LEGAL_PAGE_SLUGS = ("privacy-policy", "legal-disclaimer")


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
    """The localized home page's children, each marked whether it is a legal page.

    The main menu and the footer's legal links both read them; they are kept
    with the site's other site-wide data (firm_site/cache/site_data.py).
    """
    return kept(
        request,
        f"menus:{site.pk}:{language_code}",
        lambda: list(_home_children_marked_legal(site, language_code)),
    )


def _home_children_marked_legal(site, language_code):
    legal_keys = Page.objects.filter(slug__in=LEGAL_PAGE_SLUGS).values(
        "translation_key"
    )
    return localized_home_children(site, language_code).annotate(
        is_legal=Exists(legal_keys.filter(translation_key=OuterRef("translation_key")))
    )


def menu_pages(request, site, language_code):
    """The pages editors chose to show in the main menu."""
    return [
        page
        for page in home_children_for_menus(request, site, language_code)
        if page.show_in_menus
    ]


def legal_pages(request, site, language_code):
    """The privacy policy and legal disclaimer, found by the slug of any translation."""
    return [
        page
        for page in home_children_for_menus(request, site, language_code)
        if page.is_legal
    ]


def active_language_code():
    return get_supported_content_language_variant(get_language())
