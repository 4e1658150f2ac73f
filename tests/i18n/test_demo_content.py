"""The Spanish demo pages are wagtail-localize translations of the English ones,
complete, in sync, and made once however often the command runs."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.i18n.conftest import DEMO_SLUGS, page_in

pytestmark = pytest.mark.django_db


def demo_translation(slug):
    english = page_in("en", slug)
    return Translation.objects.get(
        source__object_id=english.translation_key,
        source__locale__language_code="en",
        target_locale__language_code="es",
    )


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_every_demo_page_has_a_live_spanish_translation(demo_site, slug):
    english, spanish = page_in("en", slug), page_in("es", slug)

    assert spanish.live
    assert spanish.translation_key == english.translation_key
    assert spanish.search_description != english.search_description


# Each language's slug of a demo page, by its English slug; towns keep their name.
OWN_SLUGS = {
    "es": {
        "cities": "ciudades",
        "articles": "articulos",
        "connecticut-sanctuary-cities": "ciudades-santuario-de-connecticut",
        "about": "sobre-la-firma",
        "privacy-policy": "privacidad",
        "legal-disclaimer": "aviso-legal",
        "free-consultation": "consulta-gratuita",
    },
    "pt-br": {
        "cities": "cidades",
        "articles": "artigos",
        "connecticut-sanctuary-cities": "cidades-santuario-de-connecticut",
        "about": "sobre-o-escritorio",
        "privacy-policy": "privacidade",
        "legal-disclaimer": "aviso-legal",
        "free-consultation": "consulta-gratuita",
    },
}


@pytest.mark.parametrize("language", sorted(OWN_SLUGS))
@pytest.mark.parametrize("slug", [slug for slug in DEMO_SLUGS if slug != "home"])
def test_translated_pages_have_slugs_in_their_own_words(demo_site, language, slug):
    assert page_in(language, slug).slug == OWN_SLUGS[language].get(slug, slug)


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_spanish_page_is_a_synced_translation_with_every_segment_done(demo_site, slug):
    translation = demo_translation(slug)

    total, translated = translation.get_progress()
    assert translation.enabled
    assert total > 0
    assert translated == total


def test_spanish_home_is_a_sibling_of_the_site_root(demo_site):
    english, spanish = page_in("en", "home"), page_in("es", "home")

    assert spanish.get_parent() == english.get_parent() == Page.get_first_root_node()
    assert Site.objects.get(is_default_site=True).root_page_id == english.pk


def test_syncing_from_english_keeps_the_spanish_words(demo_site, spanish):
    """What an editor's "Sync translated pages" does: nothing is missing."""
    english, before = page_in("en", "hartford"), page_in("es", "hartford")
    source = TranslationSource.objects.get_for_instance(english)
    source.update_from_db()

    source.create_or_update_translation(spanish, publish=False)

    draft = before.get_latest_revision_as_object()
    assert draft.summary == before.summary
    assert [block.value for block in draft.police_practices] == [
        block.value for block in before.police_practices
    ]


def test_spanish_article_has_spanish_tags_and_english_keeps_its_own(demo_site):
    spanish = page_in("es", "connecticut-sanctuary-cities")
    english = page_in("en", "connecticut-sanctuary-cities")

    assert "ciudades santuario" in {tag.name for tag in spanish.tags.all()}
    assert "ciudades santuario" not in {tag.name for tag in english.tags.all()}


def test_running_the_command_again_changes_nothing(demo_site):
    counts = [
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
        Translation.objects.count(),
        TranslationSource.objects.count(),
    ]
    output = StringIO()

    call_command("load_demo_content", stdout=output)

    assert "Created" not in output.getvalue()
    assert [
        Page.objects.count(),
        Revision.objects.count(),
        StringTranslation.objects.count(),
        Translation.objects.count(),
        TranslationSource.objects.count(),
    ] == counts
