"""The one access guard of the staff dashboard.

Anyone who may not see requests gets a 403 from every URL of the dashboard,
answered before any lookup, so it never tells whether a request exists. (A
response, not an exception: Wagtail turns PermissionDenied into a redirect, and
the i18n URL patterns turn a 404 into a redirect to /en/admin/...) The page is
the admin's own look with Wagtail's own message, rendered by Django's
`permission_denied` view as Wagtail renders its 404 (`wagtailadmin/404.html`).
The guard is put over the URLs with Wagtail's `decorate_urlpatterns`, as Wagtail
guards its own admin URLs.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.utils.decorators import method_decorator
from django.views.defaults import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.utils.urlpatterns import decorate_urlpatterns

from ..permissions import can_see_requests

PERMISSION_DENIED_TEMPLATE = "consultations/admin/403.html"


def refuse_outsiders(view):
    """The view, answering 403 to anyone who may not see requests."""

    @wraps(view)
    def guarded_view(request, *args, **kwargs):
        if not can_see_requests(request.user):
            return permission_denied(
                request, PermissionDenied(), template_name=PERMISSION_DENIED_TEMPLATE
            )
        return view(request, *args, **kwargs)

    return guarded_view


def staff_only_urls(urlpatterns):
    return decorate_urlpatterns(urlpatterns, refuse_outsiders)


class StaffOnlyViewSetMixin:
    """A viewset whose every URL, its own and those Wagtail gives it, is guarded."""

    def get_urlpatterns(self):
        return staff_only_urls(
            [*super().get_urlpatterns(), *self.get_extra_urlpatterns()]
        )

    def get_extra_urlpatterns(self):
        return []


class StaffOnlyBulkActionMixin:
    """Wagtail serves bulk actions from its own URL, so the guard wraps them."""

    @method_decorator(refuse_outsiders)
    def dispatch(self, request):
        return super().dispatch(request)


class StaffMenuItem(MenuItem):
    """A menu item only those who may see requests see."""

    def is_shown(self, request):
        return can_see_requests(request.user)
