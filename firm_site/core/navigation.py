"""The site's menus: the home page's children in the visitor's language.

Translations of the home page are siblings of the site's root page, so the
children of the localized home page are found in one query with subqueries,
whatever the number of pages.
"""

from django.db.models import Subquery
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

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


def menu_pages(site, language_code):
    """The pages editors chose to show in the main menu."""
    return localized_home_children(site, language_code).filter(show_in_menus=True)


def legal_pages(site, language_code):
    """The privacy policy and legal disclaimer, found by the slug of any translation."""
    return localized_home_children(site, language_code).filter(
        translation_key__in=Page.objects.filter(slug__in=LEGAL_PAGE_SLUGS).values(
            "translation_key"
        )
    )


def active_language_code():
    return get_supported_content_language_variant(get_language())
