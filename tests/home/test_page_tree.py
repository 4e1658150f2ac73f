"""Page types only fit where they belong, so editors cannot build a wrong tree."""

import pytest
from wagtail.models import Page

from cities.models import CityIndexPage, CityPage
from consultations.models import ConsultationPage
from firm_site.articles.models import ArticleIndexPage, ArticlePage
from firm_site.home.models import (
    AttorneyPage,
    HomePage,
    KnowYourRightsPage,
    PracticeAreaIndexPage,
    PracticeAreaPage,
    StandardPage,
)
from tests.factories import StandardPageFactory


def test_home_page_sits_only_at_the_root():
    assert set(HomePage.allowed_parent_page_models()) == {Page}


def test_home_page_holds_the_sections_of_the_site():
    assert set(HomePage.creatable_subpage_models()) == {
        StandardPage,
        CityIndexPage,
        ArticleIndexPage,
        ConsultationPage,
        PracticeAreaIndexPage,
        KnowYourRightsPage,
    }


@pytest.mark.parametrize("index_model", [CityIndexPage, ArticleIndexPage])
def test_index_pages_sit_only_under_the_home_page(index_model):
    assert set(index_model.allowed_parent_page_models()) == {HomePage}


def test_city_pages_sit_only_under_the_city_index():
    assert set(CityIndexPage.allowed_subpage_models()) == {CityPage}
    assert set(CityPage.allowed_parent_page_models()) == {CityIndexPage}


def test_articles_sit_only_under_the_article_index():
    assert set(ArticleIndexPage.allowed_subpage_models()) == {ArticlePage}
    assert set(ArticlePage.allowed_parent_page_models()) == {ArticleIndexPage}


@pytest.mark.parametrize("leaf_model", [CityPage, ArticlePage, ConsultationPage])
def test_leaf_pages_have_no_children(leaf_model):
    assert leaf_model.allowed_subpage_models() == []


def test_consultation_page_sits_only_under_the_home_page():
    assert set(ConsultationPage.allowed_parent_page_models()) == {HomePage}


def test_standard_pages_nest_under_home_or_each_other():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert set(StandardPage.allowed_subpage_models()) == {StandardPage, AttorneyPage}


def test_attorney_pages_sit_under_a_standard_page_such_as_about():
    assert set(AttorneyPage.allowed_parent_page_models()) == {StandardPage}
    assert AttorneyPage.allowed_subpage_models() == []


def test_practice_areas_sit_only_under_their_index():
    assert set(PracticeAreaIndexPage.allowed_subpage_models()) == {PracticeAreaPage}
    assert set(PracticeAreaPage.allowed_parent_page_models()) == {PracticeAreaIndexPage}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "singleton_fixture, model",
    [
        ("city_index", CityIndexPage),
        ("article_index", ArticleIndexPage),
        ("consultation_page", ConsultationPage),
    ],
)
def test_home_page_takes_one_of_each_index_and_the_consultation_page(
    request, home_page, singleton_fixture, model
):
    assert model.can_create_at(home_page)

    request.getfixturevalue(singleton_fixture)

    assert not model.can_create_at(home_page)


@pytest.mark.django_db
def test_home_page_takes_many_standard_pages(home_page):
    StandardPageFactory(parent=home_page)

    assert StandardPage.can_create_at(home_page)


@pytest.mark.django_db
def test_city_page_cannot_be_created_under_the_article_index(article_index):
    assert not CityPage.can_create_at(article_index)
    assert ArticlePage.can_create_at(article_index)
