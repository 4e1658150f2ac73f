"""The articles' RSS and Atom feeds, built with Django's syndication framework."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext

from firm_site.base.models import FirmSettings


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        """Named for the firm: a feed reader lists it among other sites' feeds."""
        return gettext("%(firm)s — %(feed)s") % {
            "firm": FirmSettings.for_request(self.request).firm_name,
            "feed": self.index_page.seo_title or self.index_page.title,
        }

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.intro

    def items(self):
        return self.index_page.articles()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        """The date the article shows, not when its page was first saved.

        At midnight, which the feed framework places in the site's time zone.
        """
        return datetime.datetime.combine(item.published_date, datetime.time())

    def item_author_name(self, item):
        return item.author.name if item.author else None


class ArticleAtomFeed(ArticleFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()

    def item_updateddate(self, item):
        return item.last_published_at
