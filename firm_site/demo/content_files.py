"""The demo's data files in firm_site/demo/content/ (its README says how to edit them).

The firm's facts are in ``firm.yaml``; each language has a folder of its own
(``en``, ``es``...) with one file per page type, each page under its English
slug. The default language's files are the source pages; the other languages'
files hold their words only.
"""

from pathlib import Path

import yaml
from django.core.management.base import CommandError
from wagtail.fields import StreamField

CONTENT_DIR = Path(__file__).resolve().parent / "content"


def firm():
    """The demo firm's attorneys and settings, the same in every language."""
    return read(CONTENT_DIR / "firm.yaml")


def languages():
    """The language codes the demo has words in: one folder each."""
    return sorted(path.name for path in CONTENT_DIR.iterdir() if path.is_dir())


def pages_in(language, file_name):
    """One page type's pages in one language, by English slug."""
    path = CONTENT_DIR / language / f"{file_name}.yaml"
    if not path.exists():
        raise CommandError(f"The demo has no {path.relative_to(CONTENT_DIR)}.")
    return read(path)


def read(path):
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def with_streams(model, values):
    """`values` with each StreamField's blocks as Wagtail's (type, value) pairs.

    A data file writes a block as a one-key mapping (``- heading: {...}``). As
    pairs, Wagtail normalizes every block's value, so list items get the ids
    that wagtail-localize needs to offer them for translation.
    """
    return {
        name: stream_pairs(value) if is_stream_field(model, name) else value
        for name, value in values.items()
    }


def is_stream_field(model, name):
    return isinstance(model._meta.get_field(name), StreamField)


def stream_pairs(blocks):
    return [
        (block_type, value) for block in blocks for block_type, value in block.items()
    ]
