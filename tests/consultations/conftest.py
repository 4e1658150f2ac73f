"""Fixtures for the consultation form: a site with the form page, a city and the
firm's settings, valid answers, and a way to post them as a browser would; and
clients signed in as intake staff and as an attorney."""

import time

import pytest
from django.core import signing

from consultations import spam


class BackdatedSigner(signing.TimestampSigner):
    """Signs as if the form had been shown `age` seconds ago."""

    def __init__(self, age, **kwargs):
        super().__init__(**kwargs)
        self.age = age

    def timestamp(self):
        return signing.b62_encode(int(time.time() - self.age))


def time_trap_token(age):
    signer = BackdatedSigner(age, salt=spam.TIME_TRAP_SALT)
    return signer.sign(spam.TIME_TRAP_VALUE)


@pytest.fixture
def intake_site(firm_settings, city_page):
    """The home page, the Hartford city page, the form page and the firm's settings."""
    return firm_settings


@pytest.fixture
def form_url(intake_site, consultation_page):
    return consultation_page.url


def prospect_answers(**changes):
    """What a prospect fills in, with a form shown a minute ago."""
    return {
        "full_name": "María José Pérez",
        "email": "maria@example.com",
        "phone": "(860) 555-0123",
        "contact_method": "phone",
        "best_time": "morning",
        "preferred_language": "es",
        "town": "hartford",
        "matter": "family",
        "message": "My husband has a petition pending.",
        "accepted_disclaimer": "on",
        "consented_to_contact": "on",
        "referral_code": "",
        "form_started": time_trap_token(age=60),
        "source_url": "",
        **changes,
    }


@pytest.fixture
def valid_answers():
    return prospect_answers()


@pytest.fixture
def submit(client, form_url, django_capture_on_commit_callbacks):
    """Post the form and run what waits for the commit (the tasks), as in production."""

    def submit(answers, **request_options):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(form_url, answers, **request_options)

    return submit


# Staff of the dashboard: real users in the groups the staff_groups migration made.


@pytest.fixture
def intake_client(client, intake_user):
    client.force_login(intake_user)
    return client


@pytest.fixture
def attorney_client(client, attorney_user):
    client.force_login(attorney_user)
    return client
