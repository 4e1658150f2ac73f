"""Settings shared by every environment.

Every value that differs between deployments is read from the environment here,
in one place; the dev, test and production modules only change defaults.
"""

import zoneinfo
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import env, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# ------------------------------------------------------------------------------
# Core
# ------------------------------------------------------------------------------
SECRET_KEY = env("SECRET_KEY")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "firm_site.users",
    "firm_site.base",
    "firm_site.home",
    "firm_site.articles",
    "firm_site.search",
    "firm_site.cache",
    "cities",
    "consultations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "phonenumber_field",  # for its translated validation messages
    "bootstrap",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # trigram lookups for the conflict check
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "firm_site.security.logging.LogScrubbingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "firm_site.security.middleware.ContentSecurityPolicyMiddleware",
    "firm_site.security.middleware.SecurityHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "firm_site.cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "firm_site.users.middleware.StaffSessionTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "firm_site.users.middleware.TwoFactorRequiredMiddleware",
    "firm_site.users.middleware.AuditLogExportMiddleware",
    "firm_site.security.middleware.TranslatableSnippetsOnlyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "firm_site.base.middleware.DatabaseUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "firm_site.urls"
WSGI_APPLICATION = "firm_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "firm_site.cache.context_processors.content_generation",
            ],
        },
    },
]

# ------------------------------------------------------------------------------
# Database: https://github.com/jazzband/dj-database-url
# ------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters travel apart from the SQL, and a query a connection repeats is
    # parsed and planned once (psycopg prepares it on its fifth run): about a
    # millisecond less per public page (docs/performance.md). A pooler in
    # transaction mode that cannot keep prepared statements (PgBouncer before
    # 1.21): DATABASE_PREPARED_STATEMENTS=0.
    # https://docs.djangoproject.com/en/5.2/ref/databases/#server-side-parameters-binding
    # https://www.psycopg.org/psycopg3/docs/advanced/prepare.html
    prepare_after = 5 if env_bool("DATABASE_PREPARED_STATEMENTS", True) else None
    DATABASES["default"]["OPTIONS"] = {
        "server_side_binding": True,
        "prepare_threshold": prepare_after,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait for the lock instead of failing at once with
    # "database is locked": https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# ------------------------------------------------------------------------------
# Users and passwords
# ------------------------------------------------------------------------------
AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
# django-axes first: it refuses a locked-out address or username before any
# password is checked (firm_site/users/lockout.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# ------------------------------------------------------------------------------
# Languages and time
# ------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
# Brazilian Portuguese, as Connecticut's Portuguese speakers mostly read it; Django
# and Wagtail keep its catalogues under `pt_BR`, and browsers asking for `pt` or
# `pt-PT` are given it. docs/i18n.md
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("pt-br", _("Portuguese")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Staff choose the admin's language in their profile; only languages our catalogues
# cover, so the dashboard reads in one language. docs/i18n.md
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

# ------------------------------------------------------------------------------
# Static and media files: https://whitenoise.readthedocs.io/
# ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "firm_site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# ------------------------------------------------------------------------------
# Cache: local memory unless REDIS_URL is set (production sets it)
# ------------------------------------------------------------------------------
if env("REDIS_URL"):
    CACHES = {
        "default": {
            # https://github.com/jazzband/django-redis#memcached-exceptions-behavior
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "OPTIONS": {
                # An unreachable Redis is a miss and a dropped write, with a warning
                # in the log: pages render from the database, requests are stored.
                "IGNORE_EXCEPTIONS": True,
                # ... and it must not hold every request up for long.
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full pages for anonymous visitors (firm_site/cache/): kept in the cache above and,
# through `Cache-Control: s-maxage`, by Varnish or a CDN for the same time.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "3600"))
# Each app server process also keeps the pages it serves in its own memory for
# this long: a hit then reads only the generation from Redis, not the page. The
# copy counts only under the current generation, so a change shows at once.
PAGE_CACHE_LOCAL_SECONDS = int(env("PAGE_CACHE_LOCAL_SECONDS", "60"))
PAGE_CACHE_LOCAL = "pages-here"  # the alias of that cache in CACHES
CACHES[PAGE_CACHE_LOCAL] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages-here",
    "TIMEOUT": PAGE_CACHE_LOCAL_SECONDS,
    "OPTIONS": {"MAX_ENTRIES": 200},
}
# Template fragments ({% cache %}, {% wagtailcache %}) in each process's memory,
# the alias Django's tag looks for: every fragment's key holds a generation read
# from the shared cache, so a kept fragment is never stale, and a page renders
# its eight fragments without eight round trips to Redis.
# https://docs.djangoproject.com/en/5.2/topics/cache/#template-fragment-caching
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
# Models besides pages, sites, images and site settings whose rows public pages
# show: saving or deleting one starts a new generation (firm_site/cache/).
PAGE_CACHE_SHOWN_MODELS = ["core.AttorneyProfile", "wagtailcore.PageViewRestriction"]

# Front cache purged on publish:
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {}
if env("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("VARNISH_URL"),
    }

# ------------------------------------------------------------------------------
# E-mail
# ------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "intake@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# ------------------------------------------------------------------------------
# Background tasks: https://github.com/RealOrangeOne/django-tasks
# ------------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# ------------------------------------------------------------------------------
# Forms
# ------------------------------------------------------------------------------
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
PHONENUMBER_DEFAULT_REGION = "US"

# ------------------------------------------------------------------------------
# Consultation requests: consultations/limits.py and consultations/spam.py
# ------------------------------------------------------------------------------
# Requests one client may send, as "count/unit" (s, m, h, d), counted in the cache.
CONSULTATION_RATE_LIMIT = env("CONSULTATION_RATE_LIMIT", "5/h")
# django-ratelimit: with the cache unreachable, requests go through, not refused.
# https://django-ratelimit.readthedocs.io/en/stable/settings.html
RATELIMIT_FAIL_OPEN = True
# Where the client's address is read (a request.META key). Behind a proxy, name a
# header that the proxy itself sets, e.g. HTTP_X_REAL_IP; otherwise every visitor
# shares the proxy's address, and its limit.
CONSULTATION_CLIENT_ADDRESS_HEADER = env(
    "CONSULTATION_CLIENT_ADDRESS_HEADER", "REMOTE_ADDR"
)
# A form sent sooner than this after it was shown is marked as spam; however late
# it is sent, it is a person's request (docs/intake.md).
CONSULTATION_TIME_TRAP_MIN_SECONDS = 3
# When consultations are normally held, in Connecticut time: weekday (Monday 0)
# to opening and closing time. Scheduling outside them asks staff to check. The
# footer's sentence ("Monday to Friday, 9 a.m. to 5 p.m.") is in the catalogue:
# change both together.
FIRM_OFFICE_HOURS = dict.fromkeys(range(5), ("09:00", "17:00"))
# The phone on the "database unavailable" page, which cannot read FirmSettings.
FIRM_PHONE_FALLBACK = env("FIRM_PHONE_FALLBACK", "")

# The time zones staff may choose on their account page: the IANA names browsers
# know. The system's "localtime" and "posixrules" files are no zones, and the
# account page's script fails on them (RangeError in Intl.DateTimeFormat).
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtail-user-time-zones
WAGTAIL_USER_TIME_ZONES = sorted(
    zone
    for zone in zoneinfo.available_timezones()
    if zone not in {"localtime", "posixrules", "Factory"}
    and not zone.startswith(("posix/", "right/"))
)

# ------------------------------------------------------------------------------
# Consultation requests: retention (manage.py purge_old_requests)
# ------------------------------------------------------------------------------
# Days a closed request is kept after its last status change; spam has its own.
CONSULTATION_RETENTION_DAYS = int(env("CONSULTATION_RETENTION_DAYS", "730"))
CONSULTATION_SPAM_RETENTION_DAYS = int(env("CONSULTATION_SPAM_RETENTION_DAYS", "30"))

# ------------------------------------------------------------------------------
# Consultation requests: the first-response promise (consultations/first_response.py)
# ------------------------------------------------------------------------------
# How soon the firm promises a first contact: business days (Monday to Friday,
# Connecticut time) for a request, hours for an urgent one.
CONSULTATION_FIRST_RESPONSE_BUSINESS_DAYS = int(
    env("CONSULTATION_FIRST_RESPONSE_BUSINESS_DAYS", "1")
)
CONSULTATION_URGENT_FIRST_RESPONSE_HOURS = int(
    env("CONSULTATION_URGENT_FIRST_RESPONSE_HOURS", "2")
)

# ------------------------------------------------------------------------------
# Wagtail: https://docs.wagtail.org/en/stable/reference/settings.html
# ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Law Offices of James A. Welcome"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # PostgreSQL's text search configuration, made by a migration
        # (firm_site/search/migrations/0001); SQLite's index has none.
        # docs/i18n.md, "Search in three languages"
        "SEARCH_CONFIG": "english_unaccent",
    },
}
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "svg", "webp"]
WAGTAILEMBEDS_FINDERS = []  # no third-party embeds on a privacy-sensitive site

# Headers, cookies, sessions, staff sign-in and logging: security.py.
from .security import *  # noqa: E402, F403

OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
