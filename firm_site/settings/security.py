"""Security settings shared by every environment: headers, cookies and sessions,
staff sign-in, and logs and error reports that never carry a prospect's data.

`base.py` takes them all; docs/security.md says what each value protects.
"""

import datetime

from .environment import env, env_list

# ------------------------------------------------------------------------------
# Security headers: docs/security.md says what each value protects
# ------------------------------------------------------------------------------
# Content Security Policy (django-csp 4): https://django-csp.readthedocs.io/
# The public site runs no inline script or style and loads nothing from another
# origin; `data:` images are Bootstrap's own SVG icons in form controls.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# The Wagtail admin's own policy (firm_site/security/middleware.py): its date
# pickers and inline panels still run inline scripts (wagtail#1288), its widgets
# set inline styles, and its preview frames our own pages.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Admin pages (under the admin URL) that show what prospects wrote run no inline
# script: there the strict policy above holds, a second wall behind escaping.
CONTENT_SECURITY_POLICY_STRICT_ADMIN_PATHS = [
    "consultations/",
    "reports/consultations/",
    "snippets/choose/consultations/",
]
# Browser features no page of ours uses: https://www.w3.org/TR/permissions-policy/
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# ------------------------------------------------------------------------------
# Cookies and staff sessions (production.py adds Secure and the __Host- names)
# ------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = LANGUAGE_COOKIE_SAMESITE = "Lax"
# No script of ours or Wagtail's reads the CSRF cookie (the admin has the token in
# its page), so it need not be readable by scripts either.
CSRF_COOKIE_HTTPONLY = LANGUAGE_COOKIE_HTTPONLY = True
# A prospect on a shared computer leaves no session behind when the browser closes.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Staff are signed out after this long without a request, and this long after
# signing in whatever they do (firm_site/users/middleware.py).
STAFF_SESSION_IDLE_MINUTES = int(env("STAFF_SESSION_IDLE_MINUTES", "30"))
STAFF_SESSION_MAX_HOURS = int(env("STAFF_SESSION_MAX_HOURS", "10"))
SESSION_COOKIE_AGE = STAFF_SESSION_MAX_HOURS * 3600
# Where the Wagtail admin lives; a less obvious path keeps scanners' noise down.
ADMIN_URL_PATH = env("ADMIN_URL_PATH", "admin").strip("/") + "/"

# ------------------------------------------------------------------------------
# Staff sign-in: lock-out (django-axes) and two-step sign-in (django-otp)
# https://django-axes.readthedocs.io/ and https://django-otp-official.readthedocs.io/
# ------------------------------------------------------------------------------
AXES_FAILURE_LIMIT = int(env("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(env("AXES_COOLOFF_MINUTES", "30")))
# Locked by address (one machine guessing many accounts) and by username (many
# machines guessing one account); a correct sign-in clears the count.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# Attempts are counted in the database, which every app server shares.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_CLIENT_IP_CALLABLE = "firm_site.security.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "firm_site.users.lockout.locked_out_response"
# Who must sign in with a second factor, besides superusers: whoever may see
# consultation requests (the Intake and Attorneys groups).
TWO_FACTOR_REQUIRED_PERMISSIONS = [
    "consultations.view_consultationrequest",
    "consultations.change_consultationrequest",
    "consultations.delete_consultationrequest",
]
TWO_FACTOR_RECOVERY_CODES = 10

# ------------------------------------------------------------------------------
# Logging and error reports: never a prospect's data (firm_site/security/)
# ------------------------------------------------------------------------------
ADMINS = [("", address) for address in env_list("ADMINS")]
DEFAULT_EXCEPTION_REPORTER = (
    "firm_site.security.error_reports.ProspectDataExceptionReporter"
)
DEFAULT_EXCEPTION_REPORTER_FILTER = (
    "firm_site.security.error_reports.ProspectDataReporterFilter"
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "prospect_data": {"()": "firm_site.security.logging.ProspectDataFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["prospect_data"]},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "prospect_data"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
    },
}
