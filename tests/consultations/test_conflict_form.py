"""The form's optional "Other people involved": names and roles, nothing more."""

import pytest

from consultations.choices import PartyRole
from consultations.models import ConsultationRequest
from tests.markup import parse

pytestmark = pytest.mark.django_db


def test_the_form_asks_for_other_people_and_says_why(client, form_url):
    page = parse(client.get(form_url))

    legend = page.select_one("fieldset:has(#id_party_1_name) legend")
    assert legend.get_text(strip=True) == "Other people involved (optional)"
    reason = page.select_one("fieldset:has(#id_party_1_name) p.form-text")
    assert "conflict of interest" in reason.get_text()
    assert page.select_one("label[for=id_party_3_role]").get_text(strip=True) == (
        "Role of person 3"
    )


def test_named_people_are_saved_with_their_roles(submit, valid_answers):
    valid_answers.update(
        party_1_name="José Álvarez Ruiz",
        party_1_role=PartyRole.PETITIONER,
        party_3_name="Acme Landscaping",
        party_3_role=PartyRole.EMPLOYER,
    )

    submit(valid_answers)

    parties = ConsultationRequest.objects.get().other_parties.all()
    assert [(p.name, p.role, p.normalized_name) for p in parties] == [
        ("José Álvarez Ruiz", "petitioner", "jose alvarez ruiz"),
        ("Acme Landscaping", "employer", "acme landscaping"),
    ]


def test_a_name_without_a_role_is_refused(submit, valid_answers):
    valid_answers.update(party_2_name="Ana Souza")

    response = submit(valid_answers)

    error = parse(response).select_one("#error_1_id_party_2_role")
    assert error.get_text(strip=True) == "Choose this person's role."
    assert not ConsultationRequest.objects.exists()


def test_the_section_may_be_left_empty(submit, valid_answers):
    submit(valid_answers)

    assert not ConsultationRequest.objects.get().other_parties.exists()
