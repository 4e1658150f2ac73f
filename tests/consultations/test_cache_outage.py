"""With Redis unreachable the site is slower, never broken: the form still shows
and a prospect's request is still stored."""

import pytest

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_cache(unreachable_redis, settings):
    settings.PAGE_CACHE_ENABLED = True


def test_pages_render_without_the_cache(client, form_url, city_page, unreachable_cache):
    for url in [form_url, city_page.url]:
        response = client.get(url)

        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def test_a_request_is_stored_without_the_cache(
    submit, valid_answers, unreachable_cache
):
    response = submit(valid_answers)

    assert response.status_code == 302
    assert ConsultationRequest.objects.filter(email="maria@example.com").exists()
