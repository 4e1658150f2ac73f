"""A database built before HomePage and StandardPage moved to `firm_site.home`
(core.0004, home.0001) migrates forward with its pages and their content intact.

The test rolls the test database back to that head with Django's migration
executor, builds pages there through the historical models, and migrates to
today's head. It runs on whichever database the suite uses: SQLite by default,
PostgreSQL with DATABASE_URL.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page

from cities.models import CityPage
from firm_site.home.models import HomePage, StandardPage
from tests.database_rows import restore_rows

# Schema changes need real transactions.
pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_HOME_APP = [
    ("core", "0003_footer_sentences_in_the_catalogues"),
    ("home", None),
]


def migrate(targets=None):
    """Migrate to `targets` (today's head when None); the state's apps."""
    executor = MigrationExecutor(connection)
    state = executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return state.apps


@pytest.fixture
def apps_before_the_home_app(transactional_db, migrated_rows):
    """The historical apps at the old head, from what migrations made (a
    transactional test that ran before emptied the database); today's head again
    afterwards."""
    restore_rows(migrated_rows)
    yield migrate(BEFORE_THE_HOME_APP)
    migrate()


class OldTree:
    """Adds pages the way Wagtail's tree stores them, with historical models."""

    def __init__(self, apps):
        self.apps = apps
        self.locale = apps.get_model("wagtailcore", "Locale").objects.first()

    def add(self, parent, model_name, **fields):
        model = self.apps.get_model(model_name)
        content_type, _ = self.apps.get_model(
            "contenttypes", "ContentType"
        ).objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        parent.numchild += 1
        parent.save(update_fields=["numchild"])
        return model.objects.create(
            path=f"{parent.path}{parent.numchild:04d}",
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{fields['slug']}/",
            draft_title=fields["title"],
            content_type=content_type,
            locale=self.locale,
            **fields,
        )


def test_pages_built_before_the_home_app_are_home_pages_after_it(
    apps_before_the_home_app,
):
    apps = apps_before_the_home_app
    tree = OldTree(apps)
    root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    home = tree.add(
        root,
        "core.HomePage",
        title="Home",
        slug="old-home",
        headline="Immigration lawyers in Connecticut",
        intro="<p>We answer in English and Spanish.</p>",
        call_heading="Talk to a lawyer for free",
        call_text="Call us today.",
    )
    about = tree.add(
        home, "core.StandardPage", title="About", slug="about", intro="Since 1990."
    )
    city_index = tree.add(
        home, "cities.CityIndexPage", title="Cities", slug="cities", intro="Four."
    )
    city = tree.add(
        city_index,
        "cities.CityPage",
        title="Hartford",
        slug="hartford",
        county="Hartford County",
    )
    apps.get_model("core", "HomePageFeaturedCity").objects.create(
        page=home, city=city, sort_order=0
    )

    migrate()

    moved_home = Page.objects.get(pk=home.pk).specific
    moved_about = Page.objects.get(pk=about.pk).specific
    assert type(moved_home) is HomePage
    assert type(moved_about) is StandardPage
    assert {moved_home.content_type.app_label, moved_about.content_type.app_label} == {
        "home"
    }
    assert (
        moved_home.headline,
        moved_home.intro,
        moved_home.call_heading,
        moved_home.call_text,
    ) == (
        "Immigration lawyers in Connecticut",
        "<p>We answer in English and Spanish.</p>",
        "Talk to a lawyer for free",
        "Call us today.",
    )
    assert moved_about.intro == "Since 1990."
    assert [featured.city for featured in moved_home.featured_cities.all()] == [
        CityPage.objects.get(pk=city.pk)
    ]
    assert moved_about.get_parent().pk == moved_home.pk
