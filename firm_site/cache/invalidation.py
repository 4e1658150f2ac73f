"""Forget every cached page when anything a public page shows has changed.

Pages show each other (cities on the home page and the city index, articles on city
pages, the firm's settings in every footer), so working out which pages one change
touches would be fragile. A change is rare and a page is cheap to render again, so
every change starts a new page-cache generation and purges the whole site from the
front cache (Varnish or a CDN) once the change is committed. The purge jumps the
task queue: after a burst of consultation requests, e-mails can wait a few seconds,
stale pages should not.
"""

import functools

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks.base import TASK_MAX_PRIORITY
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import start_new_generation

EVERYTHING_UNDER = "/*"


@functools.cache
def shown_on_pages():
    """Models besides pages whose rows appear on public pages.

    The apps' own models are named in `PAGE_CACHE_SHOWN_MODELS`, so this package
    imports none of them.
    """
    named = tuple(apps.get_model(label) for label in settings.PAGE_CACHE_SHOWN_MODELS)
    return (*named, BaseSiteSetting, Site, get_image_model())


def forget_all_pages():
    start_new_generation()
    purge_front_cache()


def purge_front_cache():
    """One purge per site; our Varnish config and CloudFront read `/*` as a prefix."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = [site.root_url + EVERYTHING_UNDER for site in Site.objects.all()]
    if urls:
        purge_urls_from_cache_task.using(priority=TASK_MAX_PRIORITY).enqueue(urls)


def forget_all_pages_on_commit(**kwargs):
    transaction.on_commit(forget_all_pages)


def forget_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_all_pages_on_commit()


def forget_on_change_of_shown_model(sender, instance, **kwargs):
    if isinstance(instance, shown_on_pages()):
        forget_all_pages_on_commit()


def connect_signal_handlers():
    page_published.connect(forget_all_pages_on_commit)
    page_unpublished.connect(forget_all_pages_on_commit)
    post_page_move.connect(forget_all_pages_on_commit)
    post_delete.connect(forget_on_page_delete)
    post_save.connect(forget_on_change_of_shown_model)
    post_delete.connect(forget_on_change_of_shown_model)
