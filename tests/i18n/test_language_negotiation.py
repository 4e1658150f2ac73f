"""`/` sends visitors to the language their browser prefers; English otherwise."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "home"),
    [
        ("es", "/es/"),
        ("es-MX,es;q=0.9,en;q=0.8", "/es/"),
        ("en-US,en;q=0.9", "/en/"),
        ("pt-BR,pt;q=0.9", "/pt-br/"),
        ("pt", "/pt-br/"),
        ("pt-PT,pt;q=0.9,en;q=0.8", "/pt-br/"),
        ("fr-FR,pt;q=0.8,en;q=0.5", "/pt-br/"),
        ("en-US,en;q=0.9,pt-BR;q=0.8", "/en/"),
        ("en;q=0.5,es;q=0.9", "/es/"),
    ],
)
def test_root_redirects_to_the_preferred_language(
    client, demo_site, accept_language, home
):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == home


def test_root_without_a_preference_goes_to_english(client, demo_site):
    response = client.get("/")

    assert response["Location"] == "/en/"


def test_an_address_without_a_language_keeps_its_path(client, demo_site):
    response = client.get("/cities/hartford/", headers={"accept-language": "es"})

    assert response["Location"] == "/es/cities/hartford/"
