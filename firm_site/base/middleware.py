"""A calm page with the firm's phone number when the database cannot be reached.

A prospect who came to ask for help should never meet a stack trace, nor lose
the way to reach the firm. Only connection failures are caught: any other
database error is a bug, and Django's usual 500 handling reports it.
"""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from .views import firm_from_settings

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if settings.DEBUG or not isinstance(
            exception, OperationalError | InterfaceError
        ):
            return None
        logger.error("Database unavailable", exc_info=exception)
        return database_unavailable_response()


def database_unavailable_response():
    """Rendered without the request, so no context processor reaches the database."""
    content = render_to_string(
        "errors/database_unavailable.html", {"firm": firm_from_settings()}
    )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
