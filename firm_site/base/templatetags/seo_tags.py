"""Meta descriptions, absolute URLs, Open Graph images and JSON-LD for templates."""

from django import template

from firm_site.base import seo
from firm_site.base.models import FirmSettings

register = template.Library()


@register.simple_tag
def page_description(page):
    return seo.page_description(page)


@register.simple_tag(takes_context=True)
def social_image(context, page):
    """Use as `{% social_image page as rendition %}`: the firm's when the page
    has none."""
    return seo.social_image(page, FirmSettings.for_request(context["request"]))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def legal_service_json_ld(context, page):
    request = context["request"]
    return seo.json_ld_script(
        seo.legal_service(page, FirmSettings.for_request(request), request)
    )


@register.simple_tag(takes_context=True)
def article_json_ld(context, page):
    request = context["request"]
    return seo.json_ld_script(
        seo.article(page, FirmSettings.for_request(request), request)
    )


@register.simple_tag(takes_context=True)
def person_json_ld(context, attorney_page):
    request = context["request"]
    return seo.json_ld_script(
        seo.person(attorney_page, FirmSettings.for_request(request), request)
    )


@register.simple_tag
def faq_json_ld(body):
    """FAQPage JSON-LD when the body has an FAQ block; nothing otherwise."""
    data = seo.faq_page(body)
    return seo.json_ld_script(data) if data else ""
