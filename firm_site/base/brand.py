"""The firm's brand colours: checked for WCAG AA contrast, served as CSS custom
properties from a stylesheet (the public pages' CSP forbids inline style)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
# WCAG 2.2 success criterion 1.4.3: normal text needs 4.5:1.
AA_TEXT_CONTRAST = 4.5

hex_colour_validator = RegexValidator(
    HEX_COLOUR, _("Enter a colour as # and six hexadecimal digits, e.g. #12355b.")
)


def _channel_luminance(value):
    channel = value / 255
    if channel <= 0.04045:
        return channel / 12.92
    return ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour):
    """WCAG's relative luminance of a #rrggbb colour."""
    red, green, blue = (int(colour[index : index + 2], 16) for index in (1, 3, 5))
    return (
        0.2126 * _channel_luminance(red)
        + 0.7152 * _channel_luminance(green)
        + 0.0722 * _channel_luminance(blue)
    )


def contrast_ratio(first, second):
    """WCAG's contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def check_white_text_contrast(field_name, colour):
    """A ValidationError for `field_name` unless white text reads on `colour`."""
    if not colour or not HEX_COLOUR.match(colour):
        return  # the field's own validator reports the format
    ratio = contrast_ratio(colour, WHITE)
    if ratio < AA_TEXT_CONTRAST:
        raise ValidationError(
            {
                field_name: _(
                    "White text on this colour has a contrast of %(ratio).1f:1; "
                    "WCAG AA needs at least 4.5:1. Choose a darker colour."
                )
                % {"ratio": ratio}
            }
        )
