from bs4 import BeautifulSoup
from django.template import loader

from tests.markup import visible_text


def test_server_error_page_renders_without_context_and_gives_the_phone():
    """Django renders 500.html with no request, context processors or database."""
    html = loader.get_template("500.html").render()

    assert "(203) 753-7300" in visible_text(BeautifulSoup(html, "html.parser"))
    assert 'href="tel:+12037537300"' in html
