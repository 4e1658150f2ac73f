"""Staff sessions under the admin: a second factor, idle and absolute time
limits, and the audit log's export kept to superusers."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext as _
from django_otp import user_has_device
from wagtail.admin import messages

from firm_site.security.admin_area import is_admin_request

from .two_factor import must_use_two_factor

SIGNED_IN_AT = "staff_session:signed_in_at"
LAST_SEEN_AT = "staff_session:last_seen_at"
# Seconds between two writes of LAST_SEEN_AT, so a burst of admin requests
# saves the session once.
LAST_SEEN_PRECISION = 60

# Pages a staff member reaches before giving a second factor.
OPEN_BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor:verify",
}
OPEN_TO_SET_UP_SECOND_FACTOR = {"two_factor:set_up"}
SITE_HISTORY_VIEWS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
}


class StaffSessionTimeoutMiddleware:
    """Signs a user out after STAFF_SESSION_IDLE_MINUTES without a request, and
    STAFF_SESSION_MAX_HOURS after signing in, whatever they do.

    Only a request with a session cookie can be signed in: any other (every
    anonymous visitor) passes without loading the user or the session, which
    would mark the response `Vary: Cookie` and keep it out of shared caches."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_session_cookie(request) and request.user.is_authenticated:
            self.check_session(request)
        return self.get_response(request)

    def check_session(self, request):
        session = request.session
        now = time.time()
        signed_in_at = session.setdefault(SIGNED_IN_AT, now)
        last_seen_at = session.get(LAST_SEEN_AT, now)
        if now - last_seen_at > settings.STAFF_SESSION_IDLE_MINUTES * 60:
            self.sign_out(
                request, _("You were signed out after a time without activity.")
            )
        elif now - signed_in_at > settings.STAFF_SESSION_MAX_HOURS * 3600:
            self.sign_out(
                request, _("You were signed out: sessions last a working day at most.")
            )
        elif now - last_seen_at >= LAST_SEEN_PRECISION or LAST_SEEN_AT not in session:
            session[LAST_SEEN_AT] = now

    def sign_out(self, request, message):
        logout(request)
        if is_admin_request(request):
            messages.warning(request, message)


def has_session_cookie(request):
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def record_sign_in(sender, request, user, **kwargs):
    """user_logged_in receiver: the absolute limit counts from here."""
    now = time.time()
    request.session[SIGNED_IN_AT] = now
    request.session[LAST_SEEN_AT] = now


class TwoFactorRequiredMiddleware:
    """Under the admin, a user who must use two-factor sign-in and has not given
    a second factor in this session is sent to verify it, or to set up an
    authenticator if they have none. After django_otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not is_admin_request(request) or request.user.is_verified():
            return None
        if not must_use_two_factor(request.user):
            return None
        url_name = request.resolver_match.view_name
        if url_name in OPEN_BEFORE_SECOND_FACTOR:
            return None
        has_device = user_has_device(request.user)
        if not has_device and url_name in OPEN_TO_SET_UP_SECOND_FACTOR:
            return None
        destination = "two_factor:verify" if has_device else "two_factor:set_up"
        return redirect_to_login(request.get_full_path(), reverse(destination))


class AuditLogExportMiddleware:
    """Wagtail's site history report offers a CSV/XLSX export to everyone who
    may read it; only superusers may take the audit log away."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        exporting_site_history = (
            request.resolver_match.view_name in SITE_HISTORY_VIEWS
            and "export" in request.GET
        )
        if exporting_site_history and not request.user.is_superuser:
            raise PermissionDenied
        return None
