"""Menus and breadcrumbs: one query each, however many pages exist; the main menu
and the legal links share theirs within a request."""

from django import template
from wagtail.models import Site

from firm_site.base import seo
from firm_site.base.navigation import active_language_code, legal_pages, menu_pages

register = template.Library()


def _current_site(context):
    return Site.find_for_request(context.get("request"))


@register.inclusion_tag("tags/main_menu.html", takes_context=True)
def main_menu(context):
    site = _current_site(context)
    current = context.get("page")
    items = []
    if site:
        for page in menu_pages(context.get("request"), site, active_language_code()):
            items.append(
                {
                    "page": page,
                    "is_current": bool(current and current.pk == page.pk),
                    "is_ancestor": bool(current and current.path.startswith(page.path)),
                }
            )
    return {"items": items, "request": context.get("request")}


@register.inclusion_tag("tags/legal_links.html", takes_context=True)
def legal_links(context):
    site = _current_site(context)
    request = context.get("request")
    pages = legal_pages(request) if site else []
    return {"pages": pages, "request": context.get("request")}


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The trail from the home page to `page`, with its BreadcrumbList JSON-LD."""
    request = context.get("request")
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return {
        "ancestors": ancestors,
        "page": page,
        "request": request,
        "json_ld": seo.json_ld_script(seo.breadcrumb_list([*ancestors, page], request)),
    }
