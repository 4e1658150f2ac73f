"""The production settings pass Django's deployment checks and refuse to start
without their secrets."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.security.conftest import production_settings

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_reports_nothing():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "firm_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "www.firm.example",
    }
    environment.pop("SECURE_SSL_REDIRECT", None)
    environment.pop("SECURE_COOKIES", None)

    result = subprocess.run(  # noqa: S603 (our own manage.py)
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(monkeypatch, missing):
    with pytest.raises(ImproperlyConfigured, match=missing):
        production_settings(monkeypatch, **{missing: None})


def test_https_only_with_preload_ready_hsts(monkeypatch):
    values = production_settings(monkeypatch)

    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_cookies_are_host_only_secure_and_named_for_it(monkeypatch):
    values = production_settings(monkeypatch)

    assert values["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert values["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert values[f"{cookie}_COOKIE_SECURE"] is True
        assert values[f"{cookie}_COOKIE_SAMESITE"] == "Lax"
    for cookie in ("SESSION", "CSRF"):
        assert values[f"{cookie}_COOKIE_DOMAIN"] is None
        assert values[f"{cookie}_COOKIE_PATH"] == "/"
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_HTTPONLY"] is True


def test_plain_http_loopback_stack_keeps_plain_cookie_names(monkeypatch):
    """Browsers drop __Host- cookies that are not Secure."""
    values = production_settings(monkeypatch, SECURE_COOKIES="0")

    assert "SESSION_COOKIE_NAME" not in values  # Django's own "sessionid"
    assert "CSRF_COOKIE_NAME" not in values
    assert values["SESSION_COOKIE_SECURE"] is False


def test_no_staff_data_goes_to_third_parties(monkeypatch):
    values = production_settings(monkeypatch)

    assert values["WAGTAIL_GRAVATAR_PROVIDER_URL"] is None
    assert values["WAGTAIL_ENABLE_UPDATE_CHECK"] is False
    assert values["WAGTAILEMBEDS_FINDERS"] == []


def test_the_admin_moves_with_a_setting(monkeypatch):
    assert production_settings(monkeypatch)["ADMIN_URL_PATH"] == "admin/"
    moved = production_settings(monkeypatch, ADMIN_URL_PATH="/office-7f3/")

    assert moved["ADMIN_URL_PATH"] == "office-7f3/"
