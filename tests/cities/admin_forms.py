"""What an editor sends from the admin's "add city page" form."""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def add_city_page_url(city_index):
    return reverse("wagtailadmin_pages:add", args=("cities", "citypage", city_index.pk))


def new_haven_answers(**changes):
    """A complete New Haven page, published; `changes` add or replace fields."""
    return nested_form_data(
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
            "action-publish": "publish",
            **changes,
        }
    )
