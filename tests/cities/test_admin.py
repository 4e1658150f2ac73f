import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cities.models import CityPage

pytestmark = pytest.mark.django_db


def test_editor_can_publish_a_city_page_from_the_admin(
    admin_client, city_index, attorney
):
    add_url = reverse(
        "wagtailadmin_pages:add", args=("cities", "citypage", city_index.pk)
    )
    form_data = nested_form_data(
        {
            "title": "New Haven",
            "slug": "new-haven",
            "county": "New Haven County",
            "policy_status": "sanctuary",
            "summary": "Police do not work with ICE in most cases.",
            "police_will_not_ask": "Your immigration status",
            "after_arrest": "No hold only because ICE asks",
            "exceptions": "Criminal investigations and security threats",
            "police_practices": streamfield(
                [("will_not", "Help ICE in most cases."), ("will", "Take prints.")]
            ),
            "body": streamfield(
                [("paragraph", rich_text("<p>What it means for you.</p>"))]
            ),
            "source_kind": "police_order",
            "source_title": "Police order on immigration status",
            "last_reviewed": "2026-11-01",
            "reviewed_by": attorney.pk,
            "action-publish": "publish",
        }
    )

    response = admin_client.post(add_url, form_data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[city_index.pk])
    city = CityPage.objects.child_of(city_index).get(slug="new-haven")
    assert city.live
    assert city.police_will_not == ["Help ICE in most cases."]
    assert city.reviewed_by == attorney
