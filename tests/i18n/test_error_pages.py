"""The 500 page cannot count on a language or a catalogue: it speaks every
site language itself."""

import pytest

from tests.base.test_error_pages import server_error_page
from tests.markup import visible_text

pytestmark = pytest.mark.django_db


def test_server_error_page_is_in_english_and_spanish(settings):
    settings.FIRM_PHONE_FALLBACK = "(203) 753-7300"

    soup = server_error_page()

    spanish = soup.find("section", lang="es")
    assert soup.html["lang"] == "en"
    assert "Something went wrong on our side" in visible_text(soup)
    assert "Algo salió mal en nuestro sitio" in visible_text(spanish)
    assert spanish.find("a", href="tel:+12037537300") is not None
    assert spanish.find("a", href="/es/") is not None


def test_server_error_page_is_in_portuguese_too(settings):
    settings.FIRM_PHONE_FALLBACK = "(203) 753-7300"

    soup = server_error_page()

    portuguese = soup.find("section", lang="pt-br")
    assert "Algo deu errado no nosso site" in visible_text(portuguese)
    assert portuguese.find("a", href="tel:+12037537300") is not None
    assert portuguese.find("a", href="/pt-br/") is not None
