"""The demo's drawn images: made once, found again by title."""

import pytest
from wagtail.images import get_image_model

from firm_site.demo import images

pytestmark = pytest.mark.django_db


def test_a_demo_image_is_drawn_once():
    first = images.city_image("hartford")
    again = images.city_image("hartford")

    assert again.pk == first.pk
    assert get_image_model().objects.count() == 1
    assert (first.width, first.height) == (1600, 900)
    assert first.description.startswith("Drawing of Hartford")


def test_each_city_has_its_own_drawing():
    drawings = {images.city_image(slug).file.read() for slug in images.CITY_DRAWINGS}

    assert len(drawings) == len(images.CITY_DRAWINGS) == 4


def test_the_logo_is_an_svg_image():
    logo = images.firm_logo("Law Offices of James A. Welcome")

    assert logo.is_svg()
