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

UNDECRYPTABLE_LABEL = "(cannot be decrypted)"


class Undecryptable(str):
    """A stored value no configured key decrypts (a removed key, a damaged column).

    It reads as ``UNDECRYPTABLE_LABEL`` wherever the value is shown, so one such row never makes
    a list or an export fail, and it keeps the stored ciphertext: saving the row writes that back
    unchanged, so nothing is lost and a restored key can still read it. Key rotation skips such
    rows and names them.
    """

    def __new__(cls, ciphertext):
        value = super().__new__(cls, UNDECRYPTABLE_LABEL)
        value.ciphertext = ciphertext
        return value


def is_undecryptable(value):
    return isinstance(value, Undecryptable)


class EncryptedTextField(models.TextField):
    description = "Text encrypted at rest with the inquiry keys"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return ""
        try:
            return crypto.decrypt(value)
        except crypto.DecryptionError:
            return Undecryptable(value)

    def to_python(self, value):
        if value is None:
            return ""
        return str(value)

    def get_prep_value(self, value):
        if isinstance(value, Undecryptable):
            return value.ciphertext  # written back as it was stored, never encrypted as its label
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
