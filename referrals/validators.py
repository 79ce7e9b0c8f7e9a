"""Checks only a referral needs: the referrer's NPI and the patient's date of birth.

Everything else (control characters, markup, names, phones) is the inquiry
form's validators, shared.
"""

import re
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

# An NPI's check digit is the Luhn check digit of the first nine digits with the
# prefix 80840 (the health-industry card issuer prefix) in front (CMS, "Requirements
# for the NPI check digit").
NPI_PREFIX = "80840"


def luhn_ok(digits):
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# ASCII digits only: str.isdigit() and \d accept other scripts' digits and superscripts ("²"),
# which int() then refuses (a 500) or the blind index stores as a different number.
_NPI = re.compile(r"[0-9]{10}")


def normalise_npi(value):
    return re.sub(r"[^0-9]", "", value)


def valid_npi(value):
    """Ten digits whose last is the NPI check digit; a message says which of the two failed."""
    stripped = value.replace(" ", "").replace("-", "")
    if not _NPI.fullmatch(stripped):
        raise ValidationError(_("An NPI has exactly 10 digits. Please check the number."), code="npi_length")
    if not luhn_ok(NPI_PREFIX + stripped):
        raise ValidationError(
            _(
                "This NPI does not pass the NPI check digit, so one of its digits is probably mistyped. "
                "Please check it against the NPI registry."
            ),
            code="npi_check_digit",
        )


def _years_between(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def adult_birth_date(value, *, today=None):
    """A date in the past, of a patient at least REFERRAL_MINIMUM_AGE years old (and under 120)."""
    today = today or timezone.localdate()
    if value >= today:
        raise ValidationError(_("The date of birth must be in the past."), code="dob_future")
    age = _years_between(value, today)
    minimum = settings.REFERRAL_MINIMUM_AGE
    if age < minimum:
        raise ValidationError(
            _("The clinic treats adults only: the patient must be at least %(age)d years old.") % {"age": minimum},
            code="dob_minor",
        )
    if age > 120 or value < date(1900, 1, 1):
        raise ValidationError(_("Please check the year of birth."), code="dob_too_old")
