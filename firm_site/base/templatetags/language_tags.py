"""The language switcher and the hreflang links share one query per page."""

from django import template
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page

from firm_site.base import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Use once, in base.html: `{% language_versions as language_versions %}`.

    Worked out only when used: the fragments that use it are kept (base.html)."""
    page = context.get("page")
    return SimpleLazyObject(
        lambda: languages.language_versions(
            context["request"], page if isinstance(page, Page) else None
        )
    )


@register.simple_tag(takes_context=True)
def home_language_versions(context):
    """Each language's home page, for pages that exist in no language (404)."""
    return languages.home_versions(context["request"])


@register.simple_tag(takes_context=True)
def localized_page(context, page):
    """`page` in the language of the page being shown (or itself, untranslated)."""
    if page is None:
        return None
    shown = context.get("page")
    locale_id = shown.locale_id if isinstance(shown, Page) else None
    if locale_id is None:
        return page.localized
    return languages.localized([page], locale_id)[0]


@register.filter
def language_names(codes):
    """`{{ attorney.language_codes|language_names }}`: in the visitor's language."""
    return languages.language_names_in_active_language(codes)
