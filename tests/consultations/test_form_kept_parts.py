"""The empty form's visible parts are rendered once and kept: what is kept is the
same for every visitor, and what belongs to one visitor stays live."""

import pytest
from django.test import Client

from tests.factories import CityPageFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def selected_town(response):
    selected = parse(response).select_one('select[name="town"] option[selected]')
    return selected["value"] if selected else None


def hidden_value(response, name):
    field = parse(response).select_one(f'form[novalidate] input[name="{name}"]')
    return field.get("value", "")


def test_a_preselected_town_is_never_shown_to_the_next_visitor(client, form_url):
    assert selected_town(client.get(form_url)) == ""
    assert selected_town(client.get(form_url, {"city": "hartford"})) == "hartford"
    assert selected_town(client.get(form_url)) == ""


def test_a_town_not_on_offer_preselects_nothing(client, form_url):
    assert selected_town(client.get(form_url, {"city": "atlantis"})) is None


def test_each_visitor_gets_their_own_token_and_time_trap(form_url):
    first, second = Client(), Client()
    first_page, second_page = first.get(form_url), second.get(form_url)

    assert hidden_value(first_page, "csrfmiddlewaretoken") != hidden_value(
        second_page, "csrfmiddlewaretoken"
    )
    assert hidden_value(first_page, "form_started")
    assert hidden_value(second_page, "source_url") == ""


def test_where_the_visitor_came_from_is_recorded_live(client, form_url):
    client.get(form_url)  # the visible parts are kept now
    page = client.get(
        form_url, {"utm_source": "radio"}, HTTP_REFERER="https://a.example/x"
    )

    assert hidden_value(page, "utm_source") == "radio"
    assert hidden_value(page, "source_url") == "https://a.example/x"


def test_a_city_published_later_is_offered_at_once(
    client, form_url, city_index, django_capture_on_commit_callbacks
):
    client.get(form_url)  # the visible parts are kept now
    new_haven = CityPageFactory(
        parent=city_index, title="New Haven", slug="new-haven", live=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        new_haven.save_revision().publish()

    towns = parse(client.get(form_url)).select('select[name="town"] option')

    assert "new-haven" in [town["value"] for town in towns]
