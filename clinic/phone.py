"""Phone numbers people can dial: the clinic details refuse anything else, and the tel: link is built here."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Digits, spaces, "-", ".", parentheses, one leading "+", then an optional extension
# ("ext. 12", "extension 12", "x12").
_PHONE = re.compile(r"^(?P<number>\+?[0-9(][0-9 ().\-]*)(?:\s*(?:ext\.?|extension|x)\s*(?P<ext>[0-9]{1,6}))?$", re.I)


def _phone_parts(phone):
    match = _PHONE.match((phone or "").strip())
    if not match:
        return None
    number = match["number"]
    digits = "".join(ch for ch in number if ch.isdigit())
    if not 7 <= len(digits) <= 15 or "+" in number[1:] or number.count("(") != number.count(")"):
        return None
    return ("+" if number.startswith("+") else "") + digits, match["ext"]


def validate_phone(phone):
    """Refuse a phone number nobody can dial ("call reception"): the header's call link is built from it."""
    if _phone_parts(phone) is None:
        raise ValidationError(
            _(
                "Type a number people can dial: digits, spaces, +, -, parentheses and an optional extension "
                '(e.g. "(555) 010-0100 ext. 12"). 7 to 15 digits.'
            ),
            code="phone",
        )


def tel_href(phone):
    """The tel: link for a phone number ("tel:+15550100;ext=12"), or "" if it cannot be dialled."""
    parts = _phone_parts(phone)
    if parts is None:
        return ""
    number, ext = parts
    return f"tel:{number};ext={ext}" if ext else f"tel:{number}"
