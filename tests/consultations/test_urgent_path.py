"""The urgent path: a call link before the form's fields, and a thank-you page
that says when an urgent request is called back."""

import pytest

from tests.markup import get_page

pytestmark = pytest.mark.django_db


def test_call_now_link_comes_before_the_first_field(client, form_url, firm_settings):
    soup = get_page(client, form_url)

    main = soup.find("main")
    urgent_link = main.find("a", class_="urgent-call__link")
    first_field = main.find(
        ["input", "select", "textarea"], type=lambda t: t != "hidden"
    )
    assert urgent_link["href"] == firm_settings.phone_href
    order = list(main.find_all(True))
    assert order.index(urgent_link) < order.index(first_field)


def test_form_page_offers_whatsapp_where_the_firm_enabled_it(
    client, form_url, firm_settings
):
    firm_settings.whatsapp_number = "+1 860 555 0199"
    firm_settings.save()

    urgent = get_page(client, form_url).find("aside", class_="urgent-call")

    assert urgent.find("a", class_="message-links__whatsapp")["href"] == (
        "https://wa.me/18605550199"
    )


def test_thank_you_after_an_urgent_request_promises_the_callback(
    client, submit, valid_answers, firm_settings
):
    firm_settings.urgent_callback_hours = 3
    firm_settings.save()
    response = submit({**valid_answers, "is_urgent": "on"})

    soup = get_page(client, response["Location"])

    callback = soup.find("p", class_="urgent-next__callback")
    assert callback.get_text(strip=True) == (
        "During office hours, we call you back within 3 hours."
    )
    assert soup.find("p", class_="urgent-next__after-hours") is not None


def test_thank_you_after_an_ordinary_request_makes_no_urgent_promise(
    client, submit, valid_answers
):
    response = submit(valid_answers)

    soup = get_page(client, response["Location"])

    assert soup.find("section", class_="urgent-next") is None
