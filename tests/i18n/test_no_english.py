"""A Spanish-speaking visitor meets no English interface text of ours.

Every message of our catalogue whose Spanish differs from the English is looked
for, as a phrase, in what the visitor sees on Spanish pages, in the form with its
errors, the thank-you page, search, the 404 page and the acknowledgement e-mail.
Text marked as another language (the switcher's "English") and proper nouns (the
firm's name, city names) are not interface text.
"""

import re

import polib
import pytest
from django.conf import settings
from django.core import mail

from tests.consultations.conftest import time_trap_token
from tests.markup import parse

pytestmark = pytest.mark.django_db

SPANISH_CATALOGUE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
PROPER_NOUNS = [
    "The Law Offices of James A. Welcome",
    "New Haven",
    "New London",
    "123 Example Street (demo address)",
]
PLACEHOLDER_OR_TAG = re.compile(r"%\(\w+\)[sd]|\{\w+\}|<[^>]+>")
SHOWN_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
SPANISH_PAGES = [
    "/es/",
    "/es/?untranslated=1",
    "/es/cities/",
    "/es/cities/hartford/",
    "/es/cities/new-haven/",
    "/es/cities/new-london/",
    "/es/cities/windham/",
    "/es/articles/",
    "/es/articles/?tag=ciudades-santuario",
    "/es/articles/connecticut-sanctuary-cities/",
    "/es/about/",
    "/es/privacy-policy/",
    "/es/legal-disclaimer/",
    "/es/free-consultation/?city=hartford",
    "/es/search/?query=ICE",
    "/es/search/?query=zzzz",
    "/es/no-such-page/",
]


@pytest.fixture(scope="module")
def english_phrases():
    """Each English phrase of a message that Spanish says differently."""
    phrases = set()
    for entry in polib.pofile(str(SPANISH_CATALOGUE)):
        translations = set(entry.msgstr_plural.values()) or {entry.msgstr}
        for english in filter(None, [entry.msgid, entry.msgid_plural]):
            if english in translations:
                continue
            for fragment in PLACEHOLDER_OR_TAG.split(english):
                fragment = fragment.strip(" .,:;!?()“”\"'–-\n")
                if re.search(r"[A-Za-z]{2}", fragment):
                    phrases.add(fragment)
    return phrases


def english_in(text, english_phrases):
    for noun in PROPER_NOUNS:
        text = text.replace(noun, " ")
    return sorted(
        phrase
        for phrase in english_phrases
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
    )


def shown_text(soup):
    """What a visitor sees or hears: text and labelling attributes, less scripts
    and whatever is marked as being in another language."""
    for hidden in soup.find_all(["script", "style"]):
        hidden.decompose()
    for other_language in soup.find_all(lang=lambda lang: lang and lang[:2] != "es"):
        other_language.decompose()
    attributes = [
        element[name]
        for element in soup.find_all(True)
        for name in SHOWN_ATTRIBUTES
        if element.has_attr(name)
    ]
    buttons = [button["value"] for button in soup.find_all("input", type="submit")]
    return " ".join([soup.get_text(" "), *attributes, *buttons])


@pytest.fixture
def answers():
    return {
        "full_name": "Ana López",
        "email": "ana@example.com",
        "phone": "(860) 555-0123",
        "contact_method": "email",
        "best_time": "any",
        "preferred_language": "es",
        "town": "windham",
        "matter": "asylum",
        "is_urgent": "on",
        "message": "",
        "accepted_disclaimer": "on",
        "consented_to_contact": "on",
        "referral_code": "",
        "form_started": time_trap_token(age=60),
        "source_url": "",
    }


@pytest.mark.parametrize("path", SPANISH_PAGES)
def test_spanish_page_shows_no_english_of_ours(
    client, demo_site, english_phrases, path
):
    response = client.get(path)

    assert response.status_code in {200, 404}
    assert english_in(shown_text(parse(response)), english_phrases) == []


def test_form_with_every_error_shows_no_english(client, demo_site, english_phrases):
    response = client.post(
        "/es/free-consultation/",
        {"phone": "12", "email": "not an address", "message": "x" * 1001},
    )

    soup = parse(response)
    assert soup.find(class_="error-summary") is not None
    assert english_in(shown_text(soup), english_phrases) == []


def test_thank_you_page_and_acknowledgement_show_no_english(
    client, demo_site, english_phrases, answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/es/free-consultation/", answers)
    thank_you = parse(client.get(response["Location"]))

    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ana@example.com"]]
    assert english_in(shown_text(thank_you), english_phrases) == []
    assert english_in(acknowledgement.subject, english_phrases) == []
    assert english_in(acknowledgement.body, english_phrases) == []


def test_the_check_finds_english_where_there_is_some(english_phrases):
    """The check above is only worth something if it can fail."""
    assert english_in("Enviar · Send my request", english_phrases) == [
        "Send my request"
    ]
    assert english_in("Hable con New Haven hoy", english_phrases) == []
