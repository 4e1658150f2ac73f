"""Form fields that keep text as a person typed it: no control characters, which
a person never types and which could hide in a log, a spreadsheet or an e-mail."""

import unicodedata

from django import forms

KEPT_IN_MULTILINE_TEXT = {"\n", "\t"}


def strip_control_characters(text, *, multiline=False):
    """Drop control characters (NUL, escapes, bells...) a person never types."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = KEPT_IN_MULTILINE_TEXT if multiline else set()
    return "".join(
        char for char in text if char in kept or unicodedata.category(char) != "Cc"
    )


class PlainTextField(forms.CharField):
    """Text as a person typed it, without control characters.

    Line endings become "\\n" before the length is checked, as the browser counts
    them for `maxlength`.
    """

    def __init__(self, *args, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = strip_control_characters(value, multiline=self.multiline)
        return super().to_python(value)


class MultilineTextField(PlainTextField):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, multiline=True, **kwargs)


class TrackingField(forms.CharField):
    """A hidden value recorded without asking: cleaned and cut, never an error."""

    widget = forms.HiddenInput

    def __init__(self, *, cap, **kwargs):
        self.cap = cap
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = strip_control_characters(value)
        return super().to_python(value)[: self.cap]
