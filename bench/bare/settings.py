"""The least Django serves a view with: no apps, no middleware, no templates."""

import os

SECRET_KEY = os.environ.get("SECRET_KEY", "bare-reference-only")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.bare.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
USE_I18N = False
USE_TZ = True
