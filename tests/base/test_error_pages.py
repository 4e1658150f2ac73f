"""The 500 page: the firm's name and phone from the settings, never the database."""

import pytest
from django.db import ProgrammingError, connection
from django.test import Client

from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def server_error_page():
    """The page Django shows for a bug, while every query fails."""

    def database_broken(execute, sql, params, many, context):
        raise ProgrammingError("a bug in a query")

    with connection.execute_wrapper(database_broken):
        response = Client(raise_request_exception=False).get("/en/")
    assert response.status_code == 500
    return parse(response)


def test_server_error_page_gives_the_phone_from_the_settings(settings):
    settings.FIRM_PHONE_FALLBACK = "(203) 555-0100"

    phone = server_error_page().find("a", href="tel:+12035550100")

    assert phone.get_text() == "(203) 555-0100"


def test_server_error_page_names_the_firm_from_the_settings(settings):
    settings.WAGTAIL_SITE_NAME = "Example Immigration Law"

    soup = server_error_page()

    assert visible_text(soup.find(class_="error-page__firm")) == (
        "Example Immigration Law"
    )
    assert soup.title.get_text().endswith("| Example Immigration Law")


def test_server_error_page_without_a_phone_setting_shows_no_empty_link(settings):
    settings.FIRM_PHONE_FALLBACK = ""

    soup = server_error_page()

    assert not soup.find("a", href=lambda href: href and href.startswith("tel:"))
