"""A small page tree for the page-cache tests, with the page cache switched on."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site

from firm_site.core.models import HomePage, StandardPage

from .frontend_cache_backend import PURGED_URLS


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def front_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {
            "BACKEND": "tests.performance.frontend_cache_backend.RecordingBackend"
        }
    }
    PURGED_URLS.clear()
    return PURGED_URLS


@pytest.fixture
def home_page():
    home = HomePage(
        title="Welcome",
        slug="firm-home",
        headline="Immigration lawyers in Connecticut",
        intro="<p>We help families.</p>",
        call_heading="Talk to a lawyer for free",
        call_text="Call us or send the form.",
    )
    Page.get_first_root_node().add_child(instance=home)
    Site.objects.update(root_page=home, hostname="testserver")
    return home


@pytest.fixture
def about_page(home_page):
    about = StandardPage(title="About the firm", slug="about", intro="Who we are.")
    home_page.add_child(instance=about)
    return about
