"""The browser tests' rule for failed answers: no browser needed to check it."""

import pytest

from tests.e2e.answers import is_a_failure


@pytest.mark.parametrize(
    ("status", "resource_type"),
    [
        (200, "stylesheet"),
        (304, "stylesheet"),
        (304, "script"),
        (302, "image"),
        (206, "font"),
        (404, "document"),
        (403, "fetch"),
    ],
)
def test_answers_that_are_not_failures(status, resource_type):
    assert not is_a_failure(status, resource_type)


@pytest.mark.parametrize(
    ("status", "resource_type"),
    [
        (404, "stylesheet"),
        (404, "script"),
        (403, "image"),
        (410, "font"),
        (500, "stylesheet"),
        (500, "document"),
        (503, "fetch"),
    ],
)
def test_missing_assets_and_server_errors_are_failures(status, resource_type):
    assert is_a_failure(status, resource_type)
