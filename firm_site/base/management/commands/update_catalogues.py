"""Bring a message catalogue in line with our code, without GNU gettext.

What `makemessages -l <language>` does, for machines without xgettext: messages
our code uses and the catalogue lacks are added with an empty translation, and
messages no code uses any more are dropped. Translations already made are kept.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

from firm_site.base.catalogues import messages_in_our_code

# gettext's plural rule of each language, as a new catalogue starts with it: the
# English rule unless the language counts otherwise. Portuguese says "0 minuto",
# as Django's own pt_BR catalogue has it. docs/i18n.md
PLURAL_FORMS = {"pt-br": "nplurals=2; plural=(n > 1);"}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


class Command(BaseCommand):
    help = (
        "Create or update locale/<language>/LC_MESSAGES/django.po from the "
        "messages our templates and modules use (no GNU gettext needed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", help="A code from LANGUAGES, e.g. 'pt-br'.")

    def handle(self, *args, language, **options):
        if language not in dict(settings.LANGUAGES):
            raise CommandError(f"'{language}' is not in the LANGUAGES setting.")
        path = catalogue_path(language)
        catalogue = open_catalogue(path, language)
        messages = messages_in_our_code()
        added = add_missing(catalogue, messages)
        dropped = drop_unused(catalogue, messages)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue.save(str(path))
        self.stdout.write(
            f"{path}: {added} messages added, {dropped} dropped, "
            f"{len(catalogue.untranslated_entries())} to translate."
        )


def catalogue_path(language):
    return (
        Path(settings.LOCALE_PATHS[0]) / to_locale(language) / "LC_MESSAGES/django.po"
    )


def open_catalogue(path, language):
    if path.exists():
        return polib.pofile(str(path), wrapwidth=0)
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "firm-site",
        "Language": to_locale(language),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(language, DEFAULT_PLURAL_FORMS),
    }
    return catalogue


def _key(msgctxt, msgid):
    return (msgctxt or "", msgid)


def add_missing(catalogue, messages):
    present = {_key(entry.msgctxt, entry.msgid) for entry in catalogue}
    added = 0
    for message, files in sorted(messages.items(), key=lambda item: item[1][0]):
        if _key(message.msgctxt, message.msgid) in present:
            continue
        entry = polib.POEntry(
            msgid=message.msgid,
            msgctxt=message.msgctxt or None,
            occurrences=[(file, "") for file in sorted(set(files))],
        )
        if message.msgid_plural:
            entry.msgid_plural = message.msgid_plural
            entry.msgstr_plural = {0: "", 1: ""}
        catalogue.append(entry)
        added += 1
    return added


def drop_unused(catalogue, messages):
    used = {_key(message.msgctxt, message.msgid) for message in messages}
    unused = [
        entry for entry in catalogue if _key(entry.msgctxt, entry.msgid) not in used
    ]
    for entry in unused:
        catalogue.remove(entry)
    return len(unused)
