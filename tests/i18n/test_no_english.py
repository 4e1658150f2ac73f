"""A visitor reading Spanish or Portuguese meets no English interface text of ours.

Every message of the language's catalogue whose translation differs from the
English is looked for, as a phrase, in what the visitor sees on that language's
pages, in the form with its
errors, the thank-you page, search, the 404 page and the acknowledgement e-mail.
Text marked as another language (the switcher's "English") and proper nouns (the
firm's name, city names) are not interface text.
"""

import re

import polib
import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import to_locale

from tests.consultations.conftest import time_trap_token
from tests.i18n.conftest import (
    DEMO_SLUGS,
    TRANSLATED_LANGUAGES,
    needs_demo_content,
    page_in,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

PROPER_NOUNS = [
    "The Law Offices of James A. Welcome",
    "New Haven",
    "New London",
    "123 Example Street (demo address)",
]
# English words that are everyday words of a language too, so finding them there
# says nothing: Portuguese "no" is "in the" ("no tribunal"), "logo" is "soon" and
# "status" is "status" ("status imigratório").
SHARED_WORDS = {"es": set(), "pt-br": {"no", "No", "logo", "status"}}
PLACEHOLDER_OR_TAG = re.compile(r"%\(\w+\)[sd]|\{\w+\}|<[^>]+>")
SHOWN_ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")
# Demo pages by their English slug ({cities}), at their address in each language.
PAGES = [
    "{home}",
    "{home}?untranslated=1",
    "{cities}",
    "{hartford}",
    "{new-haven}",
    "{new-london}",
    "{windham}",
    "{articles}",
    "{articles}?tag={topic}",
    "{connecticut-sanctuary-cities}",
    "{about}",
    "{privacy-policy}",
    "{legal-disclaimer}",
    "{free-consultation}?city=hartford",
    "{search}?query=ICE",
    "{search}?query=zzzz",
    "/{language}/no-such-page/",
]
# The sanctuary-cities tag, a word of each language.
TOPIC = {"es": "ciudades-santuario", "pt-br": "cidades-santuario"}


def catalogue_of(language):
    return settings.BASE_DIR / "locale" / to_locale(language) / "LC_MESSAGES/django.po"


@pytest.fixture(params=TRANSLATED_LANGUAGES)
def language(request, demo_site):
    needs_demo_content(request.param)
    return request.param


def addresses_in(language):
    with translation.override(language):
        search = reverse("search")
    return {"search": search} | {
        slug: page_in(language, slug).url for slug in DEMO_SLUGS
    }


def english_phrases_of(language):
    """Each English phrase of a message that the language says differently."""
    phrases = set()
    for entry in polib.pofile(str(catalogue_of(language))):
        translations = set(entry.msgstr_plural.values()) or {entry.msgstr}
        for english in filter(None, [entry.msgid, entry.msgid_plural]):
            if english in translations:
                continue
            for fragment in PLACEHOLDER_OR_TAG.split(english):
                fragment = fragment.strip(" .,:;!?()“”\"'–-\n")
                if re.search(r"[A-Za-z]{2}", fragment):
                    phrases.add(fragment)
    return phrases - SHARED_WORDS[language]


@pytest.fixture
def english_phrases(language):
    return english_phrases_of(language)


def english_in(text, english_phrases):
    for noun in PROPER_NOUNS:
        text = text.replace(noun, " ")
    return sorted(
        phrase
        for phrase in english_phrases
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text)
    )


def in_another_language(language):
    return lambda lang: lang and lang.lower()[:2] != language[:2]


def shown_text(soup, language):
    """What a visitor sees or hears: text and labelling attributes, less scripts
    and whatever is marked as being in another language."""
    for hidden in soup.find_all(["script", "style"]):
        hidden.decompose()
    for other_language in soup.find_all(lang=in_another_language(language)):
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
def answers(language):
    return {
        "full_name": "Ana López",
        "email": "ana@example.com",
        "phone": "(860) 555-0123",
        "contact_method": "email",
        "best_time": "any",
        "preferred_language": language[:2],
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


@pytest.mark.parametrize("path", PAGES)
def test_page_shows_no_english_of_ours(client, language, english_phrases, path):
    response = client.get(
        path.format(language=language, topic=TOPIC[language], **addresses_in(language))
    )

    assert response.status_code in {200, 404}
    assert english_in(shown_text(parse(response), language), english_phrases) == []


def test_form_with_every_error_shows_no_english(client, language, english_phrases):
    response = client.post(
        page_in(language, "free-consultation").url,
        {"phone": "12", "email": "not an address", "message": "x" * 1001},
    )

    soup = parse(response)
    assert soup.find(class_="error-summary") is not None
    assert english_in(shown_text(soup, language), english_phrases) == []


def test_thank_you_page_and_acknowledgement_show_no_english(
    client, language, english_phrases, answers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_in(language, "free-consultation").url, answers)
    thank_you = parse(client.get(response["Location"]))

    (acknowledgement,) = [m for m in mail.outbox if m.to == ["ana@example.com"]]
    assert english_in(shown_text(thank_you, language), english_phrases) == []
    assert english_in(acknowledgement.subject, english_phrases) == []
    assert english_in(acknowledgement.body, english_phrases) == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_check_finds_english_where_there_is_some(language):
    """The check above is only worth something if it can fail."""
    english_phrases = english_phrases_of(language)
    # "request" is a message of its own too (the booking's field name).
    assert english_in("Enviar · Send my request", english_phrases) == [
        "Send my request",
        "request",
    ]
    assert english_in("Hable con New Haven hoy", english_phrases) == []
