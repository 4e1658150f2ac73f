"""Security headers on every response, static files included, and a guard on
a third-party admin API.

The header classes sit high in MIDDLEWARE, above the page cache and WhiteNoise, so a
page served from the cache or a static file gets the same headers, and no
cached copy carries a stale policy.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.apps import apps
from django.conf import settings
from django.http import Http404
from wagtail.models import TranslatableMixin

from .admin_area import admin_prefix, is_admin_request


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict CONTENT_SECURITY_POLICY everywhere, and the Wagtail admin's own
    looser CONTENT_SECURITY_POLICY_ADMIN under the admin URL (docs/security.md
    says what the admin needs and why) — except on the admin pages that show
    what prospects wrote (CONTENT_SECURITY_POLICY_STRICT_ADMIN_PATHS), which
    need no inline script and keep the strict policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and uses_admin_policy(request):
            parts.config = default_config(
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            )
        return parts


def uses_admin_policy(request):
    if not is_admin_request(request):
        return False
    admin_path = request.path_info.removeprefix(admin_prefix())
    return not admin_path.startswith(
        tuple(settings.CONTENT_SECURITY_POLICY_STRICT_ADMIN_PATHS)
    )


class SecurityHeadersMiddleware:
    """The headers Django's SecurityMiddleware does not send: which browser
    features pages may use, and who may load our resources."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


class TranslatableSnippetsOnlyMiddleware:
    """wagtail-localize's snippet API (under the admin) lists any snippet model
    to anyone who may open the admin, with no permission check of its own. It
    is there to pick snippets to translate, so it answers 404 for any model that
    is not translatable — consultation requests among them."""

    API_VIEWS = {
        "wagtail_localize:snippets_api_listing",
        "wagtail_localize:snippets_api_detail",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.view_name not in self.API_VIEWS:
            return None
        try:
            model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
        except LookupError as error:
            raise Http404 from error
        if not issubclass(model, TranslatableMixin):
            raise Http404
        return None
