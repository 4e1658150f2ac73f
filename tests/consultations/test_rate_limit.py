"""A per-client limit on requests, with a friendly page that gives the phone."""

import pytest

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def limit(settings):
    settings.CONSULTATION_RATE_LIMIT = "3/h"


def test_requests_over_the_limit_get_a_friendly_429(submit, valid_answers):
    for _ in range(3):
        assert submit(valid_answers).status_code == 302

    response = submit(valid_answers)

    html = response.content.decode()
    assert response.status_code == 429
    assert '<a href="tel:+12037537300">(203) 753-7300</a>' in html
    assert "no-store" in response["Cache-Control"]
    assert ConsultationRequest.objects.count() == 3


def test_other_clients_are_not_limited(submit, valid_answers):
    for _ in range(3):
        submit(valid_answers, REMOTE_ADDR="203.0.113.7")

    response = submit(valid_answers, REMOTE_ADDR="198.51.100.2")

    assert response.status_code == 302


def test_forms_with_mistakes_do_not_count(submit, valid_answers):
    incomplete = {**valid_answers, "full_name": ""}
    for _ in range(5):
        submit(incomplete)

    response = submit(valid_answers)

    assert response.status_code == 302


def test_spam_counts_against_the_limit(submit, valid_answers):
    for _ in range(3):
        submit({**valid_answers, "referral_code": "filled"})

    assert submit(valid_answers).status_code == 429


def test_a_forwarded_for_header_from_the_client_is_not_trusted(submit, valid_answers):
    for number in range(3):
        submit(valid_answers, HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")

    response = submit(valid_answers, HTTP_X_FORWARDED_FOR="192.0.2.99")

    assert response.status_code == 429


def test_the_header_set_by_our_proxy_tells_clients_apart(
    submit, valid_answers, settings
):
    settings.CONSULTATION_CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    for _ in range(3):
        submit(valid_answers, HTTP_X_REAL_IP="203.0.113.7")

    assert submit(valid_answers, HTTP_X_REAL_IP="198.51.100.2").status_code == 302
    assert submit(valid_answers, HTTP_X_REAL_IP="203.0.113.7").status_code == 429
