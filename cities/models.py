"""City pages: what each Connecticut city's immigration policy means in practice."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from firm_site.articles.models import ArticlePage, ArticleRelatedCity
from firm_site.base.blocks import BodyStreamBlock
from firm_site.base.pages import BasePage, ReviewedContent

from .choices import PolicyStatus, SourceKind

RELATED_ARTICLES_SHOWN = 6


class CityIndexPage(BasePage):
    """The list of city pages, a comparison table and the statewide law."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"))
    statewide_heading = models.CharField(_("statewide law heading"), max_length=120)
    statewide_law = RichTextField(
        _("statewide law"),
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("What Connecticut law says for every town, sanctuary or not."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("statewide_heading"), FieldPanel("statewide_law")],
            heading=_("Statewide law"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("statewide_law"),
    ]

    class Meta:
        verbose_name = _("city index page")

    @cached_property
    def live_cities(self):
        """Read by the page's body only, so a cached body costs no query."""
        return with_images(CityPage.objects.child_of(self).live().order_by("title"))


class PolicePracticeBlock(blocks.StreamBlock):
    will = blocks.CharBlock(label=_("Police will"), icon="tick")
    will_not = blocks.CharBlock(label=_("Police will not"), icon="cross")


class CityPage(BasePage, ReviewedContent):
    """One city's policy: what local police will and will not do, and its source."""

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    county = models.CharField(_("county"), max_length=80)
    policy_status = models.CharField(
        _("policy status"),
        max_length=20,
        choices=PolicyStatus.choices,
        default=PolicyStatus.SANCTUARY,
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three plain sentences for the city list.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A picture of the city, at least 1600 × 900 pixels: at the top of the "
            "page, on the city's card, and when the page is shared."
        ),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in the page's "
            "language. Required with an image."
        ),
    )
    police_will_not_ask = models.CharField(
        _("what police will not ask"),
        max_length=255,
        help_text=_("One line for the comparison table."),
    )
    after_arrest = models.CharField(
        _("what happens after an arrest"),
        max_length=255,
        help_text=_("One line for the comparison table."),
    )
    exceptions = models.CharField(
        _("exceptions"),
        max_length=255,
        help_text=_("When police may still work with ICE, e.g. security threats."),
    )
    police_practices = StreamField(
        PolicePracticeBlock(),
        verbose_name=_("what local police will and will not do"),
        blank=True,
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    source_kind = models.CharField(
        _("kind of source"), max_length=20, choices=SourceKind.choices, blank=True
    )
    source_title = models.CharField(_("source title"), max_length=200, blank=True)
    source_date = models.DateField(_("source date"), null=True, blank=True)
    source_url = models.URLField(_("source link"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("county"),
        FieldPanel("policy_status"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
        ),
        MultiFieldPanel(
            [
                FieldPanel("police_will_not_ask"),
                FieldPanel("after_arrest"),
                FieldPanel("exceptions"),
            ],
            heading=_("Key facts"),
        ),
        FieldPanel("police_practices"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("source_kind"),
                FieldPanel("source_title"),
                FieldPanel("source_date"),
                FieldPanel("source_url"),
            ],
            heading=_("Policy source"),
        ),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("policy_status"),
    ]

    class Meta:
        verbose_name = _("city page")

    def clean(self):
        super().clean()
        self.require_image_description("image", "image_alt")

    def get_sharing_image(self):
        """The editor's social image, else the city's own picture."""
        return super().get_sharing_image() or (self.image if self.image_id else None)

    @property
    def police_will(self):
        return self._police_practices_of_kind("will")

    @property
    def police_will_not(self):
        return self._police_practices_of_kind("will_not")

    def _police_practices_of_kind(self, kind):
        return [
            block.value for block in self.police_practices if block.block_type == kind
        ]

    @cached_property
    def related_articles(self):
        """Read by the page's body only, so a cached body costs no query.

        The newest live articles in this page's language linking to this city.

        A translated article keeps its source's links, to the source's cities, so
        links to every translation of this city count.
        """
        links_here = ArticleRelatedCity.objects.filter(
            city__translation_key=self.translation_key
        )
        return list(
            ArticlePage.objects.latest_in(self.locale_id).filter(
                translation_key__in=links_here.values("page__translation_key")
            )[:RELATED_ARTICLES_SHOWN]
        )


def with_images(city_pages):
    """The pages, their images and the images' renditions fetched in three
    queries however many cities a listing shows."""
    city_pages = list(city_pages)
    prefetch_related_objects(city_pages, "image__renditions")
    return city_pages


def city_pages_for_choices(locale):
    """The live city pages of one language, for the consultation form's choices."""
    return CityPage.objects.live().filter(locale=locale).order_by("title")
