"""What every page stands on: the firm's settings and the attorneys' profiles
(the pages' own shared fields are in `pages.py`)."""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .brand import check_white_text_contrast, hex_colour_validator


def validate_language_codes(value):
    """Codes Django can name in every language ('en', 'es', 'pt-br')."""
    unknown = [code for code in language_codes(value) if code not in LANG_INFO]
    if unknown:
        raise ValidationError(
            _("Unknown language codes: %(codes)s."),
            params={"codes": ", ".join(unknown)},
        )


def language_codes(value):
    return [code.strip().lower() for code in value.split(",") if code.strip()]


LEGAL_PAGE_HELP = _(
    "Linked at the foot of every page, in the visitor's language when the page is "
    "translated."
)


def tel_href(phone):
    """A `tel:` link for a phone number as people write it (US numbers)."""
    digits = "".join(char for char in phone if char.isdigit())
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}"


@register_snippet
class AttorneyProfile(index.Indexed, models.Model):
    """An attorney of the firm: named as author and reviewer of legal content."""

    name = models.CharField(_("name"), max_length=120)
    bar_admissions = models.CharField(
        _("bar admissions"),
        max_length=255,
        help_text=_("Courts and states, e.g. 'Connecticut; U.S. District Court'."),
    )
    languages = models.CharField(
        _("languages spoken"),
        max_length=120,
        validators=[validate_language_codes],
        help_text=_(
            "Language codes, separated by commas, e.g. 'en, es, pt-br'. Each page "
            "names them in its own language."
        ),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, at least 400 × 400 pixels."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("bar_admissions"),
        FieldPanel("languages"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("attorney profile")
        verbose_name_plural = _("attorney profiles")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def language_codes(self):
        return language_codes(self.languages)

    def page_in(self, locale_id):
        """The attorney's live profile page in one language, or None."""
        return self.pages.live().filter(locale_id=locale_id).first()


@register_setting(icon="site")
class FirmSettings(BaseSiteSetting):
    """The firm's contact facts, shown on every page (Rule 7.2 names an attorney).

    Only facts that read the same in every language live here; the footer's
    office hours and disclaimer are sentences, so they are template strings in
    the message catalogues (docs/i18n.md).
    """

    # Every page without its own sharing image shows this one. The header, the
    # footer and the action bar read the other relations, from cached fragments
    # (base.html) only when one is rendered: joining them all here made the
    # settings' one query the dearest of a page.
    select_related = ["social_image"]

    firm_name = models.CharField(_("firm name"), max_length=120)
    phone = models.CharField(
        _("phone"), max_length=30, help_text=_("As people should dial it.")
    )
    email = models.EmailField(_("public e-mail"), blank=True)
    address = models.TextField(_("office address"), blank=True)
    intake_email = models.EmailField(
        _("intake notification address"),
        blank=True,
        help_text=_("New consultation requests are announced to this address."),
    )
    responsible_attorney = models.ForeignKey(
        AttorneyProfile,
        verbose_name=_("responsible attorney"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The Connecticut attorney responsible for this site (Rule 7.2)."),
    )
    consultation_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("consultation page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where every 'free consultation' button leads."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=LEGAL_PAGE_HELP,
    )
    disclaimer_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal disclaimer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=LEGAL_PAGE_HELP,
    )

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An SVG, or a PNG at least 96 pixels high, that reads on the brand "
            "colour. Without one, the header shows the firm's name."
        ),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=80,
        blank=True,
        help_text=_(
            "A few words under the firm's name on wide screens, shown as written "
            "in every language: places or names read the same in all of them."
        ),
    )
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#12355b",
        validators=[hex_colour_validator],
        help_text=_(
            "The header's and headings' colour, e.g. #12355b. White text must "
            "read on it (contrast of at least 4.5:1)."
        ),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#a33f00",
        validators=[hex_colour_validator],
        help_text=_(
            "The main buttons' colour, e.g. #a33f00. White text must read on it "
            "(contrast of at least 4.5:1)."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without its own social image is shared; "
            "1200 × 630 pixels."
        ),
    )
    urgent_callback_hours = models.PositiveSmallIntegerField(
        _("urgent callback within (hours)"),
        default=2,
        help_text=_(
            "During office hours, how soon we call back an urgent request. "
            "The thank-you page promises it."
        ),
    )
    whatsapp_number = models.CharField(
        _("WhatsApp number"),
        max_length=30,
        blank=True,
        help_text=_(
            "With the country code, e.g. +1 860 555 0100. Leave blank to show "
            "no WhatsApp link."
        ),
    )
    sms_number = models.CharField(
        _("text message number"),
        max_length=30,
        blank=True,
        help_text=_(
            "A number that receives text messages. Leave blank to show no text link."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("firm_name"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("responsible_attorney"),
        FieldPanel("intake_email"),
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("tagline"),
                FieldPanel("brand_colour"),
                FieldPanel("accent_colour"),
                FieldPanel("social_image"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("urgent_callback_hours"),
                FieldPanel("whatsapp_number"),
                FieldPanel("sms_number"),
            ],
            heading=_("Urgent requests and messages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("consultation_page"),
                FieldPanel("privacy_page"),
                FieldPanel("disclaimer_page"),
            ],
            heading=_("Pages"),
        ),
    ]

    class Meta:
        verbose_name = _("firm settings")

    def clean(self):
        super().clean()
        errors = {}
        for field_name in ("brand_colour", "accent_colour"):
            try:
                check_white_text_contrast(field_name, getattr(self, field_name))
            except ValidationError as error:
                errors.update(error.message_dict)
        if errors:
            raise ValidationError(errors)

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def whatsapp_href(self):
        """A plain wa.me link: no widget, nothing loaded from WhatsApp."""
        return "https://wa.me/" + tel_href(self.whatsapp_number).removeprefix("tel:+")

    @property
    def sms_href(self):
        return "sms:" + tel_href(self.sms_number).removeprefix("tel:")

    @property
    def brand_version(self):
        """Changes with the colours, so browsers may keep /brand.css for a year."""
        return (self.brand_colour + self.accent_colour).replace("#", "")
