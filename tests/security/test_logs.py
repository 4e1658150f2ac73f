"""No log line and no error report carries a prospect's data, even when saving
their request fails with a database error that quotes the failing row."""

import io
import logging

import pytest
from django.core import mail
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory

from consultations.models import ConsultationRequest
from firm_site.security.logging import LogScrubbingMiddleware
from tests.security.conftest import PROSPECT, PROSPECT_TRACES

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_output():
    """What the configured log handlers write (their streams swapped for one
    buffer): the root's and django.request's, as a deployment's logs show."""
    output = io.StringIO()
    handlers = {
        handler
        for name in ("", "django.request")
        for handler in logging.getLogger(name).handlers
        if type(handler) is logging.StreamHandler
    }
    streams = {handler: handler.setStream(output) for handler in handlers}
    yield output
    for handler, stream in streams.items():
        handler.setStream(stream)


@pytest.fixture
def database_rejects_requests(db):
    """The database refuses to store a request and quotes the row in its error,
    as PostgreSQL does ("DETAIL: Failing row contains (…)")."""
    table = ConsultationRequest._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT refuse_all CHECK (full_name = '')"
            )
        else:
            row = ", ".join([PROSPECT["full_name"], PROSPECT["email"], "+18605550123"])
            cursor.execute(
                f"CREATE TRIGGER refuse_all BEFORE INSERT ON {table} BEGIN "
                f"SELECT RAISE(ABORT, 'Failing row contains ({row})'); END"
            )


@pytest.fixture
def failed_submission(
    settings, firm_settings, city_page, prospect_answers, database_rejects_requests
):
    settings.ADMINS = [("IT", "it@firm.example")]
    client = Client(raise_request_exception=False)
    return client.post(firm_settings.consultation_page.url, prospect_answers)


def assert_no_prospect_data(text):
    for trace in PROSPECT_TRACES:
        assert trace not in text


def test_a_failed_save_logs_the_error_without_the_prospects_data(
    log_output, failed_submission
):
    logged = log_output.getvalue()

    assert failed_submission.status_code == 500
    assert not ConsultationRequest.objects.exists()
    assert "Internal Server Error: /en/free-consultation/" in logged
    assert "IntegrityError: database error details withheld" in logged
    assert_no_prospect_data(logged)


def test_the_error_report_to_the_admins_has_no_prospects_data(
    log_output, failed_submission
):
    report = mail.outbox[-1]

    assert report.to == ["it@firm.example"]
    assert "Internal Server Error: /en/free-consultation/" in report.subject
    assert "IntegrityError" in report.body
    assert "********************" in report.body
    for text in [report.subject, report.body]:
        assert_no_prospect_data(text)


def test_a_log_line_quoting_what_the_visitor_sent_is_blanked(log_output):
    def view_that_logs_a_value(request):
        logging.getLogger("consultations").error(
            "Could not place %s in a city", request.POST["full_name"]
        )
        return HttpResponse()

    request = RequestFactory().post("/en/free-consultation/", PROSPECT)
    LogScrubbingMiddleware(view_that_logs_a_value)(request)

    logged = log_output.getvalue()
    assert "Could not place [withheld] in a city" in logged
    assert_no_prospect_data(logged)
