"""Routing a request from the home page to its page in two queries at any depth.

Wagtail routes one level at a time, two queries a level: the child by its slug,
then the child's specific row. Yet a page's `url_path` already spells its whole
address below the site's root, so every page on the way to the request's path
comes in one query, each marked whether a view restriction covers it; only the
page that answers needs its specific row. That one is fetched with the relations
its template shows (`related_for_serving`), and it keeps the trail it was found
through: its breadcrumbs need no query, nor its view restrictions when none
applies (BasePage.get_view_restrictions).

Routing decides as Wagtail's does: a page on the way that routes sub-paths of its
own (a routable page's feed or thank-you step) answers them before its children.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction


def route_from_home(home, request, path_components):
    """What Wagtail's `Page.route` returns, from the (specific) home page."""
    above_home, home_row, pages_on_path = _trail(home, path_components)
    trail = [*above_home, home_row]
    _remember_trail(home, trail)
    for steps, page in enumerate(pages_on_path, start=1):
        trail = [*trail, page]
        _remember_trail(page, trail)
        remaining = path_components[steps:]
        if not remaining or _answers_sub_path(page, remaining):
            return specific_for_serving(page).route(request, remaining)
    if path_components:
        raise Http404
    return Page.route(home, request, path_components)


def ancestors_of(page):
    """The page's ancestors, root first: as routing found them, else queried."""
    trail = getattr(page, "_routed_trail", None)
    return trail[:-1] if trail is not None else list(page.get_ancestors())


def has_no_view_restrictions(page):
    """True when routing found no view restriction over the page: no query needed."""
    trail = getattr(page, "_routed_trail", None)
    return trail is not None and not any(step.is_restricted for step in trail)


def specific_for_serving(page):
    """The page as its own type, with what its template shows, in one query."""
    page_class = page.specific_class
    related = getattr(page_class, "related_for_serving", ())
    specific = (
        page_class._default_manager.select_related(*related).filter(pk=page.pk).first()
    )
    if specific is None:  # deleted since it was found
        raise Http404
    _remember_trail(specific, page._routed_trail)
    return specific


def _trail(home, path_components):
    """The pages above the home page, the home page's own row, and the pages at
    each step of the path below it, up to where the path leaves the tree (a
    page's sub-path, or a 404)."""
    addresses = [
        home.url_path + "".join(f"{slug}/" for slug in path_components[:steps])
        for steps in range(1, len(path_components) + 1)
    ]
    found = (
        Page.objects.filter(
            Q(path__in=_paths_above_and_at(home))
            | Q(url_path__in=addresses, path__startswith=home.path)
        )
        .annotate(is_restricted=_restricted())
        .order_by("path")
    )
    above_home, home_row, below = [], None, []
    for page in found:
        if page.depth < home.depth:
            above_home.append(page)
        elif page.pk == home.pk:
            home_row = page
        else:
            below.append(page)
    return above_home, home_row, _unbroken(below, home.depth)


def _paths_above_and_at(page):
    return [
        page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)
    ]


def _restricted():
    """Whether a view restriction is set on the page (an alias: on its source)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk"))
        )
    )


def _unbroken(pages, home_depth):
    """The pages one level apart from the home page down, up to the first gap."""
    steps = []
    for page in pages:
        if page.depth != home_depth + len(steps) + 1:
            break
        steps.append(page)
    return steps


def _answers_sub_path(page, remaining):
    """Whether the page answers the rest of the path itself, before its children."""
    page_class = page.specific_class
    if not issubclass(page_class, RoutablePageMixin):
        return page_class.route is not Page.route
    try:
        page_class.get_resolver().resolve(
            "/" + "".join(f"{part}/" for part in remaining)
        )
    except Resolver404:
        return False
    return page.live


def _remember_trail(page, trail):
    """The pages from the root to this one; the parent saves treebeard a query."""
    page._routed_trail = trail
    if len(trail) > 1:
        page._cached_parent_obj = trail[-2]
