"""The site's menus: the home page's children in the visitor's language.

Translations of the home page are siblings of the site's root page, so the
children of the localized home page are found in one query with subqueries,
whatever the number of pages. The main menu and the footer's legal links share
that query within a request.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

LEGAL_PAGE_SLUGS = ("privacy-policy", "legal-disclaimer")
MENU_PAGES_ATTRIBUTE = "firm_menu_pages"


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

    The main menu and the footer's legal links both read them, so the request
    keeps them once read.
    """
    kept = getattr(request, MENU_PAGES_ATTRIBUTE, {})
    key = (site.pk, language_code)
    if key not in kept:
        kept[key] = list(home_children_marked_legal(site, language_code))
        setattr(request, MENU_PAGES_ATTRIBUTE, kept)
    return kept[key]


def home_children_marked_legal(site, language_code):
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
