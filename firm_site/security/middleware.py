"""Security headers on every response, static files included, and a guard on
a third-party admin API.

The header classes sit high in MIDDLEWARE, above the page cache and WhiteNoise, so a
page served from the cache or a static file gets the same headers, and no
cached copy carries a stale policy. Their values come from the settings and are
the same for every response, so each is built once per process (and again only
when a test changes the settings).
"""

import functools

from csp.constants import HEADER
from csp.exceptions import CSPNonceError
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy, default_config
from django.apps import apps
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import Http404
from wagtail.models import TranslatableMixin

from .admin_area import admin_prefix, is_admin_request


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict CONTENT_SECURITY_POLICY everywhere, and the Wagtail admin's own
    looser CONTENT_SECURITY_POLICY_ADMIN under the admin URL (docs/security.md
    says what the admin needs and why) — except on the admin pages that show
    what prospects wrote (CONTENT_SECURITY_POLICY_STRICT_ADMIN_PATHS), which
    need no inline script and keep the strict policy.

    django-csp builds the header string from its settings on every response; a
    response no view customised (no nonce, no csp_update/csp_replace/csp_override)
    gets one of the two strings built once per process instead. No view of ours
    or Wagtail's uses @csp_exempt, which this shortcut could not see."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and uses_admin_policy(request):
            parts.config = admin_policy_config()
        return parts

    def process_response(self, request, response):
        parts = self.get_policy_parts(request=request, response=response)
        policy = prebuilt_policy(parts)
        if policy is None or HEADER in response:
            return super().process_response(request, response)
        response[HEADER] = policy
        # As django-csp does: a nonce asked for after the header is written fails.
        request.csp_nonce = CheckableLazyObject(nonce_after_header)
        return response


@functools.cache
def admin_policy_config():
    return default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])


@functools.cache
def policy_for(admin):
    """The header for responses no view customised; None when the settings ask
    for what only django-csp's own path handles (report-only, excluded paths)."""
    report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    if report_only or policy.get("EXCLUDE_URL_PREFIXES"):
        return None
    return build_policy(config=admin_policy_config() if admin else None)


def prebuilt_policy(parts):
    customised = parts.update or parts.replace or parts.nonce
    if customised or parts.config not in (None, admin_policy_config()):
        return None
    return policy_for(parts.config is not None)


def nonce_after_header():
    raise CSPNonceError(
        "request.csp_nonce was asked for after the CSP header was written."
    )


@receiver(setting_changed)
def forget_built_headers(*, setting, **kwargs):
    """Tests change the policies with override_settings; build them anew."""
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        admin_policy_config.cache_clear()
        policy_for.cache_clear()
    if setting in {"PERMISSIONS_POLICY", "CROSS_ORIGIN_RESOURCE_POLICY"}:
        extra_headers.cache_clear()


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
        for name, value in extra_headers():
            response.setdefault(name, value)
        return response


@functools.cache
def extra_headers():
    return (
        ("Permissions-Policy", settings.PERMISSIONS_POLICY),
        ("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY),
    )


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
