"""A Spanish-speaking prospect meets the form, its errors, the thank-you page and
the acknowledgement in Spanish; the firm's own notification stays in English."""

import pytest
from django.core import mail

from consultations.models import ConsultationRequest
from tests.consultations.conftest import prospect_answers, time_trap_token
from tests.i18n.conftest import needs_demo_content, translated_page
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db

SPANISH_FORM = "/es/consulta-gratuita/"


@pytest.fixture
def answers():
    return prospect_answers(message="Mi esposo tiene una petición pendiente.")


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    def send(path, answers):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, answers)

    return send


def label_text(soup, field_name):
    field = soup.find(attrs={"name": field_name})
    return " ".join(soup.find("label", attrs={"for": field["id"]}).get_text().split())


def field_errors(soup):
    return [
        " ".join(error.get_text().split()) for error in soup.select(".invalid-feedback")
    ]


def test_spanish_form_has_spanish_labels(client, demo_site):
    soup = parse(client.get(SPANISH_FORM))

    assert label_text(soup, "full_name") == "Su nombre completo*"
    assert label_text(soup, "town") == "Ciudad o pueblo donde vive*"
    assert soup.find("input", attrs={"type": "submit"})["value"] == (
        "Enviar mi solicitud"
    )


def test_spanish_form_preselects_spanish_and_the_city(client, demo_site):
    soup = parse(client.get(SPANISH_FORM, {"city": "hartford"}))

    language = soup.find("select", attrs={"name": "preferred_language"})
    town = soup.find("select", attrs={"name": "town"})
    assert language.find("option", selected=True)["value"] == "es"
    assert town.find("option", selected=True).get_text() == "Hartford"


def test_portuguese_form_preselects_portuguese(client, demo_site):
    needs_demo_content("pt-br")
    form_page = translated_page("pt-br", "free-consultation")

    soup = parse(client.get(form_page.url))

    language = soup.find("select", attrs={"name": "preferred_language"})
    assert language.find("option", selected=True)["value"] == "pt"


def test_spanish_form_explains_what_is_missing_in_spanish(send, demo_site):
    response = send(SPANISH_FORM, {"form_started": time_trap_token(age=60)})

    soup = parse(response)
    assert response.status_code == 200
    summary = soup.find(class_="error-summary")
    assert "Por favor, revise el formulario" in visible_text(summary)
    errors = field_errors(soup)
    assert "Escriba su nombre completo." in errors
    assert "Elija cómo prefiere que nos comuniquemos con usted." in errors
    assert (
        "Por favor, marque esta casilla para que podamos comunicarnos con usted."
        in errors
    )
    assert not ConsultationRequest.objects.exists()


def test_spanish_form_shows_the_phone_check_in_spanish(send, demo_site, answers):
    answers["phone"] = "12"

    soup = parse(send(SPANISH_FORM, answers))

    (error,) = field_errors(soup)
    assert error == (
        "Escriba un número de teléfono como (860) 555-0123, o un número de otro "
        "país que empiece con + y el código del país."
    )


def test_spanish_form_shows_djangos_own_checks_in_spanish(send, demo_site, answers):
    answers["message"] = "a" * 1001

    soup = parse(send(SPANISH_FORM, answers))

    (error,) = field_errors(soup)
    assert error.startswith("Asegúrese de que este valor tenga menos de 1000")


def test_request_from_the_spanish_page_is_recorded_as_spanish(send, demo_site, answers):
    answers["preferred_language"] = "en"  # what they speak is not the site's language

    send(SPANISH_FORM, answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.language == "es"
    assert consultation_request.preferred_language == "en"


def test_request_from_the_english_page_is_recorded_as_english(
    client, send, demo_site, answers
):
    client.get("/es/")  # the last language seen does not decide

    send("/en/free-consultation/", answers)

    assert ConsultationRequest.objects.get().language == "en"


def test_spanish_thank_you_page_is_in_spanish(send, client, demo_site, answers):
    response = send(SPANISH_FORM, answers)

    soup = parse(client.get(response["Location"]))
    assert response["Location"] == "/es/consulta-gratuita/gracias/"
    assert soup.html["lang"] == "es"
    assert "Recibimos su solicitud" in visible_text(soup)
    assert "Gracias. Recibimos su solicitud" in visible_text(soup)


@pytest.mark.parametrize(
    ("language", "thank_you"),
    [
        ("en", "/en/free-consultation/thank-you/"),
        ("es", "/es/consulta-gratuita/gracias/"),
        ("pt-br", "/pt-br/consulta-gratuita/obrigado/"),
    ],
)
def test_the_thank_you_page_has_an_address_in_the_forms_language(
    send, demo_site, answers, language, thank_you
):
    needs_demo_content(language)
    form = translated_page(language, "free-consultation")

    response = send(form.url, answers)

    assert response.status_code == 302
    assert response["Location"] == thank_you


@pytest.mark.parametrize(
    ("old_address", "thank_you"),
    [
        ("/es/consulta-gratuita/thank-you/", "/es/consulta-gratuita/gracias/"),
        ("/pt-br/consulta-gratuita/thank-you/", "/pt-br/consulta-gratuita/obrigado/"),
    ],
)
def test_the_old_english_thank_you_address_leads_to_the_new_one(
    client, demo_site, old_address, thank_you
):
    response = client.get(old_address)

    assert response.status_code == 301
    assert response["Location"] == thank_you


def test_acknowledgement_of_a_spanish_request_is_in_spanish(send, demo_site, answers):
    send(SPANISH_FORM, answers)

    reference = ConsultationRequest.objects.get().reference
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["maria@example.com"]]
    assert acknowledgement.subject == f"Recibimos su solicitud ({reference})"
    assert acknowledgement.body.startswith("Estimado/a María José Pérez:")
    assert "Su número de referencia: " + reference in acknowledgement.body
    assert "(Llamada)" in acknowledgement.body
    assert "Enviar el formulario no lo convierte en cliente" in acknowledgement.body


def test_firm_notification_of_a_spanish_request_stays_in_english(
    send, demo_site, answers
):
    send(SPANISH_FORM, answers)

    (notification,) = [m for m in mail.outbox if m.to == ["intake@welcome-law.example"]]
    assert notification.subject.startswith("New consultation request CR-")


def test_the_spanish_forms_preview_preselects_spanish(demo_site):
    """A preview is served through the page's own address, so the form guesses
    the page's language there too (it reads the language of the address)."""
    form_page = translated_page("es", "free-consultation")

    soup = parse(form_page.make_preview_request())

    language = soup.find("select", attrs={"name": "preferred_language"})
    assert language.find("option", selected=True)["value"] == "es"
    assert label_text(soup, "full_name") == "Su nombre completo*"
