"""The front page, the plain pages, the attorneys, the practice areas, the rights.

They sit above articles and cities, which the home page lists.
"""

from django.conf import settings
from django.db import models
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cities.models import with_images
from consultations.choices import Matter
from firm_site.articles.models import ArticlePage
from firm_site.base.blocks import BodyStreamBlock
from firm_site.base.languages import localized
from firm_site.base.models import AttorneyProfile, FirmSettings
from firm_site.base.pages import BasePage, ReviewedContent

RIGHTS_CARD_MAX_LINES = 9


class HomePage(BasePage):
    """The front page: who the firm is, the free consultation, cities, articles."""

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    headline = models.CharField(_("headline"), max_length=150)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Beside the headline; at least 1600 × 900 pixels."),
    )
    hero_image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in the page's "
            "language. Required with an image."
        ),
    )
    call_heading = models.CharField(
        _("consultation call heading"),
        max_length=120,
        help_text=_("e.g. 'Talk to an immigration lawyer for free'."),
    )
    call_text = models.TextField(
        _("consultation call text"), help_text=_("One or two short sentences.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("headline"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        MultiFieldPanel(
            [FieldPanel("call_heading"), FieldPanel("call_text")],
            heading=_("Free consultation"),
        ),
        InlinePanel("featured_cities", label=_("Featured city pages"), max_num=6),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        super().clean()
        self.require_image_description("hero_image", "hero_image_alt")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = ArticlePage.objects.latest_in(self.locale_id)[:3]
        return context

    @cached_property
    def live_featured_cities(self):
        """Read by the page's body only, so a cached body costs no query."""
        return with_images(
            localized(
                [
                    link.city
                    for link in self.featured_cities.select_related("city")
                    if link.city and link.city.live
                ],
                self.locale_id,
            )
        )


class HomePageFeaturedCity(Orderable):
    page = ParentalKey(HomePage, related_name="featured_cities")
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("city")]


class StandardPage(BasePage, ReviewedContent):  # noqa: DJ008 (Page has __str__)
    """A plain page: About, Privacy policy, Legal disclaimer."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.AttorneyPage"]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    is_legal_information = models.BooleanField(
        _("legal information"),
        default=True,
        help_text=_(
            "Shows the 'general information, not legal advice' note. Turn it off "
            "for pages about the firm or the site, such as the privacy policy."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("is_legal_information"),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attorney_pages"] = (
            AttorneyPage.objects.child_of(self)
            .live()
            .select_related("attorney__photo")
            .order_by("path")
        )
        if self.is_privacy_policy(request):
            context["retention_days"] = settings.CONSULTATION_RETENTION_DAYS
        return context

    def is_privacy_policy(self, request):
        """The firm's privacy page, in any language, states the retention period."""
        privacy_page = FirmSettings.for_request(request).privacy_page
        return privacy_page is not None and (
            privacy_page.translation_key == self.translation_key
        )


class AttorneyPage(BasePage):
    """One attorney's profile: photo, biography, admissions, languages, memberships.

    The facts that read the same in every language (name, photo, bar admissions,
    languages) live on the attorney's profile snippet; the words live here.
    """

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    attorney = models.ForeignKey(
        AttorneyProfile,
        verbose_name=_("attorney"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_("The profile with the attorney's photo, admissions and languages."),
    )
    role = models.CharField(
        _("role"), max_length=120, help_text=_("e.g. 'Attorney', 'Associate'.")
    )
    biography = RichTextField(
        _("biography"), features=["bold", "italic", "link"], help_text=_("Plain words.")
    )
    memberships = StreamField(
        [("membership", blocks.CharBlock(label=_("Membership")))],
        verbose_name=_("memberships"),
        blank=True,
        help_text=_("Professional associations, one per line."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("attorney"),
        FieldPanel("role"),
        FieldPanel("biography"),
        FieldPanel("memberships"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("biography")]

    class Meta:
        verbose_name = _("attorney page")


class PracticeAreaIndexPage(BasePage):
    """The list of what the firm helps with: one page per practice area."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PracticeAreaPage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("practice area index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practice_areas"] = (
            PracticeAreaPage.objects.child_of(self).live().order_by("title")
        )
        return context


class PracticeAreaPage(BasePage, ReviewedContent):  # noqa: DJ008 (Page has __str__)
    """One kind of case (asylum, DACA): who it is for, steps, documents, FAQ, fee."""

    parent_page_types = ["home.PracticeAreaIndexPage"]
    subpage_types = []

    matter = models.CharField(
        _("consultation form matter"),
        max_length=20,
        choices=Matter.choices,
        blank=True,
        help_text=_("The form links this choice of 'what kind of help' to this page."),
    )
    intro = models.TextField(_("introduction"))
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Who it is for, and common questions (an FAQ block)."),
    )
    steps = StreamField(
        [("step", blocks.CharBlock(label=_("Step")))],
        verbose_name=_("typical steps"),
        blank=True,
    )
    documents = StreamField(
        [("document", blocks.CharBlock(label=_("Document")))],
        verbose_name=_("documents to bring"),
        blank=True,
        help_text=_("What to bring to the first consultation."),
    )
    fee_policy = models.TextField(
        _("first consultation fee"),
        help_text=_("What the first consultation costs and how long it lasts."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("matter"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("steps"),
        FieldPanel("documents"),
        FieldPanel("fee_policy"),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_description"),
    ]

    class Meta:
        verbose_name = _("practice area page")


def practice_area_pages_by_matter(locale):
    """The live practice-area pages of one language by form matter, for the form."""
    pages = PracticeAreaPage.objects.live().filter(locale=locale).exclude(matter="")
    return {page.matter: page for page in pages}


class KnowYourRightsPage(RoutablePageMixin, BasePage, ReviewedContent):  # noqa: DJ008
    """What to do if ICE comes, and a printable one-page card of the same advice."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    card_lines = StreamField(
        [("line", blocks.CharBlock(label=_("Line"), max_length=120))],
        verbose_name=_("rights card lines"),
        max_num=RIGHTS_CARD_MAX_LINES,
        help_text=_("The printable card: at most nine short lines to fit one page."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("card_lines"),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("know-your-rights page")

    # Translators: the printable rights card's address: one word of the
    # language, lowercase, no accents, ending in "/".
    @path(_("card/"), name="card")
    def card(self, request):
        """The card alone, laid out to print on one page."""
        return self.render(request, template="home/rights_card.html")

    @path("card/", name="card_in_english")
    def card_in_english(self, request):
        """The Spanish and Portuguese cards had the English address before they
        had their own: a printed or shared link leads to the new one."""
        return redirect(
            self.get_url(request) + self.reverse_subpage("card"), permanent=True
        )
