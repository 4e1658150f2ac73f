"""Articles: the firm's plain-language explanations, with tags and a feed."""

import math

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
    PageQuerySet,
    PageViewRestriction,
)
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from firm_site.base.blocks import BodyStreamBlock
from firm_site.base.languages import localized
from firm_site.base.pages import BasePage, ReviewedContent

ARTICLES_PER_PAGE = 10
WORDS_READ_PER_MINUTE = 200


class ArticleIndexPage(RoutablePageMixin, BasePage):
    """The list of articles, newest first, filterable by tag, with a feed."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("article index page")

    def articles(self):
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("author")
            .order_by("-published_date", "-pk")
        )

    @path("")
    def article_list(self, request):
        articles = self.articles()
        tag = request.GET.get("tag", "").strip()
        if tag:
            articles = articles.filter(tags__slug=tag)
        current_tag_name = (
            Tag.objects.filter(slug=tag).values_list("name", flat=True).first()
            if tag
            else None
        )
        paginator = Paginator(articles, ARTICLES_PER_PAGE)
        try:
            page_of_articles = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_articles = paginator.page(1)
        return self.render(
            request,
            context_overrides={
                "articles": page_of_articles,
                "current_tag": tag,
                "current_tag_name": current_tag_name,
                "tags": self.tags_in_use(),
            },
        )

    def query_kept_in(self, translation, query):
        """The tag of `query` when the translation's articles carry it too.

        Tags are words of one language: "sanctuary cities" is "ciudades
        santuario" in Spanish, another tag, and nothing links the two. A name
        such as "ICE" or "DACA" reads the same in every language and is one tag,
        so a visitor switching language keeps it. Asked by the language
        switcher (firm_site/base/languages.py), only when a tag is chosen.
        """
        tag = query.get("tag", "").strip()
        tagged_there = ArticlePage.objects.child_of(translation).live().public()
        if tag and tagged_there.filter(tags__slug=tag).exists():
            return {"tag": tag}
        return {}

    def tags_in_use(self):
        """The tags of this index's live articles, for the filter links."""
        return (
            Tag.objects.filter(
                articles_articlepagetag_items__content_object__in=self.articles()
            )
            .distinct()
            .order_by("name")
        )

    @path("feed/")
    def feed(self, request):
        from .feeds import ArticleFeed

        return ArticleFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from .feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePageQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's rule (under a page with a view restriction), as a subquery of
        the listing's own query instead of a query of every restriction first."""
        restriction_above = PageViewRestriction.objects.filter(
            StartsWith(OuterRef("path"), F("page__path"))
        )
        return Q(Exists(restriction_above))

    def latest_in(self, locale):
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("author")
            .order_by("-published_date", "-pk")
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticlePage(BasePage, ReviewedContent):
    """One article, written by an attorney, linked to the cities it is about."""

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown in lists.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    author = models.ForeignKey(
        "core.AttorneyProfile",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    published_date = models.DateField(
        _("first published"), help_text=_("Shown to readers; sorts the list.")
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    objects = ArticlePageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("published_date"), FieldPanel("tags")],
            heading=_("About this article"),
        ),
        InlinePanel("related_city_links", label=_("Related cities")),
        *ReviewedContent.review_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("published_date"),
    ]
    # Tags are words of one language: each translation keeps its own, and
    # wagtail-localize neither translates them nor copies them from the source.
    override_translatable_fields = [
        BaseTranslatableField("tags"),
        BaseTranslatableField("tagged_items"),
    ]

    class Meta:
        verbose_name = _("article")

    @property
    def reading_minutes(self):
        words = len(strip_tags(str(self.body)).split())
        return max(1, math.ceil(words / WORDS_READ_PER_MINUTE))

    @cached_property
    def live_related_cities(self):
        """Read by the page's body only, so a cached body costs no query."""
        return localized(
            [
                link.city
                for link in self.related_city_links.select_related("city")
                if link.city.live
            ],
            self.locale_id,
        )


class ArticleRelatedCity(Orderable):
    page = ParentalKey(ArticlePage, related_name="related_city_links")
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city page"),
        on_delete=models.CASCADE,
        related_name="article_links",
    )

    panels = [FieldPanel("city")]
