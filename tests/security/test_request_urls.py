"""Every admin URL that could show a request refuses anyone who may not see
requests; the list is read from the URL configuration, so a URL added later is
checked too. The audit log itself leaves the site with superusers only."""

import re

import pytest
from django.urls import URLResolver, get_resolver, reverse

from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.second_factor import SecondFactorClient

pytestmark = pytest.mark.django_db

CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")
BULK_ACTIONS = ["assign", "mark_spam", "close_no_response", "delete"]
# Forbidden, not found, or a method the address never answers (the calendar
# feed, read-only and opened by its secret, refuses a POST before any lookup).
REFUSED = (403, 404, 405)


def routes(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        else:
            yield route


def every_request_url(consultation_request):
    """Each URL of the admin about consultation requests, with this request's id
    wherever one is asked for, then the generic admin views pointed at them."""
    urls = [
        "/" + CONVERTER.sub(str(consultation_request.pk), route)
        for route in routes()
        if "consultation" in route
        and not route.startswith(("en/", "es/", "^en/", "^es/"))
    ]
    assert any("/inspect/" in url for url in urls)
    localize_api = reverse(
        "wagtail_localize:snippets_api_listing",
        args=["consultations", "consultationrequest"],
    )
    return [
        *urls,
        localize_api,
        f"{localize_api}{consultation_request.pk}/",
        *(
            reverse(
                "wagtail_bulk_action",
                args=["consultations", "consultationrequest", action],
            )
            + f"?id={consultation_request.pk}"
            for action in BULK_ACTIONS
        ),
        reverse("wagtailadmin_reports:site_history") + "?export=csv",
    ]


@pytest.fixture
def consultation_request(db):
    return ConsultationRequestFactory(
        full_name="Rosa Delgado", email="rosa@example.com"
    )


def test_the_url_list_covers_the_dashboard(consultation_request):
    urls = every_request_url(consultation_request)

    for expected in [
        request_url("list"),
        request_url("inspect", consultation_request),
        request_url("history", consultation_request),
        request_url("change_status", consultation_request),
        reverse("consultation_board:index"),
        reverse("consultations_report"),
    ]:
        assert expected in urls


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_get_nothing_but_the_sign_in(
    plain_client, consultation_request, method
):
    for url in every_request_url(consultation_request):
        response = getattr(plain_client, method)(url, follow=True)

        signing_in = response.request["PATH_INFO"] == reverse("wagtailadmin_login")
        assert signing_in or response.status_code in REFUSED, url
        assert "Rosa Delgado" not in response.content.decode(), url
        assert consultation_request.reference not in response.content.decode(), url


@pytest.mark.parametrize("method", ["get", "post"])
def test_editors_get_nothing(client, editor_user, consultation_request, method):
    client.force_login(editor_user)

    for url in every_request_url(consultation_request):
        response = getattr(client, method)(url, follow=True)

        assert response.status_code in REFUSED, url
        assert "Rosa Delgado" not in response.content.decode(), url
        assert "rosa@example.com" not in response.content.decode(), url


def test_the_admin_search_finds_no_request(client, editor_user, consultation_request):
    client.force_login(editor_user)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Rosa"})

    assert response.status_code == 200
    assert "Rosa Delgado" not in response.content.decode()
    assert consultation_request.reference not in response.content.decode()


def test_the_translation_api_lists_no_requests_even_to_staff(
    client, intake_user, consultation_request
):
    client.force_login(intake_user)
    url = reverse(
        "wagtail_localize:snippets_api_listing",
        args=["consultations", "consultationrequest"],
    )

    response = client.get(url, follow=True)

    assert response.status_code == 404
    assert consultation_request.reference not in response.content.decode()


def test_only_superusers_export_the_audit_log(
    intake_user, superuser, consultation_request
):
    intake = SecondFactorClient()
    intake.force_login(intake_user)
    intake.get(request_url("inspect", consultation_request))
    export_url = reverse("wagtailadmin_reports:site_history") + "?export=csv"
    administrator = SecondFactorClient()
    administrator.force_login(superuser)

    refused = intake.get(export_url)
    exported = administrator.get(export_url)

    assert intake.get(reverse("wagtailadmin_reports:site_history")).status_code == 200
    assert refused.status_code == 403
    assert exported.status_code == 200
    csv = b"".join(exported.streaming_content).decode()
    assert consultation_request.reference in csv
    assert "View" in csv
    assert "Rosa Delgado" not in csv
