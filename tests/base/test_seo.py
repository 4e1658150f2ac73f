import json

import pytest

from firm_site.base import seo
from firm_site.base.models import tel_href
from tests.factories import CityPageFactory, StandardPageFactory, faq, paragraph
from tests.markup import json_ld, parse

pytestmark = pytest.mark.django_db


def test_json_ld_cannot_close_its_script_element():
    script = seo.json_ld_script({"name": "</script><script>alert(1)</script>"})

    assert script.startswith('<script type="application/ld+json">')
    assert script.count("</script>") == 1
    assert "\\u003C/script\\u003E" in script


def test_json_ld_reads_back_as_the_same_data():
    data = {"name": "Smith & <Sons>", "telephone": "(203) 753-7300"}
    body = seo.json_ld_script(data).removeprefix('<script type="application/ld+json">')

    assert json.loads(body.removesuffix("</script>")) == data


def test_description_prefers_the_editors_search_description(city_index):
    city = CityPageFactory(
        parent=city_index, search_description="For search engines.", summary="Long."
    )

    assert seo.page_description(city) == "For search engines."


def test_description_falls_back_to_summary_and_stays_short(city_index):
    city = CityPageFactory(parent=city_index, summary="word " * 100)

    description = seo.page_description(city)

    assert description.startswith("word word")
    assert len(description) <= seo.DESCRIPTION_LENGTH


def test_page_without_faq_block_has_no_faq_data(home_page):
    page = StandardPageFactory(parent=home_page, body=[paragraph("<p>Plain.</p>")])

    assert seo.faq_page(page.body) is None


def test_faq_answers_keep_their_html(home_page):
    page = StandardPageFactory(
        parent=home_page, body=[faq(("Is it free?", "<p>Yes, <b>free</b>.</p>"))]
    )

    (question,) = seo.faq_page(page.body)["mainEntity"]

    assert question["name"] == "Is it free?"
    assert question["acceptedAnswer"]["text"] == "<p>Yes, <b>free</b>.</p>"


def test_article_json_ld_names_author_publisher_and_dates(client, site_tree):
    (article,) = json_ld(parse(client.get(site_tree.article.url)), "Article")

    assert article["headline"] == site_tree.article.title
    assert article["author"] == {"@type": "Person", "name": "James A. Welcome"}
    assert article["publisher"]["name"] == site_tree.settings.firm_name
    assert article["datePublished"] == site_tree.article.published_date.isoformat()


def test_inner_pages_publish_their_breadcrumb_trail(client, site_tree):
    (trail,) = json_ld(parse(client.get(site_tree.city.url)), "BreadcrumbList")

    names = [item["name"] for item in trail["itemListElement"]]
    assert names == [site_tree.home.title, site_tree.city_index.title, "Hartford"]


@pytest.mark.parametrize(
    ("phone", "href"),
    [
        ("(203) 753-7300", "tel:+12037537300"),
        ("+1 203-753-7300", "tel:+12037537300"),
        ("+52 55 1234 5678", "tel:+525512345678"),
    ],
)
def test_phone_numbers_become_tel_links(phone, href):
    assert tel_href(phone) == href
