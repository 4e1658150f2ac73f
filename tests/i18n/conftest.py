"""Fixtures for the bilingual site: the compiled catalogues, and the demo site in
English and Spanish, built once for this package (tests/demo_content.py).
"""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page

from tests.demo_content import demo_content_until_rolled_back


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """`make test` compiles the catalogues first; a bare pytest run does it here.

    When a catalogue changed, Django must forget the ones it loaded: overriding
    LOCALE_PATHS, even with its own value, makes it do so.
    """
    output = StringIO()
    call_command("compile_catalogues", stdout=output)
    if "Compiled" in output.getvalue():
        with override_settings(LOCALE_PATHS=settings.LOCALE_PATHS):
            pass


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    with demo_content_until_rolled_back(django_db_blocker):
        yield


@pytest.fixture
def spanish(db):
    return Locale.objects.get(language_code="es")


def page_in(language_code, slug):
    """The demo page with this (English) slug, in one language."""
    return (
        Page.objects.filter(
            locale__language_code=language_code,
            translation_key__in=Page.objects.filter(
                slug=slug, locale__language_code="en"
            ).values("translation_key"),
        )
        .specific()
        .get()
    )
