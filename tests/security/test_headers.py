"""Security headers on public and admin responses, with production's settings:
what Mozilla's HTTP Observatory tests (docs/security.md), page by page."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.second_factor import verify_second_factor
from tests.security.headers import content_security_policy

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": {"'none'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "img-src": {"'self'", "data:"},
    "font-src": {"'self'"},
    "connect-src": {"'self'"},
    "manifest-src": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'none'"},
    "base-uri": {"'self'"},
    "object-src": {"'none'"},
}
PERMISSIONS_POLICY_FEATURES = {
    "accelerometer",
    "camera",
    "geolocation",
    "microphone",
    "payment",
    "usb",
}


@pytest.fixture
def https_client(production_security):
    """Behind our TLS proxy, which says so in X-Forwarded-Proto."""
    return Client(headers={"X-Forwarded-Proto": "https"})


@pytest.fixture
def public_urls(site_tree):
    return [
        site_tree.home.url,
        site_tree.city.url,
        site_tree.article.url,
        site_tree.consultation.url,
        site_tree.about.url,
        reverse("search") + "?query=asylum",
    ]


def assert_common_headers(response):
    assert response["Strict-Transport-Security"] == (
        "max-age=63072000; includeSubDomains; preload"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    features = {
        entry.split("=")[0]: entry.split("=")[1]
        for entry in response["Permissions-Policy"].split(", ")
    }
    assert PERMISSIONS_POLICY_FEATURES <= features.keys()
    assert set(features.values()) == {"()"}
    assert "Access-Control-Allow-Origin" not in response


def test_public_pages_send_the_strict_policy_and_every_header(
    https_client, public_urls
):
    for url in public_urls:
        response = https_client.get(url)

        assert response.status_code == 200, url
        assert content_security_policy(response) == PUBLIC_POLICY, url
        assert response["X-Frame-Options"] == "DENY", url
        assert_common_headers(response)


def test_a_page_from_the_page_cache_has_the_same_headers(
    https_client, site_tree, settings
):
    settings.PAGE_CACHE_ENABLED = True
    https_client.get(site_tree.city.url)

    cached = https_client.get(site_tree.city.url)

    assert cached["X-Page-Cache"] == "hit"
    assert content_security_policy(cached) == PUBLIC_POLICY
    assert_common_headers(cached)


def test_error_pages_send_the_strict_policy(https_client, site_tree):
    response = https_client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert content_security_policy(response) == PUBLIC_POLICY


def test_the_admin_has_its_own_policy(https_client):
    response = https_client.get(reverse("wagtailadmin_login"))

    policy = content_security_policy(response)
    assert policy["default-src"] == {"'none'"}
    assert policy["script-src"] == {"'self'", "'unsafe-inline'"}
    assert policy["style-src"] == {"'self'", "'unsafe-inline'"}
    assert policy["frame-ancestors"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


def test_signed_in_admin_pages_have_the_admin_policy(https_client, intake_user):
    https_client.force_login(intake_user)

    response = https_client.get(reverse("wagtailadmin_home"), follow=True)

    assert "'unsafe-inline'" in content_security_policy(response)["script-src"]


def test_redirects_to_a_language_are_not_framed_either(https_client, site_tree):
    response = https_client.get("/")

    assert response.status_code == 302
    assert response["X-Frame-Options"] == "DENY"
    assert content_security_policy(response) == PUBLIC_POLICY


def test_plain_http_is_sent_to_https(production_security, site_tree):
    response = Client().get(site_tree.about.url)

    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{site_tree.about.url}"


def test_csrf_cookie_is_host_only_secure_and_same_site(https_client, site_tree):
    response = https_client.get(site_tree.consultation.url)

    cookie = response.cookies["__Host-csrftoken"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert cookie["domain"] == ""


def test_session_cookie_is_host_only_secure_http_only_and_same_site(
    https_client, editor_user
):
    https_client.get(reverse("wagtailadmin_login"))

    response = https_client.post(
        reverse("wagtailadmin_login"),
        {"username": "edgar", "password": "a long staff password"},
    )

    assert response.status_code == 302
    cookie = response.cookies["__Host-sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert cookie["domain"] == ""


def test_pages_showing_what_prospects_wrote_keep_the_strict_policy(
    https_client, intake_user
):
    consultation_request = ConsultationRequestFactory()
    https_client.force_login(intake_user)
    verify_second_factor(https_client, intake_user)

    for url in [
        request_url("list"),
        request_url("inspect", consultation_request),
        reverse("consultation_board:index"),
        reverse("consultations_report"),
    ]:
        response = https_client.get(url)
        assert response.status_code == 200, url
        assert content_security_policy(response) == PUBLIC_POLICY, url
