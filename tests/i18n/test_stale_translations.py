"""Editors see, per language, the translations whose source page changed after
the translation was last synced with wagtail-localize."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from firm_site.home.models import StandardPage
from tests.conftest import user_in_group
from tests.i18n.conftest import TRANSLATED_LANGUAGES, page_in
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_news(demo_site, django_capture_on_commit_callbacks):
    """An English page translated into every other language, as an editor's
    "Translate this page" does it; wagtail-localize publishes on commit."""
    page = StandardPage(title="Office news", slug="office-news", intro="News.")
    page_in("en", "home").add_child(instance=page)
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    with django_capture_on_commit_callbacks(execute=True):
        for code in TRANSLATED_LANGUAGES:
            translation = Translation.objects.create(
                source=source, target_locale=Locale.objects.get(language_code=code)
            )
            translation.save_target(publish=True)
    return page


def change_and_publish(page):
    page.intro = "News, and a new office in Danbury."
    page.save_revision().publish()


def stale_rows(client, **filters):
    """(title, language code) of each row of the report."""
    soup = parse(client.get(reverse("stale_translations"), filters))
    return [
        (
            row.select_one("td.title").get_text(strip=True),
            row.select_one("[data-language]")["data-language"],
        )
        for row in soup.select("tr[data-stale-translation]")
    ]


@pytest.fixture
def editor_client(client, demo_site):
    client.force_login(user_in_group("edgar", "Editors"))
    return client


def test_the_demos_translations_are_in_step(editor_client):
    assert stale_rows(editor_client) == []


def test_a_translation_made_before_its_source_changed_is_listed_per_language(
    editor_client, office_news
):
    change_and_publish(office_news)

    rows = stale_rows(editor_client)

    translations = {
        code: office_news.get_translation(Locale.objects.get(language_code=code))
        for code in TRANSLATED_LANGUAGES
    }
    assert rows == [
        (translations[code].title, code) for code in sorted(TRANSLATED_LANGUAGES)
    ]


def test_the_language_filter_lists_one_language(editor_client, office_news):
    change_and_publish(office_news)

    rows = stale_rows(editor_client, locale="pt-br")

    assert [code for _title, code in rows] == ["pt-br"]


def test_each_row_leads_to_the_translation_and_to_wagtail_localizes_sync(
    editor_client, office_news
):
    change_and_publish(office_news)
    spanish = office_news.get_translation(Locale.objects.get(language_code="es"))
    source = TranslationSource.objects.get_for_instance(office_news)

    soup = parse(editor_client.get(reverse("stale_translations"), {"locale": "es"}))

    row = soup.select_one("tr[data-stale-translation]")
    links = [link["href"] for link in row.find_all("a")]
    assert reverse("wagtailadmin_pages:edit", args=[spanish.pk]) in links
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert any(link.startswith(sync) for link in links)


def test_after_a_sync_the_translations_are_no_longer_listed(
    editor_client, office_news, django_capture_on_commit_callbacks
):
    change_and_publish(office_news)
    source = TranslationSource.objects.get_for_instance(office_news)

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    assert stale_rows(editor_client) == []


def test_a_source_saved_as_a_draft_leaves_its_translations_in_step(
    editor_client, office_news
):
    """A sync copies the live page, so only a publication puts one behind."""
    office_news.intro = "A draft nobody has published."
    office_news.save_revision()

    assert stale_rows(editor_client) == []


def test_editors_find_the_report_under_reports(editor_client):
    soup = parse(editor_client.get(reverse("wagtailadmin_home")))

    sidebar = soup.find(id="wagtail-sidebar-props").string
    assert reverse("stale_translations") in sidebar


@pytest.mark.parametrize("group_name", ["Intake", "Attorneys"])
def test_staff_without_page_permissions_cannot_open_the_report(
    client, office_news, group_name
):
    change_and_publish(office_news)
    client.force_login(user_in_group("ines", group_name))

    response = client.get(reverse("stale_translations"))

    assert response.status_code in {302, 403}
    assert "Office news" not in response.content.decode()


def test_staff_without_page_permissions_do_not_see_it_under_reports(client, demo_site):
    client.force_login(user_in_group("ines", "Intake"))

    soup = parse(client.get(reverse("wagtailadmin_home")))

    sidebar = soup.find(id="wagtail-sidebar-props").string
    assert reverse("stale_translations") not in sidebar
