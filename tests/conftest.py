"""Shared fixtures: a temporary MEDIA_ROOT, a clean cache, a small page tree and an
unreachable Redis.

``site_tree`` builds everything at once; the single fixtures (``home_page``,
``city_page``, ``article_page``, ``firm_settings``...) build only what they need.
The default site (localhost:80) has ``home_page`` as its root, so pages are
served at /en/... by the test client.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import override_settings
from wagtail.models import Site

from tests.database_rows import dump_rows
from tests.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    AttorneyProfileFactory,
    CityIndexPageFactory,
    CityPageFactory,
    ConsultationPageFactory,
    FirmSettingsFactory,
    HomePageFactory,
    StandardPageFactory,
    UserFactory,
    feature_cities,
)
from tests.second_factor import SecondFactorClient


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """One temporary MEDIA_ROOT for the run, set before any fixture builds pages:
    the demo site, built once per package, draws its images there, and every
    test of the package reads them."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(scope="session")
def migrated_rows_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("migrated_rows")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, migrated_rows_folder):
    """pytest-django's test database, and its rows as migrations made them, kept
    before any test can change them (`migrated_rows`)."""
    with django_db_blocker.unblock():
        dump_rows(migrated_rows_folder)


@pytest.fixture(scope="session")
def migrated_rows(django_db_setup, migrated_rows_folder):
    """Fixture files of what migrations made, for `tests.database_rows.restore_rows`
    in a transactional test that needs them: one that ran before emptied the
    database."""
    return sorted(migrated_rows_folder.glob("*.json"))


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths, the page cache pages: a rolled-back test
    must not leave them."""
    clear_caches()
    yield
    clear_caches()


def clear_caches():
    for each in caches.all():
        each.clear()


@pytest.fixture
def unreachable_redis(settings):
    """The production cache backend, pointed at a port where no Redis listens."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        },
    }


@pytest.fixture
def attorney(db):
    return AttorneyProfileFactory()


@pytest.fixture
def home_page(db):
    home = HomePageFactory()
    Site.objects.update_or_create(
        hostname="localhost",
        port=80,
        defaults={"root_page": home, "is_default_site": True, "site_name": "Test"},
    )
    return home


@pytest.fixture
def default_site(home_page):
    return home_page.get_site()


@pytest.fixture
def city_index(home_page):
    return CityIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def city_page(city_index, attorney):
    return CityPageFactory(
        parent=city_index,
        title="Hartford",
        county="Hartford County",
        summary="Hartford police do not ask about immigration status at an arrest.",
        reviewed_by=attorney,
    )


@pytest.fixture
def article_index(home_page):
    return ArticleIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def article_page(article_index, city_page, attorney):
    return ArticlePageFactory(
        parent=article_index,
        title="Connecticut's sanctuary cities",
        intro="Four cities limit how their police work with ICE.",
        author=attorney,
        tags=["sanctuary cities", "ICE"],
        related_cities=[city_page],
    )


@pytest.fixture
def consultation_page(home_page):
    return ConsultationPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def about_page(home_page):
    return StandardPageFactory(
        parent=home_page, title="About the firm", slug="about", show_in_menus=True
    )


@pytest.fixture
def privacy_page(home_page, attorney):
    return StandardPageFactory(
        parent=home_page,
        title="Privacy policy",
        slug="privacy-policy",
        intro="What the consultation form collects, and what it never collects.",
        last_reviewed=datetime.date(2026, 11, 1),
        reviewed_by=attorney,
    )


@pytest.fixture
def firm_settings(default_site, attorney, consultation_page):
    return FirmSettingsFactory(
        site=default_site,
        responsible_attorney=attorney,
        consultation_page=consultation_page,
    )


@pytest.fixture
def site_tree(
    home_page,
    city_index,
    city_page,
    article_index,
    article_page,
    consultation_page,
    about_page,
    privacy_page,
    firm_settings,
):
    """The whole small site; each page is also an attribute of the result."""
    feature_cities(home_page, [city_page])
    firm_settings.privacy_page = privacy_page
    firm_settings.save()
    return SimpleNamespace(
        home=home_page,
        city_index=city_index,
        city=city_page,
        article_index=article_index,
        article=article_page,
        consultation=consultation_page,
        about=about_page,
        privacy=privacy_page,
        settings=firm_settings,
    )


@pytest.fixture
def staff_user(db):
    return UserFactory(is_staff=True)


# Staff sign in with a password and a second factor (firm_site/users/): the test
# clients' force_login gives both, so admin tests see what signed-in staff see.
# tests/security/ checks the second factor itself with plain clients.


@pytest.fixture
def client():
    return SecondFactorClient()


@pytest.fixture
def admin_client(admin_user):
    client = SecondFactorClient()
    client.force_login(admin_user)
    return client


def user_in_group(username, group_name=None, **extra):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@firm.example",
        password="a long staff password",  # noqa: S106
        first_name=username.capitalize(),
        **extra,
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def intake_user(db):
    return user_in_group("ines", "Intake")


@pytest.fixture
def attorney_user(db):
    return user_in_group("alba", "Attorneys")


@pytest.fixture
def editor_user(db):
    return user_in_group("edgar", "Editors")


@pytest.fixture
def superuser(db):
    return user_in_group("sofia", is_staff=True, is_superuser=True)
