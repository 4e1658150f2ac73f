"""The form as a prospect sees it: its fields, its words and its errors."""

import re

import pytest

from consultations.models import ConsultationRequest

pytestmark = pytest.mark.django_db

ASKED_FIELDS = {
    "full_name",
    "email",
    "phone",
    "contact_method",
    "best_time",
    "preferred_language",
    "town",
    "matter",
    "is_urgent",
    "message",
    "accepted_disclaimer",
    "consented_to_contact",
    # Names and roles only, for the conflict check (Model Rule 1.18)
    *(f"party_{number}_{part}" for number in (1, 2, 3) for part in ("name", "role")),
}
RECORDED_WITHOUT_ASKING = {
    "csrfmiddlewaretoken",
    "referral_code",
    "form_started",
    "source_url",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "send",
}


def consultation_form(html):
    return re.search(r"<form[^>]*novalidate.*?</form>", html, re.S).group(0)


def field_names(html):
    return set(re.findall(r'name="([^"]+)"', consultation_form(html)))


def test_form_asks_only_what_a_first_call_needs(client, form_url):
    html = client.get(form_url).content.decode()

    assert field_names(html) == ASKED_FIELDS | RECORDED_WITHOUT_ASKING
    assert "immigration status" not in consultation_form(html).lower()


def test_form_page_is_never_stored_by_caches(client, form_url):
    response = client.get(form_url)

    assert "no-store" in response["Cache-Control"]


def test_city_in_the_query_preselects_that_city(client, form_url):
    html = client.get(form_url, {"city": "hartford"}).content.decode()

    assert '<option value="hartford" selected>Hartford</option>' in html


def test_city_choices_end_with_other_towns_and_outside_connecticut(client, form_url):
    html = client.get(form_url).content.decode()

    options = re.findall(r'<option value="([^"]*)"', html.split('name="town"')[1])
    assert options[:4] == ["", "hartford", "other_ct", "outside_ct"]


def test_preferred_language_starts_as_the_site_language(client, form_url):
    html = client.get(form_url).content.decode()

    assert '<option value="en" selected>English</option>' in html


def test_honeypot_is_hidden_from_sight_screen_readers_and_autofill(client, form_url):
    html = client.get(form_url).content.decode()

    wrapper = re.search(r"<div\s+class=\"consultation-extra\"[^>]*>", html).group(0)
    field = re.search(r'<input[^>]*name="referral_code"[^>]*>', html).group(0)
    assert 'aria-hidden="true"' in wrapper
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert "style=" not in consultation_form(html)


def test_utm_parameters_and_referring_page_are_carried_in_hidden_fields(
    client, form_url
):
    html = client.get(
        form_url,
        {"utm_source": "newsletter", "utm_campaign": "daca-2026"},
        headers={"referer": "http://localhost/en/cities/hartford/?q=1"},
    ).content.decode()

    assert 'name="utm_source" value="newsletter"' in html
    assert 'name="utm_campaign" value="daca-2026"' in html
    assert 'name="source_url" value="http://localhost/en/cities/hartford/?q=1"' in html


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("full_name", "Enter your full name."),
        ("contact_method", "Choose how we should contact you."),
        ("preferred_language", "Choose the language you prefer."),
        ("town", "Choose the city or town where you live."),
        ("matter", "Choose what your question is about."),
        ("accepted_disclaimer", "Please check this box to show you have read it."),
        ("consented_to_contact", "Please check this box so that we may contact you."),
    ],
)
def test_each_required_answer_is_asked_for(submit, valid_answers, missing, message):
    del valid_answers[missing]

    response = submit(valid_answers)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ConsultationRequest.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"email": "", "phone": ""},
            "Give us an e-mail address or a phone number, so we can reach you.",
        ),
        (
            {"email": "", "contact_method": "email"},
            "You chose to hear from us by e-mail: give your e-mail address.",
        ),
        (
            {"phone": "", "contact_method": "whatsapp"},
            "You chose to hear from us by phone: give your phone number.",
        ),
        ({"email": "maria@"}, "Enter an e-mail address like name@example.com."),
        (
            {"phone": "12345"},
            "Enter a phone number like (860) 555-0123, or a number from another "
            "country starting with + and its country code.",
        ),
        (
            {"message": "x" * 1001},
            "Ensure this value has at most 1000 characters (it has 1001).",
        ),
        (
            {"full_name": "x" * 121},
            "Ensure this value has at most 120 characters (it has 121).",
        ),
        ({"town": "springfield"}, "Select a valid choice."),
        ({"matter": "immigration-status"}, "Select a valid choice."),
    ],
)
def test_invalid_answers_are_explained(submit, valid_answers, changes, message):
    valid_answers.update(changes)

    response = submit(valid_answers)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_message_of_1000_characters_over_several_lines_is_accepted(
    submit, valid_answers
):
    valid_answers["message"] = "\r\n".join(["x" * 99] * 10)  # 990 + 9 line breaks

    response = submit(valid_answers)

    assert response.status_code == 302
    assert len(ConsultationRequest.objects.get().message) == 999


def test_every_answer_survives_a_failed_submission(submit, valid_answers):
    valid_answers.update(
        full_name="", is_urgent="on", contact_method="text", best_time="evening"
    )

    html = submit(valid_answers).content.decode()

    assert 'value="maria@example.com"' in html
    assert 'value="(860) 555-0123"' in html
    assert re.search(r'value="text"\s+id="id_contact_method_1" required checked', html)
    assert '<option value="evening" selected>' in html
    assert '<option value="es" selected>Spanish</option>' in html
    assert '<option value="hartford" selected>Hartford</option>' in html
    assert '<option value="family" selected>' in html
    assert re.search(r'name="is_urgent"[^>]* checked', html)
    assert "My husband has a petition pending.</textarea>" in html
    assert re.search(r'name="accepted_disclaimer"[^>]* checked', html)
    assert f'value="{valid_answers["form_started"]}"' in html


def test_error_summary_is_announced_and_links_to_each_field(submit, valid_answers):
    valid_answers.update(full_name="", contact_method="", email="maria@")

    html = submit(valid_answers).content.decode()

    summary = re.search(r'<div class="alert[^"]*error-summary".*?</div>', html, re.S)
    assert 'role="alert"' in summary.group(0)
    assert re.findall(r'href="#([^"]+)"', summary.group(0)) == [
        "id_full_name",
        "id_email",
        "id_contact_method_0",
    ]
    assert "<title>Error:" in html


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("", 'name="full_name"'), ("thank_you", "CR-XXXXXX")],
)
def test_editors_can_preview_the_form_and_the_thank_you_page(
    consultation_page, intake_site, mode, expected
):
    response = consultation_page.make_preview_request(preview_mode=mode)

    assert response.status_code == 200
    assert expected in response.rendered_content
