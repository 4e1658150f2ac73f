"""The admin sign-in: lock-out after repeated failures, no open redirects, and
sessions that end after idleness and after a working day."""

import importlib
import time

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import clear_url_caches, reverse

import firm_site.urls
from firm_site.users.middleware import LAST_SEEN_AT, SIGNED_IN_AT

pytestmark = pytest.mark.django_db

PASSWORD = "a long staff password"  # noqa: S105 (tests/consultations/conftest.py)


@pytest.fixture(autouse=True)
def lock_out_after_three(settings):
    settings.AXES_FAILURE_LIMIT = 3


def sign_in(client, username, password, **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, **extra},
    )


def test_repeated_failures_lock_the_account_out_even_with_the_right_password(
    plain_client, editor_user
):
    for _ in range(3):
        sign_in(plain_client, "edgar", "not the password")

    response = sign_in(plain_client, "edgar", PASSWORD)

    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "30 minutes" in response.content.decode()
    assert int(response["Retry-After"]) == 30 * 60
    assert "_auth_user_id" not in plain_client.session


def test_failures_below_the_limit_do_not_lock(plain_client, editor_user):
    for _ in range(2):
        sign_in(plain_client, "edgar", "not the password")

    assert sign_in(plain_client, "edgar", PASSWORD).status_code == 302


def test_the_lock_is_per_username_across_addresses(plain_client, editor_user):
    for number in range(3):
        plain_client.post(
            reverse("wagtailadmin_login"),
            {"username": "edgar", "password": "guess"},
            REMOTE_ADDR=f"203.0.113.{number}",
        )

    response = sign_in(plain_client, "edgar", PASSWORD, REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 429


def test_an_administrator_unlocks_with_the_axes_command(plain_client, editor_user):
    for _ in range(3):
        sign_in(plain_client, "edgar", "not the password")

    call_command("axes_reset_username", "edgar")
    call_command("axes_reset_ip", "127.0.0.1")

    assert not AccessAttempt.objects.exists()
    assert sign_in(plain_client, "edgar", PASSWORD).status_code == 302


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "javascript:alert(1)",
    ],
)
def test_sign_in_never_sends_anyone_to_another_site(
    plain_client, editor_user, next_url
):
    response = sign_in(plain_client, "edgar", PASSWORD, next=next_url)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize(
    "path", ["//evil.example/", "/es//evil.example/", "/%2F%2Fevil.example/"]
)
def test_language_redirects_stay_on_the_site(client, home_page, path):
    """LocaleMiddleware sends an address without a language to the same address
    with one; a crafted address must not become a redirect off the site."""
    response = client.get(path)

    location = response.get("Location", "")
    assert not location.startswith(("//", "http://", "https://", "/\\")), location


def test_an_idle_session_ends(client, intake_user):
    client.force_login(intake_user)
    session = client.session
    session[LAST_SEEN_AT] = time.time() - 31 * 60
    session.save()

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "_auth_user_id" not in client.session


def test_an_active_session_ends_after_a_working_day(client, intake_user):
    client.force_login(intake_user)
    session = client.session
    session[SIGNED_IN_AT] = time.time() - 11 * 3600
    session.save()

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_session_within_both_limits_goes_on(client, intake_user):
    client.force_login(intake_user)
    session = client.session
    session[SIGNED_IN_AT] = time.time() - 9 * 3600
    session[LAST_SEEN_AT] = time.time() - 29 * 60
    session.save()

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert time.time() - client.session[LAST_SEEN_AT] < 60


def test_passwords_shorter_than_twelve_characters_are_refused():
    with pytest.raises(ValidationError):
        validate_password("Xq7!mr2#Lp")

    validate_password("Xq7!mr2#Lp-9wz")


@pytest.fixture
def admin_moved(settings):
    """The URL configuration as loaded with ADMIN_URL_PATH = office-7f3/."""
    settings.ADMIN_URL_PATH = "office-7f3/"
    importlib.reload(firm_site.urls)
    clear_url_caches()
    yield
    settings.ADMIN_URL_PATH = "admin/"
    importlib.reload(firm_site.urls)
    clear_url_caches()


def test_the_admin_answers_where_the_setting_puts_it(admin_moved, client, home_page):
    assert reverse("wagtailadmin_login") == "/office-7f3/login/"
    assert client.get("/office-7f3/login/").status_code == 200
    assert client.get("/admin/login/", follow=True).status_code == 404
