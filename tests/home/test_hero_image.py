"""The home page's hero: a responsive picture, eager and first in priority."""

import pytest

from firm_site.demo import images
from tests.markup import get_page

pytestmark = pytest.mark.django_db


def test_hero_image_is_a_sized_picture_with_alt_text(client, firm_settings, home_page):
    home_page.hero_image = images.hero_image()
    home_page.save_revision().publish()

    picture = get_page(client, "/en/").find("div", class_="hero").find("picture")

    types = [source["type"] for source in picture.find_all("source")]
    assert types == ["image/avif", "image/webp"]
    image = picture.find("img")
    assert "800w" in image["srcset"]
    assert (image["width"], image["height"]) == ("480", "270")  # the fallback
    assert image["alt"] == "Green hills and a river under a pale sky"
    assert image["fetchpriority"] == "high"
    assert "loading" not in image.attrs
