"""An anonymous request pays only for what it needs: no SQL query, session or
staff check it does not use (issue 19; docs/performance.md)."""

import pytest

pytestmark = pytest.mark.django_db


def test_health_check_makes_no_query_and_leaves_the_session_alone(
    client, django_assert_num_queries
):
    client.get("/healthz/")  # the first request fills the per-process caches

    with django_assert_num_queries(0):
        response = client.get("/healthz/")

    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_public_page_for_an_anonymous_visitor_leaves_the_session_alone(
    client, site_tree
):
    response = client.get(site_tree.city.url)

    assert response.status_code == 200
    assert "Cookie" not in response.get("Vary", "")
    assert not response.cookies


def test_signed_in_staff_still_have_their_session_checked_on_public_pages(
    admin_client, site_tree
):
    response = admin_client.get(site_tree.city.url)

    assert "Cookie" in response["Vary"]
