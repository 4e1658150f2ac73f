"""The front page and the plain pages (About, Privacy, Disclaimer).

They sit above articles and cities, which the home page lists.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from firm_site.articles.models import ArticlePage
from firm_site.base.blocks import BodyStreamBlock
from firm_site.base.languages import localized
from firm_site.base.models import BasePage, ReviewedContent


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
        help_text=_(
            "Beside the headline; at least 1600 × 900 pixels. The image's "
            "description is its alt text: describe what it shows."
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
        MultiFieldPanel(
            [FieldPanel("call_heading"), FieldPanel("call_text")],
            heading=_("Free consultation"),
        ),
        InlinePanel("featured_cities", label=_("Featured city pages"), max_num=6),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_cities"] = localized(
            [
                link.city
                for link in self.featured_cities.select_related("city")
                if link.city and link.city.live
            ],
            self.locale_id,
        )
        context["latest_articles"] = ArticlePage.objects.latest_in(self.locale_id)[:3]
        return context


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
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
