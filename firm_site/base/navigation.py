"""The site's menus: the home page's children in the visitor's language.

Translations of the home page are siblings of the site's root page, so the
children of the localized home page are found in one query with subqueries,
whatever the number of pages. The main menu and the footer's legal links share
that query within a request.
"""

from django.db.models import Subquery
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .models import FirmSettings

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
    """The localized home page's children, read once per request."""
    kept = getattr(request, MENU_PAGES_ATTRIBUTE, {})
    key = (site.pk, language_code)
    if key not in kept:
        kept[key] = list(localized_home_children(site, language_code))
        setattr(request, MENU_PAGES_ATTRIBUTE, kept)
    return kept[key]


def menu_pages(request, site, language_code):
    """The pages editors chose to show in the main menu."""
    return [
        page
        for page in home_children_for_menus(request, site, language_code)
        if page.show_in_menus
    ]


def legal_pages(request):
    """The privacy policy and legal disclaimer chosen in the firm's settings, in the
    active language where translated (`localized` finds the live translation).

    Both pages come with their locales in one query, so a page already in the
    visitor's language costs nothing more."""
    firm_settings = FirmSettings.for_request(request)
    chosen_ids = [firm_settings.privacy_page_id, firm_settings.disclaimer_page_id]
    found = Page.objects.select_related("locale").in_bulk(filter(None, chosen_ids))
    chosen = [found.get(page_id) for page_id in chosen_ids]
    language_code = active_language_code()
    return [
        page if page.locale.language_code == language_code else page.localized
        for page in chosen
        if page is not None and page.live
    ]


def active_language_code():
    return get_supported_content_language_variant(get_language())
