import pytest
from django.urls import reverse

from cities.models import CityPage
from tests.cities.admin_forms import add_city_page_url, new_haven_answers

pytestmark = pytest.mark.django_db


def test_editor_can_publish_a_city_page_from_the_admin(
    admin_client, city_index, attorney
):
    add_url = add_city_page_url(city_index)
    form_data = new_haven_answers(
        source_kind="police_order",
        source_title="Police order on immigration status",
        last_reviewed="2026-11-01",
        reviewed_by=attorney.pk,
    )

    response = admin_client.post(add_url, form_data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[city_index.pk])
    city = CityPage.objects.child_of(city_index).get(slug="new-haven")
    assert city.live
    assert city.police_will_not == ["Help ICE in most cases."]
    assert city.reviewed_by == attorney
