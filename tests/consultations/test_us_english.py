"""The English interface and e-mails are written in US English, and the Spanish
messages in one voice (usted, "Escriba…")."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Site

from consultations.choices import Matter, Status
from consultations.forms import ConsultationRequestForm
from firm_site.base.models import FirmSettings
from tests.consultations.conftest import prospect_answers
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def test_the_form_offers_matters_in_us_spelling(client, form_url):
    page = parse(client.get(form_url))

    offered = [option.get_text() for option in page.select("select#id_matter option")]
    assert "Removal or deportation defense" in offered
    assert "Naturalization or citizenship" in offered
    assert Matter.NATURALIZATION.value == "naturalization"


def test_the_digest_writes_dates_the_us_way(db):
    FirmSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        intake_email="intake@firm.example",
    )
    ConsultationRequestFactory(
        status=Status.CONTACTED, follow_up_on=datetime.date(2026, 12, 1)
    )

    call_command("send_follow_up_digest", stdout=io.StringIO())

    [digest] = mail.outbox
    assert "follow-up was due Tue, Dec 1\n" in digest.body


def test_the_spanish_phone_error_speaks_as_usted_with_a_connecticut_example(
    consultation_page,
):
    with translation.override("es"):
        form = ConsultationRequestForm(
            prospect_answers(phone="12345"), locale=consultation_page.locale
        )
        [error] = form.errors["phone"]

    assert error == (
        "Escriba un número de teléfono como (860) 555-0123, o un número de otro "
        "país que empiece con + y el código del país."
    )
