"""A text field stored encrypted (see ``crypto.py``).

Blank stays blank: ``""`` is stored as ``""`` (never NULL, never a ciphertext of
nothing), so optional fields work without special cases. Only ``isnull`` and
exact-blank lookups make sense on ciphertext; everything else is refused so that
nobody writes a query that silently matches nothing. Search with the blind index
columns instead.
"""

from django.db import models
from django.db.models.lookups import Exact

from . import crypto


class EncryptedTextField(models.TextField):
    description = "Text encrypted at rest with the inquiry keys"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return ""
        return crypto.decrypt(value)

    def to_python(self, value):
        if value is None:
            return ""
        return str(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return ""
        return crypto.encrypt(str(value))

    def get_lookup(self, lookup_name):
        if lookup_name == "exact":
            return BlankOnlyExact
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        return None


class BlankOnlyExact(Exact):
    """``field=""`` works; ``field="value"`` would never match a randomised ciphertext, so it is an error."""

    def get_prep_lookup(self):
        if self.rhs not in ("", None):
            raise TypeError("Encrypted fields cannot be searched by value; use the blind index column.")
        return ""
