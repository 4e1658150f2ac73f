"""Staff who can see requests sign in with a second factor: without one, no
request opens; with one, set up in the admin, everything does."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.second_factor import verify_second_factor

pytestmark = pytest.mark.django_db


def current_code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


@pytest.fixture
def consultation_request(db):
    return ConsultationRequestFactory(full_name="Rosa Delgado")


@pytest.mark.parametrize("user_fixture", ["intake_user", "attorney_user", "superuser"])
def test_staff_without_a_second_factor_cannot_open_a_request(
    plain_client, request, user_fixture, consultation_request
):
    plain_client.force_login(request.getfixturevalue(user_fixture))

    for url in [
        request_url("inspect", consultation_request),
        request_url("list"),
        request_url("list", query="?export=csv"),
        reverse("wagtailadmin_home"),
    ]:
        response = plain_client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("two_factor:set_up")), url
        assert "Rosa Delgado" not in response.content.decode()


def test_staff_with_an_authenticator_must_still_give_a_code(
    plain_client, intake_user, consultation_request
):
    TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)
    plain_client.force_login(intake_user)

    response = plain_client.get(request_url("inspect", consultation_request))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor:verify"))


def test_setting_up_an_authenticator_opens_the_admin(
    plain_client, intake_user, consultation_request
):
    plain_client.force_login(intake_user)
    inspect_url = request_url("inspect", consultation_request)
    set_up_url = plain_client.get(inspect_url)["Location"]

    page = plain_client.get(set_up_url)
    device = TOTPDevice.objects.get(user=intake_user, confirmed=False)
    response = plain_client.post(
        set_up_url, {"code": current_code(device), "next": inspect_url}
    )

    assert "data:image/svg+xml;base64," in page.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    codes = response.context["codes"]
    assert len(codes) == 10
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=intake_user).values_list(
            "token", flat=True
        )
    )
    assert response.context["continue_url"] == inspect_url
    assert plain_client.get(inspect_url).status_code == 200


def test_a_wrong_code_does_not_confirm_the_authenticator(plain_client, intake_user):
    plain_client.force_login(intake_user)

    response = plain_client.post(reverse("two_factor:set_up"), {"code": "000000"})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not TOTPDevice.objects.filter(user=intake_user, confirmed=True).exists()
    assert plain_client.get(reverse("wagtailadmin_home")).status_code == 302


def test_a_code_from_the_authenticator_verifies_the_session(
    plain_client, intake_user, consultation_request
):
    device = TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)
    plain_client.force_login(intake_user)
    inspect_url = request_url("inspect", consultation_request)

    response = plain_client.post(
        reverse("two_factor:verify"),
        {"code": current_code(device), "next": inspect_url},
    )

    assert response.status_code == 302
    assert response["Location"] == inspect_url
    assert plain_client.get(inspect_url).status_code == 200


def test_a_recovery_code_works_once(plain_client, intake_user, consultation_request):
    TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)
    plain_client.force_login(intake_user)
    verify_second_factor(plain_client, intake_user)
    codes = plain_client.post(reverse("two_factor:index")).context["codes"]
    plain_client.logout()

    plain_client.force_login(intake_user)
    first = plain_client.post(reverse("two_factor:verify"), {"code": codes[0]})
    plain_client.logout()
    plain_client.force_login(intake_user)
    again = plain_client.post(reverse("two_factor:verify"), {"code": codes[0]})

    assert first.status_code == 302
    assert again.status_code == 200
    assert again.context["form"].errors["code"]


def test_a_wrong_code_is_refused(plain_client, intake_user):
    TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)
    plain_client.force_login(intake_user)

    response = plain_client.post(reverse("two_factor:verify"), {"code": "123456"})

    assert response.status_code == 200
    assert plain_client.get(reverse("wagtailadmin_home")).status_code == 302


def test_verification_never_sends_staff_to_another_site(plain_client, intake_user):
    device = TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)
    plain_client.force_login(intake_user)

    response = plain_client.post(
        reverse("two_factor:verify"),
        {"code": current_code(device), "next": "https://evil.example/"},
    )

    assert response["Location"] == reverse("wagtailadmin_home")


def test_editors_need_no_second_factor(plain_client, editor_user):
    plain_client.force_login(editor_user)

    assert plain_client.get(reverse("wagtailadmin_home")).status_code == 200


def test_a_superuser_can_reset_a_lost_second_factor(superuser, intake_user):
    TOTPDevice.objects.create(user=intake_user, name="Phone", confirmed=True)

    call_command("reset_two_factor", "ines", by="sofia")

    assert not TOTPDevice.objects.filter(user=intake_user).exists()
    entry = ModelLogEntry.objects.get(action="users.two_factor_reset")
    assert (entry.object_id, entry.user) == (str(intake_user.pk), superuser)


def test_dev_logins_sign_in_in_two_steps(settings, plain_client):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("create_dev_logins", stdout=output)
    printed = output.getvalue()
    password = re.search(r"user: intake\s+password: (\S+)", printed).group(1)
    codes = re.search(r"user: intake.*?recovery codes (\S+), ", printed, re.S)

    signed_in = plain_client.post(
        reverse("wagtailadmin_login"), {"username": "intake", "password": password}
    )
    verified = plain_client.post(
        reverse("two_factor:verify"), {"code": codes.group(1), "next": "/admin/"}
    )

    assert signed_in["Location"] == reverse("wagtailadmin_home")
    assert verified["Location"] == "/admin/"
    assert plain_client.get(reverse("wagtailadmin_home")).status_code == 200
