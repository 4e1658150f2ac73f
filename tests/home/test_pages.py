import pytest

from tests.markup import (
    breadcrumb_links,
    canonical_url,
    get_page,
    json_ld,
    link_hrefs,
    meta_property,
    parse,
    visible_text,
)

pytestmark = pytest.mark.django_db


def test_home_page_is_served_under_the_language_prefix(client, site_tree):
    assert site_tree.home.url == "/en/"
    assert client.get("/en/").status_code == 200


def test_home_page_shows_headline_and_introduction(client, site_tree):
    text = visible_text(get_page(client, "/en/"))

    assert site_tree.home.headline in text
    assert "Plain answers about immigration in Connecticut." in text


def test_home_page_calls_to_a_free_consultation_by_phone_and_button(client, site_tree):
    soup = get_page(client, "/en/")

    assert site_tree.home.call_heading in visible_text(soup)
    assert "tel:+12037537300" in link_hrefs(soup)
    assert "/en/free-consultation/" in link_hrefs(soup)


def test_home_page_lists_featured_cities_and_latest_articles(client, site_tree):
    hrefs = link_hrefs(get_page(client, "/en/"))

    assert site_tree.city.url in hrefs
    assert site_tree.article.url in hrefs


def test_home_page_describes_the_firm_as_a_legal_service(client, site_tree):
    (legal_service,) = json_ld(get_page(client, "/en/"), "LegalService")

    assert legal_service["name"] == "The Law Offices of James A. Welcome"
    assert legal_service["telephone"] == "(203) 753-7300"
    assert legal_service["url"].endswith("/en/")


def test_home_page_has_canonical_url_and_open_graph_tags(client, site_tree):
    soup = get_page(client, "/en/")

    assert canonical_url(soup).endswith("/en/")
    assert meta_property(soup, "og:url") == canonical_url(soup)
    assert meta_property(soup, "og:title")
    assert meta_property(soup, "og:type") == "website"


def test_home_page_has_no_breadcrumbs(client, site_tree):
    assert breadcrumb_links(get_page(client, "/en/")) == []


def test_standard_page_shows_its_introduction_and_body(client, site_tree):
    text = visible_text(get_page(client, site_tree.about.url))

    assert "About the firm" in text
    assert "What this page is about." in text
    assert "General information, in plain words." in text


def test_standard_page_has_breadcrumbs_back_home(client, site_tree):
    links = breadcrumb_links(get_page(client, site_tree.about.url))

    assert links == [("Home", "/en/")]


def test_standard_page_has_canonical_url_and_open_graph_tags(client, site_tree):
    soup = get_page(client, site_tree.about.url)

    assert canonical_url(soup).endswith("/en/about/")
    assert meta_property(soup, "og:title") == "About the firm"
    assert meta_property(soup, "og:description") == "What this page is about."


def test_legal_page_says_when_and_by_whom_it_was_last_reviewed(client, site_tree):
    text = visible_text(get_page(client, site_tree.privacy.url))

    assert "Last reviewed" in text
    assert "James A. Welcome" in text


def test_every_page_names_the_responsible_attorney(client, site_tree):
    text = visible_text(get_page(client, site_tree.about.url))

    assert "James A. Welcome is the Connecticut attorney responsible" in text


def test_footer_links_to_the_privacy_policy(client, site_tree):
    assert site_tree.privacy.url in link_hrefs(get_page(client, "/en/"))


def test_main_menu_shows_pages_chosen_for_menus(client, site_tree):
    menu = get_page(client, "/en/").find("nav", attrs={"aria-label": "Main"})
    menu_hrefs = [a["href"] for a in menu.find_all("a")]

    assert site_tree.city_index.url in menu_hrefs
    assert site_tree.about.url in menu_hrefs
    assert site_tree.privacy.url not in menu_hrefs


def test_faq_block_on_a_standard_page_publishes_faq_page_json_ld(client, site_tree):
    site_tree.about.body = [
        {
            "type": "faq",
            "value": {
                "heading": "Questions",
                "questions": [
                    {"question": "Is the first call free?", "answer": "<p>Yes.</p>"}
                ],
            },
        }
    ]
    site_tree.about.save()

    (faq_page,) = json_ld(get_page(client, site_tree.about.url), "FAQPage")

    assert faq_page["mainEntity"][0]["name"] == "Is the first call free?"


def test_consultation_page_shows_its_introduction(client, site_tree):
    text = visible_text(get_page(client, site_tree.consultation.url))

    assert "Tell us how to reach you." in text


def test_missing_page_answers_404_with_the_firm_phone(client, site_tree):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "(203) 753-7300" in visible_text(parse(response))


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(
    client, site_tree
):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_city_and_article_pages(client, site_tree):
    response = client.get("/sitemap.xml")
    content = response.content.decode()

    assert response.status_code == 200
    assert f"{site_tree.city.url}</loc>" in content
    assert f"{site_tree.article.url}</loc>" in content
    assert f"{site_tree.city_index.url}</loc>" in content
