"""Factories for the firm's pages, attorney profiles, users and settings.

Page factories build a valid page with plain demo words; pass ``parent=`` to
place it in a tree (``tests/conftest.py`` has fixtures that build one).
StreamFields take Wagtail's raw form: a list of ``{"type": ..., "value": ...}``.
"""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from cities.choices import PolicyStatus
from cities.models import CityIndexPage, CityPage
from consultations.models import ConsultationPage
from firm_site.articles.models import ArticleIndexPage, ArticlePage, ArticleRelatedCity
from firm_site.base.models import AttorneyProfile, FirmSettings
from firm_site.home.models import HomePage, HomePageFeaturedCity, StandardPage

FIRM_PHONE = "(203) 753-7300"
USER_PASSWORD = "a-long-test-password"


def paragraph(html):
    return {"type": "paragraph", "value": html}


def faq(*pairs, heading="Common questions"):
    questions = [{"question": question, "answer": answer} for question, answer in pairs]
    return {"type": "faq", "value": {"heading": heading, "questions": questions}}


def feature_cities(home, cities):
    home.featured_cities = [
        HomePageFeaturedCity(city=city, sort_order=order)
        for order, city in enumerate(cities)
    ]
    home.save()


class UserFactory(DjangoModelFactory):
    """A staff member; ``groups=["Intake"]`` puts them in existing groups."""

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@welcome-law.example")
    first_name = "Alex"
    last_name = factory.Sequence(lambda n: f"Staff{n}")
    password = factory.django.Password(USER_PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, group_names, **kwargs):
        if create and group_names:
            user.groups.set(Group.objects.filter(name__in=group_names))


class AttorneyProfileFactory(DjangoModelFactory):
    name = "James A. Welcome"
    bar_admissions = "Connecticut"
    languages = "en, es"
    email = "office@welcome-law.example"
    phone = FIRM_PHONE

    class Meta:
        model = AttorneyProfile
        django_get_or_create = ("name",)


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page under the tree's root; make it a site's root to serve it."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    headline = "Immigration help for people who call Connecticut home"
    intro = "<p>Plain answers about immigration in Connecticut.</p>"
    call_heading = "Talk to an immigration lawyer for free"
    call_text = "Call us or send a short form."

    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    @factory.post_generation
    def featured_cities(home, create, cities, **kwargs):
        if create and cities:
            feature_cities(home, cities)


class StandardPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "What this page is about."
    body = factory.LazyFunction(
        lambda: [paragraph("<p>General information, in plain words.</p>")]
    )

    class Meta:
        model = StandardPage


class CityIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = "Cities"
    intro = "How Connecticut cities work with immigration authorities."
    statewide_heading = "The law for all of Connecticut: the Trust Act"
    statewide_law = (
        "<p>State resources may not be used to enforce federal immigration law.</p>"
    )

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(CityIndexPageFactory)
    title = factory.Sequence(lambda n: f"City {n}")
    county = "Hartford County"
    policy_status = PolicyStatus.SANCTUARY
    summary = "Police do not ask about immigration status when they arrest someone."
    police_will_not_ask = "Your immigration status"
    after_arrest = "Fingerprints are taken; no hold only because ICE asks"
    exceptions = "Criminal investigations and security threats"
    police_practices = factory.LazyFunction(
        lambda: [
            {"type": "will_not", "value": "Ask about your immigration status."},
            {"type": "will", "value": "Take your fingerprints after an arrest."},
        ]
    )
    body = factory.LazyFunction(
        lambda: [paragraph("<p>What the policy means in daily life.</p>")]
    )
    source_kind = "ordinance"
    source_title = "City ordinance on immigration status"
    last_reviewed = datetime.date(2026, 11, 1)
    reviewed_by = factory.SubFactory(AttorneyProfileFactory)

    class Meta:
        model = CityPage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = "Articles"
    intro = "Plain-language explanations of immigration law."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    """An article; ``tags=[...]`` and ``related_cities=[city, ...]`` link it."""

    parent = factory.SubFactory(ArticleIndexPageFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    intro = "What this article explains."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "In short", "level": "h2"}},
            paragraph("<p>Plain words about the law.</p>"),
        ]
    )
    author = factory.SubFactory(AttorneyProfileFactory)
    published_date = datetime.date(2023, 10, 20)
    last_reviewed = datetime.date(2026, 11, 1)
    reviewed_by = factory.SelfAttribute("author")

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(article, create, tag_names, **kwargs):
        if create and tag_names:
            article.tags.set(tag_names)
            article.save()

    @factory.post_generation
    def related_cities(article, create, cities, **kwargs):
        if create and cities:
            article.related_city_links = [
                ArticleRelatedCity(city=city, sort_order=order)
                for order, city in enumerate(cities)
            ]
            article.save()


class ConsultationPageFactory(wagtail_factories.PageFactory):
    parent = factory.SubFactory(HomePageFactory)
    title = "Free consultation"
    slug = "free-consultation"
    intro = "<p>Tell us how to reach you.</p>"
    side_text = "<p>We never ask about your immigration status.</p>"
    thank_you_text = "<p>Thank you. We will contact you soon.</p>"

    class Meta:
        model = ConsultationPage


class FirmSettingsFactory(DjangoModelFactory):
    """The firm's settings for a site (one per site; the default site unless given)."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    firm_name = "The Law Offices of James A. Welcome"
    phone = FIRM_PHONE
    email = "office@welcome-law.example"
    address = "123 Example Street\nWaterbury, CT 06702"
    intake_email = "intake@welcome-law.example"
    responsible_attorney = factory.SubFactory(AttorneyProfileFactory)

    class Meta:
        model = FirmSettings
        django_get_or_create = ("site",)


# ------------------------------------------------------------------------------
# Consultation requests and the staff dashboard: their factories go below.
# ------------------------------------------------------------------------------
