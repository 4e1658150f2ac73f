"""Development: works with no environment at all (SQLite, console e-mail)."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS
from .environment import env, env_bool, env_list

DEBUG = True
INSTALLED_APPS = [*INSTALLED_APPS, "firm_site.demo"]  # the demo site's loader
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
FIRM_PHONE_FALLBACK = env("FIRM_PHONE_FALLBACK", "(203) 753-7300")  # the demo firm's
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", False)  # edits show at once
