"""The demo site built from firm_site/demo/content/, once for this package."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.forms.models import model_to_dict
from wagtail.models import Locale, Page, Revision, Site

from cities.models import CityIndexPage, CityPage
from consultations.models import ConsultationPage
from firm_site.articles.models import ArticlePage, ArticlePageTag
from firm_site.base.models import AttorneyProfile, FirmSettings
from firm_site.home.models import HomePage, HomePageFeaturedCity, StandardPage
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def load_demo_content():
    """Run the loader again, over the package's demo site (tests/demo/conftest.py)."""
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def english(model):
    """The demo's pages in the default language (translations are checked elsewhere)."""
    return model.objects.filter(locale=Locale.get_default())


def snapshot():
    """What a second run must leave exactly as it was."""
    site = Site.objects.get(is_default_site=True)
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("path", "latest_revision_id")
        ),
        "revisions": Revision.objects.count(),
        "attorneys": list(AttorneyProfile.objects.values()),
        "sites": list(Site.objects.values()),
        "settings": model_to_dict(FirmSettings.objects.get(site=site)),
        "featured_cities": list(
            HomePageFeaturedCity.objects.order_by("pk").values_list("page", "city")
        ),
        "tags": list(
            ArticlePageTag.objects.order_by("pk").values_list("content_object", "tag")
        ),
    }


def test_site_root_is_the_home_page_on_localhost(demo_site):
    assert isinstance(demo_site.root_page.specific, HomePage)
    assert (demo_site.hostname, demo_site.port) == ("localhost", 80)
    assert Site.objects.count() == 1


def test_replaces_wagtails_welcome_page(demo_site):
    root = Page.get_first_root_node()

    assert {page.specific_class for page in root.get_children()} == {HomePage}


def test_builds_the_four_city_pages_under_cities(demo_site):
    city_index = english(CityIndexPage).get()
    cities = CityPage.objects.child_of(city_index).order_by("title")

    assert city_index.slug == "cities"
    assert [(city.title, city.county) for city in cities] == [
        ("Hartford", "Hartford County"),
        ("New Haven", "New Haven County"),
        ("New London", "New London County"),
        ("Windham", "Windham County"),
    ]


def test_cities_say_what_police_will_and_will_not_do(demo_site):
    for city in english(CityPage):
        kinds = {block.block_type for block in city.police_practices}
        assert kinds == {"will", "will_not"}
        assert city.exceptions
        assert city.last_reviewed
        assert city.reviewed_by.name == "James A. Welcome"


def test_only_cities_whose_source_names_exceptions_list_them(demo_site):
    """New London and Windham's policies are about profiling: no exceptions claimed."""
    exceptions = {city.slug: city.exceptions for city in english(CityPage)}

    assert exceptions["hartford"] == "Criminal investigations and security threats"
    assert exceptions["new-haven"] == "Criminal investigations and security threats"
    assert exceptions["new-london"].startswith("Our source does not describe")
    assert exceptions["windham"].startswith("Our source does not list")


def test_city_index_explains_the_statewide_trust_act(demo_site):
    city_index = english(CityIndexPage).get()

    assert "Trust Act" in city_index.statewide_heading
    assert "federal immigration law" in city_index.statewide_law


def test_writes_the_sanctuary_cities_article_about_all_four_cities(demo_site):
    article = english(ArticlePage).get()
    block_types = {block.block_type for block in article.body}

    assert article.get_parent().slug == "articles"
    assert str(article.published_date) == "2023-10-20"
    assert article.author.name == "James A. Welcome"
    assert {"heading", "paragraph", "list", "callout", "faq"} <= block_types
    assert article.related_city_links.count() == 4
    assert article.tags.exists()


def test_builds_the_standard_and_consultation_pages(demo_site):
    home = demo_site.root_page
    standard_slugs = set(
        StandardPage.objects.child_of(home).values_list("slug", flat=True)
    )

    assert standard_slugs == {"about", "privacy-policy", "legal-disclaimer"}
    assert ConsultationPage.objects.child_of(home).get().slug == "free-consultation"


def test_legal_pages_carry_a_review_date(demo_site):
    for slug in ("privacy-policy", "legal-disclaimer"):
        assert english(StandardPage).get(slug=slug).last_reviewed


def test_menus_show_the_main_sections_and_the_consultation(demo_site):
    in_menu = set(
        demo_site.root_page.get_children().in_menu().values_list("slug", flat=True)
    )

    assert in_menu == {
        "cities",
        "articles",
        "about",
        "practice-areas",
        "know-your-rights",
        "free-consultation",
    }


def test_every_page_is_published_with_a_revision(demo_site):
    pages = demo_site.root_page.get_descendants(inclusive=True)

    assert pages.count() == 22
    assert not pages.filter(live=False).exists()
    assert not pages.filter(latest_revision__isnull=True).exists()
    assert not pages.filter(has_unpublished_changes=True).exists()


def test_fills_the_firm_settings(demo_site):
    firm = FirmSettings.objects.get(site=demo_site)

    assert firm.firm_name == "The Law Offices of James A. Welcome"
    assert firm.phone == "(203) 753-7300"
    assert firm.intake_email
    assert firm.responsible_attorney.bar_admissions == "Connecticut"
    assert firm.consultation_page.specific_class is ConsultationPage
    assert (firm.privacy_page.slug, firm.disclaimer_page.slug) == (
        "privacy-policy",
        "legal-disclaimer",
    )


def test_reads_every_language_folder_the_site_has(demo_site):
    hartford = english(CityPage).get(slug="hartford")

    assert hartford.get_translation(Locale.objects.get(language_code="es")).live


def test_running_twice_changes_nothing(demo_site):
    before = snapshot()

    load_demo_content()

    assert snapshot() == before


def test_second_run_reports_that_it_kept_everything(demo_site):
    output = load_demo_content()

    assert "Created" not in output
    assert "Kept page /home/cities/hartford/." in output


def test_keeps_settings_an_editor_changed(demo_site):
    FirmSettings.objects.filter(site=demo_site).update(phone="(860) 555-0100")

    load_demo_content()

    assert FirmSettings.objects.get(site=demo_site).phone == "(860) 555-0100"


def test_privacy_policy_says_what_the_form_does_not_collect(client, demo_site):
    response = client.get("/en/privacy-policy/")
    text = visible_text(parse(response))

    assert response.status_code == 200
    assert "We never ask about your immigration status." in text
    assert "IP address" in text
    assert "no trackers" in text.lower()


def test_every_demo_page_renders_with_its_title(client, demo_site):
    for page in demo_site.root_page.get_descendants().specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in visible_text(parse(response)), page.url


def test_demo_home_page_renders_its_headline(client, demo_site):
    response = client.get("/en/")

    assert demo_site.root_page.specific.headline in visible_text(parse(response))
