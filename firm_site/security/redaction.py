"""What a log line or an error report may say about a request and an exception.

Two rules, applied to every log record (logging.py) and every error report
(error_reports.py):

- Whatever the visitor sent in the request body is blanked wherever it appears:
  an exception message or a traceback can quote a form value.
- A database error is told by its kind and place (SQLSTATE, table, column,
  constraint), never by its message: PostgreSQL quotes the failing row in it
  ("Failing row contains (…, María Pérez, maria@example.com, …)").
"""

import html
import sqlite3
import traceback

from django.db import Error as DatabaseError

WITHHELD = "[withheld]"
# Shorter values ("on", "es") are choice keys, not personal data, and blanking
# them would garble every line they appear in.
SHORTEST_VALUE_BLANKED = 3


def submitted_values(request):
    """The values of the request's body, and each line of the longer ones,
    longest first so a value is blanked before any part of it."""
    if request is None or not hasattr(request, "_post"):
        return []
    values = set()
    for value in request.POST.values():
        for piece in [value, *value.splitlines()]:
            piece = piece.strip()
            if len(piece) >= SHORTEST_VALUE_BLANKED:
                values.add(piece)
    return sorted(values, key=len, reverse=True)


def blank_values(text, values):
    for value in values:
        for form in {value, html.escape(value), repr(value)[1:-1]}:
            text = text.replace(form, WITHHELD)
    return text


def describe_exception(exception):
    """The exception's message, unless it is a database error."""
    if not is_database_error(exception):
        return str(exception)
    driver_error = exception.__cause__ or exception
    place = [
        f"{name} {value}"
        for name, value in [
            ("SQLSTATE", getattr(driver_error, "sqlstate", None)),
            *database_error_place(driver_error),
        ]
        if value
    ]
    return "database error details withheld" + (
        f" ({', '.join(place)})" if place else ""
    )


def is_database_error(exception):
    return isinstance(exception, DatabaseError | sqlite3.Error) or hasattr(
        exception, "sqlstate"
    )


def database_error_place(driver_error):
    diagnostics = getattr(driver_error, "diag", None)
    return [
        (name, getattr(diagnostics, f"{name}_name", None))
        for name in ("table", "column", "constraint")
    ]


def format_exception(exception):
    """A traceback like Python's own, with each message told by
    `describe_exception`."""
    chain = []
    while exception is not None and exception not in chain:
        chain.append(exception)
        exception = exception.__cause__ or (
            None if exception.__suppress_context__ else exception.__context__
        )
    parts = []
    for link in reversed(chain):
        parts.append(
            "Traceback (most recent call last):\n"
            + "".join(traceback.format_tb(link.__traceback__))
            + f"{type(link).__module__}.{type(link).__qualname__}: "
            + describe_exception(link)
        )
    return "\n\nThe above exception led to the following exception:\n\n".join(parts)
