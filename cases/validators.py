"""Input checks shared by the intake form: refuse what no honest person types."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Tabs and line breaks are fine in a message; every other control character
# (NUL, escape, bell...) and the invisible direction overrides are not.
_ALLOWED_CONTROLS = {"\n", "\r", "\t"}
_BIDI_OVERRIDES = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;")


def _refuse_controls(value, allowed):
    for char in value:
        if char in allowed:
            continue
        if unicodedata.category(char) in {"Cc", "Cs", "Co"} or char in _BIDI_OVERRIDES or char in "\ufffe\uffff":
            raise ValidationError(
                _(
                    "This contains a hidden control character (for example from a copy and paste). "
                    "Please retype it using letters, numbers and punctuation."
                ),
                code="control_character",
            )


def no_control_characters(value):
    """For one-line fields: no control characters at all, not even line breaks."""
    _refuse_controls(value, allowed=set())


def no_control_characters_multiline(value):
    _refuse_controls(value, allowed=_ALLOWED_CONTROLS)


def no_markup(value):
    """Refuse HTML tags and entities: the form takes plain text only ("a < b" and "<3" are fine)."""
    if _MARKUP.search(value):
        raise ValidationError(
            _("Please write plain text only: remove anything that looks like HTML, for example <b> or &amp;."),
            code="markup",
        )


_NAME_FORBIDDEN = re.compile(r"[<>{}\[\]\\/@=;:|$%^*_+~`#\d]")


def plausible_name(value):
    if _NAME_FORBIDDEN.search(value):
        raise ValidationError(
            _("Please use letters only in your name (spaces, hyphens, apostrophes and periods are fine)."),
            code="name_characters",
        )
    if not any(ch.isalpha() for ch in value):
        raise ValidationError(_("Please enter your name."), code="name_letters")


_PHONE_CHARS = re.compile(r"^[0-9 +().\-]*$")


def plausible_phone(value):
    if not _PHONE_CHARS.match(value):
        raise ValidationError(
            _("Please enter a phone number using digits, spaces, +, -, ( and ) only."), code="phone_characters"
        )
    digits = re.sub(r"[^0-9]", "", value)
    if not 7 <= len(digits) <= 15:
        raise ValidationError(_("Please enter a phone number with area code, like 555-010-0100."), code="phone_length")
