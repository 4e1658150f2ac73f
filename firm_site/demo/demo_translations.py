"""Demo pages in another language, made as wagtail-localize translations.

The demo text of a language is written as whole pages shaped like the English
ones: the same fields, blocks, list items and paragraphs, in natural words of
their own. Each English segment (a title, a paragraph, a list item) is paired
with the written one in the same place and stored as its translation; then
wagtail-localize builds the page from them. Editors find a synced translation,
as if they had typed every segment in wagtail-localize's editor, and can sync
later English changes into it.
"""

import copy
import re

from wagtail.fields import StreamField
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

BLOCK_ID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")


class TranslationDoesNotMatch(ValueError):
    """The written translation is not shaped like its source."""


def translate_page(page, locale, words):
    """Create and return the (unpublished) translation of `page` into `locale`.

    `words` maps field names to the translated values, laid out as the English
    page's are; fields not named keep the English value (slugs, for example).
    """
    page = page.specific
    source, _created = TranslationSource.update_or_create_from_instance(page)
    remember_translated_strings(source, written_translation(page, words), locale)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    translation, _created = source.create_or_update_translation(locale, publish=False)
    return translation


def written_translation(page, words):
    """An unsaved copy of the page holding the translated words."""
    written = copy.copy(page)
    for name, value in words.items():
        setattr(written, name, value)
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            # As saved: every block gets an id, as the source's blocks have.
            setattr(written, name, field.get_prep_value(getattr(written, name)))
    return written


def remember_translated_strings(source, written, locale):
    """Store each written string as the translation of the source's string there."""
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    strings = [
        segment
        for segment in extract_segments(written)
        if isinstance(segment, StringSegmentValue)
    ]
    source_shape = [_shape(segment.context.path) for segment in segments]
    written_shape = [_shape(segment.path) for segment in strings]
    if source_shape != written_shape:
        raise TranslationDoesNotMatch(
            f"The {locale.language_code} text of '{source.object_repr}' is not "
            f"laid out like the source: {written_shape} != {source_shape}"
        )
    for segment, string in zip(segments, strings, strict=True):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": string.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


def _shape(path):
    """A segment's place with the block ids left out, which differ between copies."""
    return BLOCK_ID.sub("*", path)
