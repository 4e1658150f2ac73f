"""Keeps prospects' data out of every log handler (LOGGING in settings/base.py).

Form bodies are never logged by our code or Django's; what could still carry
them is an exception's message and traceback. The filter rewrites those with
the rules in `redaction`, for the request being handled.
"""

import contextvars
import logging

from .redaction import blank_values, format_exception, submitted_values

current_request = contextvars.ContextVar("current_request", default=None)


class LogScrubbingMiddleware:
    """Lets the log filter know the request being handled. First in MIDDLEWARE,
    so it spans every log record written while the request is served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


class ProspectDataFilter(logging.Filter):
    def filter(self, record):
        values = submitted_values(current_request.get())
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)  # arguments that do not fit: logging's own bug
        record.msg = blank_values(message, values)
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = format_exception(record.exc_info[1])
        if record.exc_text:
            record.exc_text = blank_values(record.exc_text, values)
        return True
