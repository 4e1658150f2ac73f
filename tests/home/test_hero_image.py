"""The home page's hero: a responsive picture, eager and first in priority, with
its description in the page's language."""

import pytest
from django.core.exceptions import ValidationError

from firm_site.demo import images
from firm_site.home.models import HomePage
from tests.markup import get_page

pytestmark = pytest.mark.django_db


def hero_img(client, url):
    return get_page(client, url).find("div", class_="hero").find("picture")


def test_hero_image_is_a_sized_picture_with_alt_text(client, firm_settings, home_page):
    home_page.hero_image = images.hero_image()
    home_page.hero_image_alt = "Drawing of green hills and a river."
    home_page.save_revision().publish()

    picture = hero_img(client, "/en/")

    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    image = picture.find("img")
    assert "800w" in image["srcset"]
    assert (image["width"], image["height"]) == ("480", "270")  # the fallback
    assert image["alt"] == "Drawing of green hills and a river."
    assert image["fetchpriority"] == "high"
    assert "loading" not in image.attrs


def test_hero_chosen_before_descriptions_were_asked_reads_the_images(
    client, firm_settings, home_page
):
    # As the migration left a hero chosen before: an image, no description.
    HomePage.objects.filter(pk=home_page.pk).update(hero_image=images.hero_image())

    image = hero_img(client, "/en/").find("img")

    assert image["alt"] == "Green hills and a river under a pale sky"


def test_hero_image_needs_its_description(home_page):
    home_page.hero_image = images.hero_image()
    home_page.hero_image_alt = ""

    with pytest.raises(ValidationError) as refusal:
        home_page.full_clean()

    assert list(refusal.value.message_dict) == ["hero_image_alt"]
