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


SITE_LANGUAGES = [code for code, _name in settings.LANGUAGES]
TRANSLATED_LANGUAGES = [code for code in SITE_LANGUAGES if code != "en"]


def demo_languages():
    """The languages the demo has a live home page in, in settings order."""
    with_home = set(
        Page.objects.live()
        .filter(depth=2)
        .values_list("locale__language_code", flat=True)
    )
    return [code for code in SITE_LANGUAGES if code in with_home]


def other_demo_languages(language):
    return [code for code in demo_languages() if code != language]


def needs_demo_content(language):
    """Skip, saying why, a test that reads the demo's words in a language it lacks.

    Portuguese pages come with the per-language demo data files (issue 17); the
    tests cover them as soon as the demo has a Portuguese home page.
    """
    if language not in demo_languages():
        pytest.skip(f"the demo content has no '{language}' pages yet")


def translated_page(language_code, slug):
    """The demo page in a language: the demo's own translation where there is
    one, else a published copy of the English page, which is enough for what
    our interface says around it (the catalogue, not the content)."""
    english = page_in("en", slug)
    locale = Locale.objects.get(language_code=language_code)
    translation = english.get_translation_or_none(locale)
    if translation is None:
        if english.get_parent().depth > 1:
            translated_page(language_code, english.get_parent().slug)
        translation = english.copy_for_translation(locale)
        translation.save_revision().publish()
    return translation.specific


# The English slugs of every page the demo builds in each language.
DEMO_SLUGS = [
    "home",
    "cities",
    "hartford",
    "new-haven",
    "new-london",
    "windham",
    "articles",
    "connecticut-sanctuary-cities",
    "about",
    "privacy-policy",
    "legal-disclaimer",
    "free-consultation",
]
