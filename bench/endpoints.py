"""Where the benchmark finds the site's pages and data in its database."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from cities.models import CityIndexPage, CityPage
from consultations.models import (
    ConsultationCalendar,
    ConsultationPage,
    ConsultationRequest,
)
from firm_site.articles.models import ArticlePage
from firm_site.home.models import HomePage

from .intake_volume import intake_summary
from .stack import StackError


@dataclass
class Endpoints:
    """Where the site's pages live in this database."""

    public: dict = field(default_factory=dict)
    consultation: str = ""
    admin: dict = field(default_factory=dict)
    # A reference for the admin rows: Wagtail's own listing at its plainest (a
    # few calendars, four columns, no filters), behind the same middleware.
    wagtail_listing: str = ""

    @classmethod
    def find(cls):
        listing = reverse(ConsultationRequest.snippet_viewset.get_url_name("list"))
        return cls(
            public={
                "home": first_in_english(HomePage).url,
                "city index": first_in_english(CityIndexPage).url,
                "city page": city_to_publish().url,
                "article": first_in_english(ArticlePage).url,
            },
            consultation=first_in_english(ConsultationPage).url,
            admin={
                "admin listing": listing,
                "admin search": listing + "?q=Silva&matter=asylum&is_urgent=true",
            },
            wagtail_listing=reverse(
                ConsultationCalendar.snippet_viewset.get_url_name("list")
            ),
        )


def first_in_english(model):
    return model.objects.live().filter(locale=Locale.get_default()).order_by("path")[0]


def city_to_publish():
    """Hartford, a demo city every run has, in the site's default language."""
    return CityPage.objects.live().get(slug="hartford", locale=Locale.get_default())


def database_has_requests():
    try:
        return ConsultationRequest.objects.exists()
    except Exception:  # noqa: BLE001 - a missing database or table means: build it
        return False


def volume_summary():
    return (
        f"{CityPage.objects.live().count()} city pages, "
        f"{ArticlePage.objects.live().count()} articles, "
        f"{ConsultationRequest.objects.count():,} consultation requests, "
        f"{intake_summary()}"
    )


def bench_staff_member():
    """The attorney whose session the admin rows are measured with."""
    user, created = get_user_model().objects.get_or_create(
        username="bench-attorney", defaults={"email": "bench@example.com"}
    )
    if created:
        attorneys = Group.objects.filter(name="Attorneys").first()
        if attorneys:
            user.groups.add(attorneys)
        else:
            user.is_superuser = True
            user.save()
    return user


def queries_for(client, path):
    """The SQL queries one GET of `path` makes, in this process."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code != 200:
        raise StackError(f"{path} answered {response.status_code}")
    return len(captured)
