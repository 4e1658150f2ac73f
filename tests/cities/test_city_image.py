"""A city's picture: at the top of its page, on its card, and when it is shared."""

import pytest

from firm_site.demo import images
from tests.cities.admin_forms import add_city_page_url, new_haven_answers
from tests.markup import get_page, meta_property

pytestmark = pytest.mark.django_db

HARTFORD_ALT = "Drawing of Hartford: the Capitol's gold dome over the river."


@pytest.fixture
def pictured_city(city_page):
    city_page.image = images.city_image("hartford")
    city_page.image_alt = HARTFORD_ALT
    city_page.save_revision().publish()
    return city_page


def test_city_page_shows_its_picture_sized_with_its_description(client, pictured_city):
    header = get_page(client, pictured_city.url).find("header", class_="city__header")
    picture = header.find("picture")

    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    image = picture.find("img")
    assert "800w" in image["srcset"]
    assert (image["width"], image["height"]) == ("480", "270")
    assert image["alt"] == HARTFORD_ALT
    assert "loading" not in image.attrs  # at the top of the page: not lazy


def test_city_page_without_a_picture_shows_none(client, city_page):
    header = get_page(client, city_page.url).find("header", class_="city__header")

    assert header.find("picture") is None


def test_city_card_shows_the_picture_lazily(client, site_tree, pictured_city):
    soup = get_page(client, site_tree.city_index.url)
    image = soup.find("article", class_="city-card").find("picture").find("img")

    assert image["loading"] == "lazy"
    assert "800w" in image["srcset"]
    assert (image["width"], image["height"]) == ("400", "200")
    assert image["alt"] == ""  # the card's title names the city beside it


def test_featured_city_card_on_the_home_page_shows_the_picture(
    client, site_tree, pictured_city
):
    cards = get_page(client, site_tree.home.url).select(".featured-cities .city-card")

    assert [card.find("img")["loading"] for card in cards] == ["lazy"]


def test_city_page_is_shared_with_its_own_picture(client, firm_settings, pictured_city):
    firm_settings.social_image = images.firm_social_image()
    firm_settings.save()

    soup = get_page(client, pictured_city.url)

    assert "demo-city-hartford" in meta_property(soup, "og:image")
    assert meta_property(soup, "og:image:width") == "1200"
    assert meta_property(soup, "og:image:height") == "630"


def test_a_social_image_chosen_for_the_page_wins_over_its_picture(
    client, firm_settings, pictured_city
):
    pictured_city.social_image = images.hero_image()
    pictured_city.save_revision().publish()

    soup = get_page(client, pictured_city.url)

    assert "demo-hero" in meta_property(soup, "og:image")


def test_city_without_a_picture_is_shared_with_the_firms_image(
    client, firm_settings, city_page
):
    firm_settings.social_image = images.firm_social_image()
    firm_settings.save()

    soup = get_page(client, city_page.url)

    assert "demo-social" in meta_property(soup, "og:image")


def test_editor_cannot_publish_a_picture_without_its_description(
    admin_client, city_index, attorney
):
    add_url = add_city_page_url(city_index)
    form_data = new_haven_answers(
        image=images.city_image("new-haven").pk, image_alt=" "
    )

    response = admin_client.post(add_url, form_data)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["image_alt"]
    assert not city_index.get_children().filter(slug="new-haven").exists()
