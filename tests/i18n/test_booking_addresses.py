"""The prospect's booking pages have each language's words in their addresses,
and links e-mailed with the English words still lead there."""

from urllib.parse import urlsplit

import pytest

from consultations.booking.links import booking_url
from consultations.booking.tokens import booking_token
from tests.consultations.booking import weekday_mornings_calendar
from tests.consultations.factories import ConsultationRequestFactory
from tests.i18n.conftest import needs_demo_content
from tests.markup import parse

pytestmark = pytest.mark.django_db

ADDRESSES = {
    "en": "/en/free-consultation/book/{token}/",
    "es": "/es/consulta-gratuita/reservar/{token}/",
    "pt-br": "/pt-br/consulta-gratuita/agendar/{token}/",
}
AFTER_THE_TOKEN = {
    ("manage_booking", "es"): "reservada/",
    ("manage_booking", "pt-br"): "agendada/",
    ("cancel_booking", "es"): "cancelar/",
    ("cancel_booking", "pt-br"): "cancelar/",
}


@pytest.mark.parametrize("language", list(ADDRESSES))
def test_the_booking_link_has_the_words_of_the_requests_language(
    client, demo_site, language
):
    needs_demo_content(language)
    prospect = ConsultationRequestFactory(language=language)

    address = urlsplit(booking_url(prospect)).path

    assert address == ADDRESSES[language].format(token=booking_token(prospect))
    response = client.get(address)
    assert response.status_code == 200
    assert parse(response).html["lang"] == language


@pytest.mark.parametrize(("route", "language"), list(AFTER_THE_TOKEN))
def test_the_booked_and_cancel_pages_have_the_languages_words(
    demo_site, route, language
):
    needs_demo_content(language)
    prospect = ConsultationRequestFactory(language=language)

    address = urlsplit(booking_url(prospect, route)).path

    token = booking_token(prospect)
    expected = ADDRESSES[language].format(token=token)
    assert address == expected + AFTER_THE_TOKEN[route, language]


@pytest.mark.parametrize(
    ("language", "old_address", "new_address"),
    [
        (
            "es",
            "/es/consulta-gratuita/book/{token}/",
            "/es/consulta-gratuita/reservar/{token}/",
        ),
        (
            "pt-br",
            "/pt-br/consulta-gratuita/book/{token}/cancel/",
            "/pt-br/consulta-gratuita/agendar/{token}/cancelar/",
        ),
    ],
)
def test_a_link_with_the_english_words_leads_to_the_languages_page(
    client, demo_site, language, old_address, new_address
):
    needs_demo_content(language)
    token = booking_token(ConsultationRequestFactory(language=language))

    response = client.get(old_address.format(token=token))

    assert response.status_code == 301
    assert response["Location"] == new_address.format(token=token)


WEEKDAYS = {
    "en": {"monday", "tuesday", "wednesday", "thursday", "friday"},
    "es": {"lunes", "martes", "miércoles", "jueves", "viernes"},
    "pt-br": {
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
    },
}


def test_each_language_lists_the_free_times_in_its_own_words(client, demo_site):
    """The list of times is kept once per language: a Spanish prospect never gets
    the days an English prospect's visit rendered."""
    weekday_mornings_calendar()
    for language in WEEKDAYS:
        needs_demo_content(language)
        prospect = ConsultationRequestFactory(language=language)

        response = client.get(urlsplit(booking_url(prospect)).path)

        days = [
            legend.get_text().split(",")[0].lower()
            for legend in parse(response).select(".booking-day legend")
        ]
        assert days
        assert set(days) <= WEEKDAYS[language]
