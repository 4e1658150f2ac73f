"""Every catalogue (Spanish, Brazilian Portuguese) is complete and sound, and
compiles and updates without GNU gettext."""

import gettext
import re
import shutil
from io import StringIO

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import to_locale

from firm_site.base.catalogues import catalogue_sources, messages_in_our_code

SPANISH_CATALOGUE = settings.BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
PORTUGUESE_CATALOGUE = (
    settings.BASE_DIR / "locale" / "pt_BR" / "LC_MESSAGES" / "django.po"
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


@pytest.fixture(
    scope="module",
    params=list(catalogue_sources()),
    ids=lambda path: path.parent.parent.name,
)
def catalogue(request):
    return polib.pofile(str(request.param))


def key(msgctxt, msgid):
    return (msgctxt or "", msgid)


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_no_entry_is_empty(catalogue):
    assert [entry.msgid for entry in catalogue if not all(translations(entry))] == []


def test_no_entry_is_fuzzy(catalogue):
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_no_entry_is_left_over_from_old_code(catalogue):
    in_code = {key(m.msgctxt, m.msgid) for m in messages_in_our_code()}

    unused = [
        entry.msgid
        for entry in catalogue
        if key(entry.msgctxt, entry.msgid) not in in_code
    ]
    assert unused == [], "remove these from the catalogue (docs/i18n.md)"


def test_every_site_language_has_a_catalogue():
    """Django looks for `pt-br` under `pt_BR`: the catalogue must be there."""
    found = {path.parent.parent.name for path in catalogue_sources()}

    assert {
        to_locale(code) for code, _name in settings.LANGUAGES if code != "en"
    } <= found


def test_every_message_of_our_code_has_a_translation(catalogue):
    translated = {
        key(entry.msgctxt, entry.msgid): entry.msgid_plural
        for entry in catalogue
        if all(translations(entry)) and "fuzzy" not in entry.flags
    }

    missing = [
        f"{message.msgid!r} in {', '.join(sorted(set(files)))}"
        for message, files in messages_in_our_code().items()
        if translated.get(key(message.msgctxt, message.msgid)) != message.msgid_plural
    ]
    assert missing == [], "add these to the catalogue (docs/i18n.md)"


def test_translations_use_the_placeholders_they_are_given(catalogue):
    """A missing placeholder loses a fact; an unknown one breaks the page."""
    broken = []
    for entry in catalogue:
        given = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        for translation in translations(entry):
            used = set(PLACEHOLDER.findall(translation))
            if not used <= given or (not entry.msgid_plural and used != given):
                broken.append(entry.msgid)
    assert broken == []


def test_finds_messages_as_makemessages_does():
    """Templates and modules of ours, singular and plural, {% blocktranslate %}
    with its variables as %(name)s, and no translation call is missed."""
    messages = messages_in_our_code()

    assert ("Send my request", "") in {(m.msgid, m.msgid_plural) for m in messages}
    assert (
        "Reading time: %(minutes)s minute",
        "Reading time: %(minutes)s minutes",
    ) in {(m.msgid, m.msgid_plural) for m in messages}
    assert "Questions about your rights in %(city)s?" in {m.msgid for m in messages}


@pytest.fixture
def catalogue_copy(settings, tmp_path):
    """The Spanish catalogue alone under a temporary LOCALE_PATHS."""
    messages = tmp_path / "es" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    shutil.copy(SPANISH_CATALOGUE, messages / "django.po")
    settings.LOCALE_PATHS = [tmp_path]
    return messages


def test_compiles_with_polib_into_a_catalogue_python_reads(catalogue_copy):
    call_command("compile_catalogues", stdout=StringIO())

    with open(catalogue_copy / "django.mo", "rb") as compiled:
        spanish = gettext.GNUTranslations(compiled)
    assert spanish.gettext("Send my request") == "Enviar mi solicitud"
    assert spanish.ngettext(
        "Reading time: %(minutes)s minute", "Reading time: %(minutes)s minutes", 3
    ) == ("Tiempo de lectura: %(minutes)s minutos")


def test_compiling_again_leaves_a_current_catalogue_alone(catalogue_copy):
    call_command("compile_catalogues", stdout=StringIO())
    compiled_at = (catalogue_copy / "django.mo").stat().st_mtime_ns
    output = StringIO()

    call_command("compile_catalogues", stdout=output)

    assert output.getvalue().startswith("Kept ")
    assert (catalogue_copy / "django.mo").stat().st_mtime_ns == compiled_at


def test_a_new_language_gets_a_catalogue_of_every_message(settings, tmp_path):
    settings.LANGUAGES = [*settings.LANGUAGES, ("ht", "Haitian Creole")]
    settings.LOCALE_PATHS = [tmp_path]

    call_command("update_catalogues", "ht", stdout=StringIO())

    creole = polib.pofile(str(tmp_path / "ht" / "LC_MESSAGES" / "django.po"))
    assert {(entry.msgctxt or "", entry.msgid) for entry in creole} == {
        key(message.msgctxt, message.msgid) for message in messages_in_our_code()
    }
    assert creole.percent_translated() == 0
    assert creole.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_a_new_portuguese_catalogue_goes_where_django_looks_with_its_plurals(
    settings, tmp_path
):
    settings.LOCALE_PATHS = [tmp_path]

    call_command("update_catalogues", "pt-br", stdout=StringIO())

    portuguese = polib.pofile(str(tmp_path / "pt_BR" / "LC_MESSAGES" / "django.po"))
    assert portuguese.metadata["Language"] == "pt_BR"
    assert portuguese.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"


def test_portuguese_compiles_and_counts_zero_as_one(settings, tmp_path):
    """Portuguese says "0 minuto": its plural rule survives compiling."""
    messages = tmp_path / "pt_BR" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    shutil.copy(PORTUGUESE_CATALOGUE, messages / "django.po")
    settings.LOCALE_PATHS = [tmp_path]

    call_command("compile_catalogues", stdout=StringIO())

    with open(messages / "django.mo", "rb") as compiled:
        portuguese = gettext.GNUTranslations(compiled)
    assert portuguese.gettext("Send my request") == "Enviar meu pedido"
    singular, plural = (
        portuguese.ngettext(
            "Reading time: %(minutes)s minute",
            "Reading time: %(minutes)s minutes",
            count,
        )
        for count in (0, 2)
    )
    assert singular == "Tempo de leitura: %(minutes)s minuto"
    assert plural == "Tempo de leitura: %(minutes)s minutos"


def test_updating_keeps_translations_and_drops_what_code_no_longer_uses(
    catalogue_copy,
):
    spanish = polib.pofile(str(catalogue_copy / "django.po"))
    spanish.append(polib.POEntry(msgid="A sentence nobody uses", msgstr="Una frase"))
    spanish.save()

    call_command("update_catalogues", "es", stdout=StringIO())

    updated = polib.pofile(str(catalogue_copy / "django.po"))
    assert updated.find("A sentence nobody uses") is None
    assert updated.find("Send my request").msgstr == "Enviar mi solicitud"
    assert updated.percent_translated() == 100
