"""Saving a request: once, with its history, its reference and what was recorded."""

import re

import pytest
from django.core import mail
from django.db import OperationalError, connection

from consultations.choices import Residence, Status
from consultations.models import ConsultationRequest, StatusChange
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse, visible_text

pytestmark = pytest.mark.django_db


def test_valid_request_is_saved_once_with_its_history_and_reference(
    submit, valid_answers
):
    response = submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert re.fullmatch(r"CR-[2-9A-HJ-NP-TW-Z]{6}", consultation_request.reference)
    assert consultation_request.status == Status.NEW
    history = StatusChange.objects.get()
    assert history.request == consultation_request
    assert (history.from_status, history.to_status) == ("", Status.NEW)
    assert history.changed_by is None
    assert response.status_code == 302
    assert response["Location"].endswith("/free-consultation/thank-you/")


def test_valid_request_notifies_the_firm_and_the_prospect(submit, valid_answers):
    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "intake@welcome-law.example",
        "maria@example.com",
    ]
    assert consultation_request.firm_notified_at is not None
    assert consultation_request.acknowledged_at is not None


def test_answers_are_stored_as_given(submit, valid_answers):
    valid_answers["is_urgent"] = "on"

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.full_name == "María José Pérez"
    assert consultation_request.email == "maria@example.com"
    assert consultation_request.phone == "+18605550123"
    assert consultation_request.contact_method == "phone"
    assert consultation_request.best_time == "morning"
    assert consultation_request.preferred_language == "es"
    assert consultation_request.matter == "family"
    assert consultation_request.is_urgent
    assert consultation_request.message == "My husband has a petition pending."
    assert consultation_request.accepted_disclaimer
    assert consultation_request.consented_to_contact


def test_a_city_with_a_page_is_recorded_by_name(submit, valid_answers):
    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.residence == Residence.LISTED_CITY
    assert consultation_request.city == "Hartford"


@pytest.mark.parametrize("town", [Residence.OTHER_CT_TOWN, Residence.OUTSIDE_CT])
def test_a_town_without_a_page_is_recorded_as_such(submit, valid_answers, town):
    valid_answers["town"] = town

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.residence == town
    assert consultation_request.city == ""


def test_site_language_source_page_and_utm_are_recorded(submit, valid_answers):
    valid_answers.update(
        source_url="http://localhost/en/cities/hartford/?name=secret#top",
        utm_source="newsletter",
        utm_medium="e-mail",
        utm_campaign="x" * 300,
    )

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.language == "en"
    assert consultation_request.source_url == "http://localhost/en/cities/hartford/"
    assert consultation_request.utm_source == "newsletter"
    assert consultation_request.utm_medium == "e-mail"
    assert consultation_request.utm_campaign == "x" * 100


def test_a_source_that_is_not_a_web_page_is_dropped(submit, valid_answers):
    valid_answers["source_url"] = "javascript:alert(1)"

    submit(valid_answers)

    assert ConsultationRequest.objects.get().source_url == ""


def test_control_characters_are_stripped_and_line_breaks_kept(submit, valid_answers):
    valid_answers.update(
        full_name="\x00 Ana\x1b[31m Ruiz\x07", message="Line one\r\nLine two\x00\t!"
    )

    submit(valid_answers)

    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.full_name == "Ana[31m Ruiz"
    assert consultation_request.message == "Line one\nLine two\t!"


def test_thank_you_page_shows_the_reference_and_what_happens_next(
    client, submit, valid_answers
):
    response = submit(valid_answers, follow=True)

    reference = ConsultationRequest.objects.get().reference
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<strong class="reference">{reference}</strong>' in html
    assert "What happens next" in html
    assert "Thank you. We will contact you soon." in html  # the editors' text
    assert "no-store" in response["Cache-Control"]


def test_reference_is_not_in_any_address(submit, valid_answers):
    response = submit(valid_answers, follow=True)

    reference = ConsultationRequest.objects.get().reference
    assert all(reference not in url for url, _status in response.redirect_chain)


def test_thank_you_page_without_a_request_leads_back_to_the_form(
    client, consultation_page, intake_site
):
    response = client.get(consultation_page.url + "thank-you/")

    assert response.status_code == 302
    assert response["Location"] == consultation_page.url


def test_earlier_open_request_with_the_same_email_is_linked(submit, valid_answers):
    first = ConsultationRequestFactory(email="MARIA@example.com", phone="")
    ConsultationRequestFactory(email="maria@example.com", phone="")  # a later one

    submit(valid_answers)

    newest = ConsultationRequest.objects.latest("created_at")
    assert newest.duplicate_of == first


def test_earlier_open_request_with_the_same_phone_is_linked(submit, valid_answers):
    first = ConsultationRequestFactory(email="other@example.com", phone="+18605550123")

    submit(valid_answers)

    assert ConsultationRequest.objects.latest("created_at").duplicate_of == first


def test_requests_older_than_30_days_or_closed_are_not_linked(submit, valid_answers):
    old = ConsultationRequestFactory(email="maria@example.com")
    ConsultationRequest.objects.filter(pk=old.pk).update(
        created_at=old.created_at.replace(year=old.created_at.year - 1)
    )
    ConsultationRequestFactory(email="maria@example.com", status=Status.DECLINED)

    submit(valid_answers)

    assert ConsultationRequest.objects.latest("created_at").duplicate_of is None


def test_oversized_body_is_refused_with_a_friendly_page(submit, valid_answers):
    valid_answers["message"] = "x" * 40_000

    response = submit(valid_answers)

    assert response.status_code == 413
    assert "(203) 753-7300" in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_database_outage_shows_a_calm_page_with_the_phone(client, form_url, settings):
    settings.FIRM_PHONE_FALLBACK = "(203) 555-0100"

    def database_down(execute, sql, params, many, context):
        raise OperationalError("could not connect to server: Connection refused")

    with connection.execute_wrapper(database_down):
        response = client.get(form_url)

    html = response.content.decode()
    assert response.status_code == 503
    assert '<a href="tel:+12035550100">(203) 555-0100</a>' in html
    assert "Traceback" not in html
    assert "OperationalError" not in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("method", "how"),
    [("text", "Text message"), ("whatsapp", "WhatsApp"), ("phone", "Phone call")],
)
def test_thank_you_page_without_an_email_promises_no_email(
    submit, valid_answers, method, how
):
    valid_answers.update(email="", contact_method=method, best_time="evening")

    page = parse(submit(valid_answers, follow=True))

    promise = page.select_one("li.reply-promise")
    assert visible_text(promise) == (
        "We contact you to set up your free consultation. "
        f"How: {how}. When: Evening (5–8)."
    )
    assert page.select_one("li.reply-confirmation") is None
    assert "e-mail" not in visible_text(page.select_one("main ol"))


def test_thank_you_page_names_the_confirmation_e_mail_when_one_was_given(
    submit, valid_answers
):
    valid_answers.update(contact_method="whatsapp")

    page = parse(submit(valid_answers, follow=True))

    assert "How: WhatsApp." in visible_text(page.select_one("li.reply-promise"))
    assert visible_text(page.select_one("li.reply-confirmation")) == (
        "We are sending a confirmation with this reference to the e-mail address "
        "you gave."
    )
