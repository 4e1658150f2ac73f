"""Full-page cache for anonymous visitors of the public pages.

A page is kept only when nothing in it belongs to one visitor: an anonymous GET of
a Wagtail page that answered 200 without setting a cookie, using a CSRF token,
carrying a message or asking not to be cached. Every cached copy is tagged with the
cache generation it was rendered under; `invalidation.py` starts a new generation
whenever published content changes, so an old copy is never served again.

The same decision marks the response `Cache-Control: public, s-maxage=...`, which
is what lets Varnish or a CDN keep it too.
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language_from_path

from .generation import GENERATION_KEY, current_generation

CACHED_URL_NAMES = frozenset({"wagtail_serve"})
UNCACHEABLE_DIRECTIVES = frozenset({"private", "no-cache", "no-store"})
CACHE_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    """Serve and keep public pages; place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (is_anonymous_get(request) and may_be_a_page(request)):
            return self.get_response(request)
        key, generation, kept = look_up(request)
        if kept is not None:
            return thaw(kept)
        response = self.get_response(request)
        if is_shareable(request, response):
            mark_shareable(response)
            if generation is not None:
                keep(key, generation, response)
        return response


def look_up(request):
    """(key, current generation, kept copy); no generation when the cache is off.

    A copy this process keeps (PAGE_CACHE_LOCAL_SECONDS) is checked against the
    shared generation like any other, so it costs a round trip for the token
    only, not for the page."""
    if not settings.PAGE_CACHE_ENABLED:
        return None, None, None
    key = page_key(request)
    kept_here = pages_here().get(key)
    if kept_here is None:
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        kept = found.get(key)
    else:
        generation = current_generation()
        kept = kept_here if kept_here[0] == generation else cache.get(key)
    if not kept or kept[0] != generation:
        return key, generation, None
    if kept is not kept_here:
        pages_here().set(key, kept)
    return key, generation, kept


def keep(key, generation, response):
    response[CACHE_HEADER] = "miss"
    frozen = freeze(generation, response)
    cache.set(key, frozen, settings.PAGE_CACHE_SECONDS)
    pages_here().set(key, frozen)


def pages_here():
    """This process's own copies (settings.PAGE_CACHE_LOCAL)."""
    return caches[settings.PAGE_CACHE_LOCAL]


def is_anonymous_get(request):
    """No session, message or credentials: the visitor sees what everyone sees."""
    cookies = request.COOKIES
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def may_be_a_page(request):
    """Pages live under a language prefix (`i18n_patterns`): the health check, the
    admin and the brand stylesheet cost no cache round trip."""
    return get_language_from_path(request.path_info) is not None


def page_key(request):
    address = request.build_absolute_uri().encode()
    return "page-cache:" + hashlib.sha256(address).hexdigest()


def is_shareable(request, response):
    match = request.resolver_match
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and match is not None
        and match.url_name in CACHED_URL_NAMES
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not cache_control_forbids(response)
        and varies_only_on_cookie(response)
    )


def cache_control_forbids(response):
    directives = cc_delim_re.split(response.get("Cache-Control", ""))
    return any(
        directive.split("=")[0].strip().lower() in UNCACHEABLE_DIRECTIVES
        for directive in directives
    )


def varies_only_on_cookie(response):
    """Cookies cannot change a page that passed the checks above; nothing else may."""
    return all(
        header.strip().lower() in {"", "cookie"}
        for header in cc_delim_re.split(response.get("Vary", ""))
    )


def mark_shareable(response):
    if response.has_header("Vary"):
        del response["Vary"]
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=settings.PAGE_CACHE_SECONDS,
    )


def freeze(generation, response):
    return (
        generation,
        response.status_code,
        list(response.headers.items()),
        response.content,
    )


def thaw(kept):
    _generation, status, headers, content = kept
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[CACHE_HEADER] = "hit"
    return response
