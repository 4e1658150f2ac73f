"""Fixtures for the security tests: the production settings' security values, a
prospect's answers, and a client that signs in only as far as a test says (staff
users come from tests/conftest.py)."""

import runpy
import sys

import pytest
from django.test import Client

from tests.consultations.conftest import time_trap_token

SECURITY_SETTING_PREFIXES = (
    "SECURE_",
    "SESSION_",
    "CSRF_",
    "LANGUAGE_COOKIE_",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "CROSS_ORIGIN_",
    "X_FRAME_OPTIONS",
)


def production_settings(monkeypatch, **environment):
    """firm_site/settings/production.py as a deployment with this environment
    reads it (base.py and security.py included, read afresh)."""
    for name in ("SECURE_SSL_REDIRECT", "SECURE_COOKIES", "ADMIN_URL_PATH"):
        monkeypatch.delenv(name, raising=False)
    environment = {
        "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
        "ALLOWED_HOSTS": "www.firm.example",
        **environment,
    }
    for name, value in environment.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    for module in ("firm_site.settings.base", "firm_site.settings.security"):
        monkeypatch.delitem(sys.modules, module)
    return runpy.run_module("firm_site.settings.production")


@pytest.fixture
def production_security(settings, monkeypatch):
    """The test settings with production's headers, cookies and HTTPS rules."""
    for name, value in production_settings(monkeypatch).items():
        if name.startswith(SECURITY_SETTING_PREFIXES):
            setattr(settings, name, value)
    return settings


@pytest.fixture
def plain_client():
    """A client whose force_login gives the password step only."""
    return Client()


PROSPECT = {
    "full_name": "María José Pérez",
    "email": "maria.jose@example.com",
    "phone": "(860) 555-0123",
    "message": "Mi esposo tiene una petición pendiente en Hartford.",
}
# Everything of the prospect's that must never reach a log or an error report,
# including the phone as the database stores it.
PROSPECT_TRACES = [*PROSPECT.values(), "+18605550123", "Pérez", "maria.jose"]


@pytest.fixture
def prospect_answers():
    """A complete, valid form as the prospect fills it in, shown a minute ago."""
    return {
        **PROSPECT,
        "contact_method": "phone",
        "best_time": "morning",
        "preferred_language": "es",
        "town": "hartford",
        "matter": "family",
        "accepted_disclaimer": "on",
        "consented_to_contact": "on",
        "referral_code": "",
        "form_started": time_trap_token(age=60),
        "source_url": "",
    }
