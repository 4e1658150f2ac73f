"""Whatever is thrown at the form, it answers without a server error."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db

FIELDS = [
    "full_name",
    "email",
    "phone",
    "contact_method",
    "best_time",
    "preferred_language",
    "town",
    "matter",
    "is_urgent",
    "message",
    "accepted_disclaimer",
    "consented_to_contact",
    "referral_code",
    "form_started",
    "source_url",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
]
# Every code point a form can carry: controls, NUL, combining marks, emoji, RTL.
any_text = st.text(st.characters(codec="utf-8"), max_size=3000)

# The page tree and the client are built once per test, not once per example.
examples = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.CONSULTATION_RATE_LIMIT = "1000000/h"


@examples
@given(answers=st.dictionaries(st.sampled_from(FIELDS), any_text))
def test_arbitrary_answers_never_cause_a_server_error(client, form_url, answers):
    response = client.post(form_url, answers)

    assert response.status_code in {200, 302, 413}


@examples
@given(
    changes=st.dictionaries(
        st.sampled_from(["full_name", "message", "utm_source", "source_url"]),
        any_text,
    )
)
def test_valid_answers_with_arbitrary_text_are_saved_clean_or_explained(
    client, form_url, valid_answers, changes
):
    before = ConsultationRequest.objects.count()

    response = client.post(form_url, {**valid_answers, **changes})

    assert response.status_code in {200, 302, 413}
    if response.status_code == 302:
        saved = ConsultationRequest.objects.order_by("-pk").first()
        assert ConsultationRequest.objects.count() == before + 1
        assert not any(char in saved.full_name for char in "\x00\x1b\r")
        assert len(saved.message) <= 1000


@examples
@given(
    body=st.binary(max_size=40_000),
    content_type=st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=BoUnDaRy",
            "multipart/form-data",
            "text/plain",
            "application/json",
        ]
    ),
)
def test_arbitrary_bodies_never_cause_a_server_error(
    client, form_url, body, content_type
):
    response = client.post(form_url, body, content_type=content_type)

    assert response.status_code < 500
