"""The firm's identity from its settings: brand colours as a stylesheet, checked
for contrast; the logo or name; messaging links; the firm's sharing image."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.markup import get_page, meta_property, parse

pytestmark = pytest.mark.django_db


def test_brand_stylesheet_holds_the_firms_colours(client, firm_settings):
    firm_settings.brand_colour = "#1d3b2a"
    firm_settings.accent_colour = "#8a2b0f"
    firm_settings.save()

    response = client.get("/brand.css")

    assert response["Content-Type"].startswith("text/css")
    assert "max-age=31536000" in response["Cache-Control"]
    css = response.content.decode()
    assert "--brand: #1d3b2a;" in css
    assert "--brand-accent: #8a2b0f;" in css


def test_pages_link_the_brand_stylesheet_by_its_colours(client, firm_settings):
    soup = get_page(client, "/en/")

    hrefs = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert "/brand.css?v=12355ba33f00" in hrefs


def test_a_pale_brand_colour_is_refused_in_the_visitors_language(firm_settings):
    firm_settings.brand_colour = "#8fbce6"

    with translation.override("es"), pytest.raises(ValidationError) as refusal:
        firm_settings.full_clean()

    (message,) = refusal.value.message_dict["brand_colour"]
    assert "4.5:1" in message
    assert message.startswith("El texto blanco")


def test_header_shows_the_firms_name_without_a_logo(client, firm_settings):
    soup = get_page(client, "/en/")

    brand = soup.find("a", class_="site-brand")
    assert brand.find("img") is None
    assert brand.get_text(strip=True) == firm_settings.firm_name


def test_messaging_links_show_only_where_the_firm_set_a_number(
    client, firm_settings, django_capture_on_commit_callbacks
):
    assert get_page(client, "/en/").find("ul", class_="message-links") is None

    firm_settings.whatsapp_number = "+1 (860) 555-0199"
    with django_capture_on_commit_callbacks(execute=True):  # a new generation
        firm_settings.save()
    links = get_page(client, "/en/").find("footer").find("ul", class_="message-links")

    assert [link["href"] for link in links.find_all("a")] == [
        "https://wa.me/18605550199"
    ]


def test_text_link_is_an_sms_link(client, firm_settings):
    firm_settings.sms_number = "860-555-0142"
    firm_settings.save()

    link = get_page(client, "/en/").find("a", class_="message-links__sms")

    assert link["href"] == "sms:+18605550142"


def test_phone_bar_offers_a_call_and_the_consultation(client, firm_settings):
    bar = get_page(client, "/en/").find("nav", class_="action-bar")

    call, consultation = bar.find_all("a")
    assert call["href"] == firm_settings.phone_href
    assert consultation["href"] == firm_settings.consultation_page.url


def test_a_page_without_a_social_image_shares_the_firms(client, firm_settings):
    from firm_site.demo import images

    firm_settings.social_image = images.firm_social_image()
    firm_settings.save()

    soup = get_page(client, "/en/")

    assert meta_property(soup, "og:image").endswith(".png")
    assert meta_property(soup, "og:image:width") == "1200"


def test_the_shared_image_address_follows_the_visitors_host_and_scheme(
    client, firm_settings
):
    """The head is a kept fragment: one visitor's host or scheme must not end up
    in the absolute addresses another visitor's page shares."""
    from firm_site.demo import images

    firm_settings.social_image = images.firm_social_image()
    firm_settings.save()
    get_page(client, "/en/")

    response = client.get("/en/", HTTP_HOST="localhost", secure=True)

    assert meta_property(parse(response), "og:image").startswith("https://localhost/")
