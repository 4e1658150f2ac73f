"""The demo site, built once for this package (tests/demo_content.py)."""

import pytest
from wagtail.models import Site

from tests.demo_content import demo_content_until_rolled_back


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker):
    with demo_content_until_rolled_back(django_db_blocker):
        yield


@pytest.fixture
def demo_site(demo_content, db):
    return Site.objects.get(is_default_site=True)
