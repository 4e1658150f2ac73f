"""The consultation form as a prospect meets it, found by its labels.

Labels, choices and messages come from the form itself, translated into the
page's language, so a missing label, or one the page does not tie to its field,
makes the tests fail in either language, and rewording one needs no change here.
"""

import re

from django import forms
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import Locale

from consultations.choices import ContactMethod, Matter
from consultations.forms import ConsultationRequestForm

REFERENCE = re.compile(r"CR-[0-9A-Z]{6}")


def role_of(widget):
    if isinstance(widget, forms.Select):
        return "combobox"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "textbox"


def in_language(language, text):
    """A message of ours (a msgid, or a lazy translation) in a language."""
    with translation.override(language):
        return translation.gettext(text) if isinstance(text, str) else str(text)


def fill_in_valid_answers(form):
    """A request the form accepts: a phone call about asylum, from Hartford."""
    form.field("full_name").fill("María José Pérez")
    form.field("phone").fill("(860) 555-0123")
    form.field("town").select_option("hartford")
    form.contact_method("phone").check()
    form.choose_matter("asylum")
    form.field("accepted_disclaimer").check()
    form.field("consented_to_contact").check()


class ConsultationForm:
    def __init__(self, page, language="en"):
        self.page = page
        self.language = language
        self.form = ConsultationRequestForm(
            locale=Locale.objects.get(language_code=language)
        )

    def text(self, text):
        return in_language(self.language, text)

    def field(self, name):
        """The control of this field's role whose accessible name is the field's
        whole label (a required one ends in *)."""
        field = self.form.fields[name]
        label = re.escape(self.text(field.label))
        return self.page.get_by_role(
            role_of(field.widget), name=re.compile(rf"^\s*{label}\s*\*?\s*$")
        )

    def contact_method(self, method):
        label = self.text(ContactMethod(method).label)
        return self.page.get_by_role("radio", name=label, exact=True)

    def choose_matter(self, matter):
        self.field("matter").select_option(label=self.text(Matter(matter).label))

    def error_message(self, name, code="required"):
        return self.text(self.form.fields[name].error_messages[code])

    def send_button(self):
        return self.page.get_by_role("button", name=self.text("Send my request"))

    def error_summary(self):
        title = self.text("Please check the form: something is missing or not right.")
        return self.page.get_by_role("alert").filter(has_text=title)

    def expect_thank_you(self):
        """Wait for the thank-you page and return the reference it shows."""
        heading = self.text("We received your request")
        expect(self.page.get_by_role("heading", level=1, name=heading)).to_be_visible()
        reference = self.page.get_by_text(REFERENCE)
        expect(reference).to_be_visible()
        return reference.inner_text()
