"""The 500 page cannot count on a language or a catalogue: it speaks both."""

from bs4 import BeautifulSoup
from django.template import loader

from tests.markup import visible_text


def test_server_error_page_is_in_english_and_spanish():
    soup = BeautifulSoup(loader.get_template("500.html").render(), "html.parser")

    spanish = soup.find("section", lang="es")
    assert soup.html["lang"] == "en"
    assert "Something went wrong on our side" in visible_text(soup)
    assert "Algo salió mal en nuestro sitio" in visible_text(spanish)
    assert spanish.find("a", href="tel:+12037537300") is not None
    assert spanish.find("a", href="/es/") is not None
