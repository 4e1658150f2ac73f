"""The demo's drawn images: made once, found again by title."""

import pytest
from wagtail.images import get_image_model

from firm_site.demo import images

pytestmark = pytest.mark.django_db


def test_a_demo_image_is_drawn_once():
    first = images.city_image("Hartford")
    again = images.city_image("Hartford")

    assert again.pk == first.pk
    assert get_image_model().objects.count() == 1
    assert first.width == 1200
    assert first.description == "A drawn skyline of Hartford"


def test_each_city_has_its_own_skyline():
    hartford = images.city_image("Hartford")
    new_haven = images.city_image("New Haven")

    assert hartford.file.read() != new_haven.file.read()


def test_the_logo_is_an_svg_image():
    logo = images.firm_logo("Law Offices of James A. Welcome")

    assert logo.is_svg()
