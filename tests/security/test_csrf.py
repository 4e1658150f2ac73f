"""Every form that changes something needs its CSRF token: the prospect's form
and each action staff take in the admin."""

import pytest
from django.test import Client
from django.urls import reverse

from consultations.models import ConsultationRequest
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.second_factor import SecondFactorClient

pytestmark = pytest.mark.django_db


def bulk_url(action, consultation_request):
    return (
        reverse(
            "wagtail_bulk_action", args=["consultations", "consultationrequest", action]
        )
        + f"?id={consultation_request.pk}"
    )


@pytest.fixture
def checked_client():
    """A browser that sends cookies but no token unless the test gives one."""
    return Client(enforce_csrf_checks=True)


def test_the_consultation_form_refuses_a_post_without_its_token(
    checked_client, firm_settings, city_page, prospect_answers
):
    response = checked_client.post(
        firm_settings.consultation_page.url, prospect_answers
    )

    assert response.status_code == 403
    assert not ConsultationRequest.objects.exists()


def test_the_consultation_form_takes_a_post_with_its_token(
    checked_client, firm_settings, city_page, prospect_answers
):
    form_url = firm_settings.consultation_page.url
    token = checked_client.get(form_url).context["csrf_token"]

    response = checked_client.post(
        form_url, {**prospect_answers, "csrfmiddlewaretoken": str(token)}
    )

    assert response.status_code == 302
    assert ConsultationRequest.objects.count() == 1


@pytest.fixture
def staff_client(superuser):
    client = SecondFactorClient(enforce_csrf_checks=True)
    client.force_login(superuser)
    return client


def test_every_admin_action_refuses_a_post_without_its_token(staff_client, superuser):
    consultation_request = ConsultationRequestFactory()
    actions = {
        request_url("change_status", consultation_request): {"to_status": "contacted"},
        request_url("assign", consultation_request): {"assignee": superuser.pk},
        request_url("follow_up", consultation_request): {"follow_up_on": "2030-01-02"},
        request_url("add_note", consultation_request): {"text": "Called."},
        request_url("delete", consultation_request): {},
        bulk_url("assign", consultation_request): {"assignee": superuser.pk},
        bulk_url("mark_spam", consultation_request): {},
        bulk_url("close_no_response", consultation_request): {},
        bulk_url("delete", consultation_request): {},
        reverse("two_factor:index"): {},
        reverse("two_factor:set_up"): {"code": "123456"},
        reverse("wagtailadmin_logout"): {},
    }

    for url, data in actions.items():
        response = staff_client.post(url, data)
        assert response.status_code == 403, url

    consultation_request.refresh_from_db()
    assert consultation_request.status == "new"
    assert consultation_request.assigned_to is None
    assert consultation_request.follow_up_on is None
    assert not consultation_request.notes.exists()
    assert "_auth_user_id" in staff_client.session


def test_the_admin_sign_in_refuses_a_post_without_its_token(
    checked_client, editor_user
):
    response = checked_client.post(
        reverse("wagtailadmin_login"),
        {"username": "edgar", "password": "a long staff password"},
    )

    assert response.status_code == 403
    assert "_auth_user_id" not in checked_client.session
