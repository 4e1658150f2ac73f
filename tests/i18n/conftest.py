"""Fixtures for the bilingual site: the compiled catalogues, and the demo site in
English and Spanish, built once for these tests.

Building the demo in both languages takes several seconds, so it is built once,
inside a transaction that is rolled back after the last test of this package;
each test runs in a savepoint inside it, as usual, and leaves the demo as it
found it. Tests here must not use `transactional_db`, which would commit.
"""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test.signals import setting_changed
from wagtail.models import Locale, Page


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """`make test` compiles the catalogues first; a bare pytest run does it here.

    When a catalogue changed, Django forgets the ones it loaded, as it does when
    a test overrides LOCALE_PATHS.
    """
    output = StringIO()
    call_command("compile_catalogues", stdout=output)
    if "Compiled" in output.getvalue():
        setting_changed.send(
            sender=type(settings._wrapped),
            setting="LOCALE_PATHS",
            value=settings.LOCALE_PATHS,
            enter=True,
        )


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


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
