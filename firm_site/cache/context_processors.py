"""What templates need to cache the site's fragments until content changes."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .generation import current_generation


def content_generation(request):
    """The page cache's generation, read only if a fragment asks for it.

    Menus, breadcrumbs and the footer are cached under it (`{% wagtailcache %}`),
    so a publish that starts a new generation re-renders them everywhere.
    """
    return {
        "content_generation": SimpleLazyObject(current_generation),
        "fragment_cache_seconds": settings.PAGE_CACHE_SECONDS,
    }
