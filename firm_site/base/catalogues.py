"""Our message catalogues without GNU gettext.

`makemessages` and `compilemessages` need GNU gettext, which a fresh machine
lacks. polib (pure Python) compiles the `.po` files; the messages our code asks
to be translated are found here as `makemessages` finds them: Django's own
`templatize` for templates, Python's `ast` for our modules.
"""

import ast
import io
import tokenize
from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation.template import templatize

# Where our code lives, under BASE_DIR: Python packages, and the templates.
PYTHON_PACKAGES = ("firm_site", "cities", "consultations")
TEMPLATE_DIRECTORIES = ("templates",)
TEMPLATE_SUFFIXES = {".html", ".txt"}
SKIPPED_DIRECTORIES = {"migrations", "__pycache__"}

# Each translation function's arguments: context, singular, plural.
MESSAGE_ARGUMENTS = {
    "_": ("msgid",),
    "gettext": ("msgid",),
    "gettext_lazy": ("msgid",),
    "gettext_noop": ("msgid",),
    "pgettext": ("msgctxt", "msgid"),
    "pgettext_lazy": ("msgctxt", "msgid"),
    "ngettext": ("msgid", "msgid_plural"),
    "ngettext_lazy": ("msgid", "msgid_plural"),
    "npgettext": ("msgctxt", "msgid", "msgid_plural"),
    "npgettext_lazy": ("msgctxt", "msgid", "msgid_plural"),
}


@dataclass(frozen=True)
class Message:
    msgid: str
    msgid_plural: str = ""
    msgctxt: str = ""


def catalogue_sources():
    """Every `.po` file of ours, under LOCALE_PATHS."""
    for locale_path in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))


def compiled(po_path):
    """The `.mo` bytes msgfmt would write: fuzzy and empty entries are left out."""
    return polib.pofile(str(po_path)).to_binary()


def messages_in_our_code(base_dir=None):
    """{Message: [file, ...]} for every message our templates and modules use."""
    base_dir = Path(base_dir or settings.BASE_DIR)
    found = {}
    for path in _files(base_dir, PYTHON_PACKAGES, {".py"}):
        for message in messages_in_python(path.read_text()):
            found.setdefault(message, []).append(str(path.relative_to(base_dir)))
    for path in _files(base_dir, TEMPLATE_DIRECTORIES, TEMPLATE_SUFFIXES):
        for message in messages_in_template(path.read_text(), origin=str(path)):
            found.setdefault(message, []).append(str(path.relative_to(base_dir)))
    return found


def _files(base_dir, directories, suffixes):
    for directory in directories:
        for path in sorted((base_dir / directory).rglob("*")):
            if (
                path.suffix in suffixes
                and path.is_file()
                and not SKIPPED_DIRECTORIES.intersection(path.parts)
            ):
                yield path


def messages_in_python(source):
    """Calls like `_("...")` or `ngettext("...", "...", n)` with literal text."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        roles = MESSAGE_ARGUMENTS.get(name)
        if roles is None or len(node.args) < len(roles):
            continue
        texts = [argument.value for argument in node.args[: len(roles)]]
        if all(isinstance(text, str) for text in texts):
            yield Message(**dict(zip(roles, texts, strict=True)))


def messages_in_template(source, origin=None):
    """Every {% translate %} and {% blocktranslate %}, as `makemessages` sees them.

    Django's `templatize` turns a template into the Python-like text that
    `makemessages` hands to xgettext: only the translation calls survive.
    """
    # Indentation means nothing here, but the tokenizer would trip over it.
    text = "\n".join(line.strip() for line in templatize(source, origin).splitlines())
    tokens = [
        token
        for token in tokenize.generate_tokens(io.StringIO(text).readline)
        if token.type in {tokenize.NAME, tokenize.OP, tokenize.STRING}
    ]
    for index, token in enumerate(tokens):
        roles = MESSAGE_ARGUMENTS.get(token.string)
        if roles is None or token.type != tokenize.NAME:
            continue
        arguments = tokens[index + 2 : index + 2 + 2 * len(roles) : 2]
        texts = [
            ast.literal_eval(argument.string)
            for argument in arguments
            if argument.type == tokenize.STRING
        ]
        if len(texts) == len(roles):
            yield Message(**dict(zip(roles, texts, strict=True)))
