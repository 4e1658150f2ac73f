"""The free-consultation form: only what a first call and a conflict check need.

Never ask about immigration status (ABA Model Rule 1.18 protects prospective
clients, and the less we hold, the less can leak).
"""

import functools
import hashlib
from urllib.parse import urlsplit, urlunsplit

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout, Submit
from django import forms
from django.utils.functional import cached_property, lazy
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cities.models import city_pages_for_choices
from firm_site.home.models import practice_area_pages_by_matter

from . import spam
from .choices import ContactMethod, PartyRole, Residence
from .models.requests import UTM_FIELDS, ConsultationRequest
from .text_fields import MultilineTextField, PlainTextField, TrackingField

PHONE_METHODS = {ContactMethod.PHONE, ContactMethod.TEXT, ContactMethod.WHATSAPP}
#: The other people a prospect may name for the conflict check.
OTHER_PARTY_NUMBERS = (1, 2, 3)
HIDDEN_FIELDS = ["form_started", "source_url", *UTM_FIELDS]


def page_address(url):
    """An http(s) address without its query or fragment, which may hold secrets."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return ""
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def initial_from_request(request, *, language):
    """What the form records without asking: where the prospect came from, and
    the site's language as a guess at theirs (a language, not its variant: pt-br
    is "pt")."""
    query = request.GET
    return {
        "town": query.get("city", ""),
        "preferred_language": language.partition("-")[0],
        "source_url": request.META.get("HTTP_REFERER", ""),
        **{name: query.get(name, "") for name in UTM_FIELDS},
    }


def practice_area_links(matter_choices, locale):
    """'Learn about: Asylum, DACA…': each matter's page, for the unsure."""
    pages = practice_area_pages_by_matter(locale)
    links = format_html_join(
        ", ",
        '<a href="{}">{}</a>',
        (
            (pages[matter].url, label)
            for matter, label in matter_choices
            if matter in pages
        ),
    )
    return format_html("{} {}", _("Learn about:"), links) if links else ""


# Made once: `lazy()` builds a class each time it is called.
lazy_practice_area_links = lazy(practice_area_links, SafeString)


class ConsultationRequestForm(forms.ModelForm):
    town = forms.ChoiceField(
        label=_("City or town where you live"),
        help_text=_("If your town is not listed, choose “Another Connecticut town”."),
        error_messages={"required": _("Choose the city or town where you live.")},
    )
    # The honeypot: people never see it; robots fill in every field they find.
    referral_code = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_started = forms.CharField(required=False, widget=forms.HiddenInput)
    source_url = TrackingField(cap=500)
    utm_source = TrackingField(cap=100)
    utm_medium = TrackingField(cap=100)
    utm_campaign = TrackingField(cap=100)
    utm_term = TrackingField(cap=100)
    utm_content = TrackingField(cap=100)

    class Meta:
        model = ConsultationRequest
        fields = [
            "full_name",
            "email",
            "phone",
            "contact_method",
            "best_time",
            "preferred_language",
            "matter",
            "is_urgent",
            "message",
            "accepted_disclaimer",
            "consented_to_contact",
            "source_url",
            *UTM_FIELDS,
        ]
        field_classes = {"full_name": PlainTextField, "message": MultilineTextField}
        labels = {
            "full_name": _("Your full name"),
            "email": _("E-mail address"),
            "phone": _("Phone number"),
            "contact_method": _("How should we contact you?"),
            "best_time": _("Best time to reach you"),
            "preferred_language": _("Language you prefer to speak"),
            "matter": _("What is your question about?"),
            "is_urgent": _(
                "It is urgent: I or a family member am detained, or have an "
                "immigration court date in the next 30 days."
            ),
            "message": _("Anything else we should know (optional)"),
            "accepted_disclaimer": _(
                "I understand that sending this form does not make me a client of "
                "the firm (there is no attorney-client relationship yet), and that "
                "this website gives general information, not legal advice."
            ),
            "consented_to_contact": _(
                "I agree that the firm may contact me about this request in the "
                "way I chose above."
            ),
        }
        help_texts = {
            "is_urgent": _("We call urgent requests first."),
            "email": _("Give an e-mail address, a phone number, or both."),
            "phone": _(
                "A U.S. number, or any number starting with + and its country code."
            ),
            "message": _(
                "Up to 1,000 characters. Please do not write anything you would not "
                "want sent by e-mail: we will talk about the details on the phone."
            ),
        }
        error_messages = {
            "full_name": {"required": _("Enter your full name.")},
            "email": {"invalid": _("Enter an e-mail address like name@example.com.")},
            # A Connecticut example, and no jargon: the library's own message
            # gives a New Jersey number and speaks of an international call prefix.
            "phone": {
                "invalid": _(
                    "Enter a phone number like (860) 555-0123, or a number from "
                    "another country starting with + and its country code."
                )
            },
            "contact_method": {"required": _("Choose how we should contact you.")},
            "preferred_language": {"required": _("Choose the language you prefer.")},
            "matter": {"required": _("Choose what your question is about.")},
        }
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "contact_method": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.spam_reason = ""
        # Both read pages: only when the form is rendered or checked, not when
        # the template serves the empty form's kept parts (`visible_parts_key`).
        self.fields["town"].choices = functools.partial(self.town_choices, locale)
        self.label_blank_choice("matter", _("Choose one"))
        self.fields["matter"].help_text = lazy_practice_area_links(
            self.fields["matter"].choices, locale
        )
        self.label_blank_choice("preferred_language", _("Choose one"))
        self.fields["contact_method"].choices = ContactMethod.choices
        self.fields["accepted_disclaimer"].required = True
        self.fields["accepted_disclaimer"].error_messages["required"] = _(
            "Please check this box to show you have read it."
        )
        self.fields["consented_to_contact"].required = True
        self.fields["consented_to_contact"].error_messages["required"] = _(
            "Please check this box so that we may contact you."
        )
        if not self.is_bound:
            self.fields["form_started"].initial = spam.issue_time_trap()
        self.add_other_party_fields()

    def add_other_party_fields(self):
        """Three optional name-and-role pairs: plain fields, no script needed."""
        for number in OTHER_PARTY_NUMBERS:
            self.fields[f"party_{number}_name"] = PlainTextField(
                label=_("Name of person %(number)s") % {"number": number},
                max_length=120,
                required=False,
            )
            self.fields[f"party_{number}_role"] = forms.ChoiceField(
                label=_("Role of person %(number)s") % {"number": number},
                choices=[("", _("Choose one")), *PartyRole.choices],
                required=False,
            )

    def other_parties(self):
        """The (name, role) pairs filled in, for the conflict check."""
        pairs = (
            (
                self.cleaned_data.get(f"party_{number}_name", ""),
                self.cleaned_data.get(f"party_{number}_role", ""),
            )
            for number in OTHER_PARTY_NUMBERS
        )
        return [(name, role) for name, role in pairs if name and role]

    def label_blank_choice(self, name, label):
        field = self.fields[name]
        field.choices = [("", label), *(c for c in field.choices if c[0] != "")]

    @staticmethod
    def town_choices(locale):
        cities = city_pages_for_choices(locale).values_list("slug", "title")
        return [
            ("", _("Choose your city or town")),
            *cities,
            (Residence.OTHER_CT_TOWN.value, _("Another Connecticut town")),
            (Residence.OUTSIDE_CT.value, _("Outside Connecticut")),
        ]

    @cached_property
    def helper(self):
        """crispy-forms' layout of the whole form, built only when it is rendered
        whole: not for the empty form's kept parts (`visible_parts_key`)."""
        helper = FormHelper(self)
        helper.form_method = "post"
        # Our own messages, in the site's language, rather than the browser's.
        helper.attrs = {"novalidate": ""}
        helper.layout = Layout(*self.visible_layout(), *HIDDEN_FIELDS)
        return helper

    @property
    def visible_parts_helper(self):
        """The form's visible parts alone: for the template to keep them rendered
        (see `visible_parts_key`) and write the form tag and hidden fields itself."""
        helper = FormHelper(self)
        helper.form_tag = False
        helper.disable_csrf = True
        helper.layout = Layout(*self.visible_layout())
        return helper

    def hidden_parts(self):
        """The hidden fields, as `hidden_fields()` gives them, without making
        every field's bound field (and its help text, which reads pages)."""
        return [
            self[name] for name, field in self.fields.items() if field.widget.is_hidden
        ]

    @property
    def visible_parts_key(self):
        """What the visible parts of an empty form depend on, besides the pages
        (towns and practice areas on offer), which the template's key adds as the
        content generation: the language and the two values the request may
        preselect. None when they cannot be kept: a sent form shows the visitor's
        own values and errors, and a town that is not on offer must not make a
        new key."""
        town = self["town"].value()
        if self.is_bound or (town and town not in dict(self.fields["town"].choices)):
            return None
        depends_on = (get_language(), self["preferred_language"].value(), town)
        return hashlib.sha256(repr(depends_on).encode()).hexdigest()

    def visible_layout(self):
        return [
            Fieldset(_("About you"), "full_name", "preferred_language", "town"),
            Fieldset(
                _("How we can reach you"),
                "email",
                "phone",
                "contact_method",
                "best_time",
            ),
            Fieldset(_("Your question"), "matter", "is_urgent", "message"),
            Fieldset(
                _("Other people involved (optional)"),
                HTML(
                    format_html(
                        '<p class="form-text">{}</p>',
                        _(
                            "For example your spouse, the person sponsoring you or "
                            "your employer. We ask only so we can check that we do "
                            "not already represent someone on the other side (a "
                            "conflict of interest). Give only names."
                        ),
                    )
                ),
                *(
                    Div(f"party_{number}_name", f"party_{number}_role")
                    for number in OTHER_PARTY_NUMBERS
                ),
            ),
            Fieldset(
                _("Before you send"), "accepted_disclaimer", "consented_to_contact"
            ),
            Div(
                Field("referral_code"),
                css_class="consultation-extra",
                aria_hidden="true",
            ),
            Submit("send", _("Send my request"), css_class="btn-lg"),
        ]

    def clean_source_url(self):
        return page_address(self.cleaned_data["source_url"])

    def clean(self):
        cleaned_data = super().clean()
        self.check_contact_details(cleaned_data)
        self.check_other_parties(cleaned_data)
        self.record_residence(cleaned_data.get("town", ""))
        self.spam_reason = spam.spam_reason(
            honeypot=cleaned_data.get("referral_code"),
            time_trap_token=cleaned_data.get("form_started", ""),
        )
        return cleaned_data

    def check_contact_details(self, cleaned_data):
        email, phone = cleaned_data.get("email"), cleaned_data.get("phone")
        method = cleaned_data.get("contact_method")
        if "email" in self.errors or "phone" in self.errors:
            return
        if not email and not phone:
            self.add_error(
                "email",
                _("Give us an e-mail address or a phone number, so we can reach you."),
            )
        elif method == ContactMethod.EMAIL and not email:
            self.add_error(
                "email",
                _("You chose to hear from us by e-mail: give your e-mail address."),
            )
        elif method in PHONE_METHODS and not phone:
            self.add_error(
                "phone",
                _("You chose to hear from us by phone: give your phone number."),
            )

    def check_other_parties(self, cleaned_data):
        for number in OTHER_PARTY_NUMBERS:
            name = cleaned_data.get(f"party_{number}_name")
            role = cleaned_data.get(f"party_{number}_role")
            if name and not role:
                self.add_error(f"party_{number}_role", _("Choose this person's role."))
            elif role and not name:
                self.add_error(
                    f"party_{number}_name",
                    _("Give this person's name, or leave the role empty."),
                )

    def record_residence(self, town):
        if town in {Residence.OTHER_CT_TOWN, Residence.OUTSIDE_CT}:
            self.instance.residence, self.instance.city = town, ""
        elif town:
            self.instance.residence = Residence.LISTED_CITY
            self.instance.city = dict(self.fields["town"].choices)[town]
