"""With Redis unreachable the site is slower, never broken: the form still shows,
a prospect's request is still stored, and no kept fragment hides a change."""

import pytest

from consultations.models import ConsultationRequest
from firm_site.cache.generation import current_generation
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_cache(unreachable_redis, settings):
    settings.PAGE_CACHE_ENABLED = True


def test_pages_render_without_the_cache(client, form_url, city_page, unreachable_cache):
    for url in [form_url, city_page.url, city_page.url]:
        response = client.get(url)

        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"  # no copy counts meanwhile


def test_nothing_kept_counts_while_the_generation_is_unknown(unreachable_cache):
    """No token can be read, so each render gets a new one: a fragment this
    process kept cannot outlive a change made during the outage."""
    assert current_generation() != current_generation()


def test_a_change_made_during_the_outage_shows_on_the_next_page(
    client,
    form_url,
    firm_settings,
    unreachable_cache,
    django_capture_on_commit_callbacks,
):
    client.get(form_url)

    with django_capture_on_commit_callbacks(execute=True):
        firm_settings.firm_name = "Ribeiro & Kowalski Immigration"
        firm_settings.save()

    title = parse(client.get(form_url)).title.get_text()
    assert title.endswith("| Ribeiro & Kowalski Immigration")


def test_a_request_is_stored_without_the_cache(
    submit, valid_answers, unreachable_cache
):
    response = submit(valid_answers)

    assert response.status_code == 302
    assert ConsultationRequest.objects.filter(email="maria@example.com").exists()
