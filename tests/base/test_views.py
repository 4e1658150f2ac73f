"""The health check load balancers and the benchmark ask."""

import pytest

pytestmark = pytest.mark.django_db


def test_health_check_answers_ok_in_plain_text(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    assert response.content == b"ok"
