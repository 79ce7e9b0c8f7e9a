"""Encryption at rest and keyed hashes for inquiry values.

Values are encrypted with Fernet (AES-128-CBC with an HMAC-SHA256 tag, from the
``cryptography`` package): authenticated, so a tampered column fails to decrypt
instead of reading as something else. The keys come from
``settings.INQUIRY_ENCRYPTION_KEYS``, newest first, and are separate from
``SECRET_KEY``. ``MultiFernet`` encrypts with the newest key and decrypts with
any of them, which is what makes rotation possible: add a new key in front,
run ``manage.py rotate_inquiry_keys``, then drop the old key.

Fernet is randomised, so equal values never produce equal ciphertexts and the
database cannot search them. For exact-match search (e-mail, phone, full name, topic) each
row also stores a "blind index": an HMAC-SHA256 of the normalised value under a
key that is never stored with the data (``INQUIRY_HASH_KEY``, or one derived
from each encryption key).
"""

import base64
import binascii
import functools
import hashlib
import hmac
import re
import unicodedata

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

KEYS_SETTING = "INQUIRY_ENCRYPTION_KEYS"


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key (never carries the value)."""


def _configured_keys():
    # A list already: settings.py splits the comma-separated variable (env_list), once.
    keys = tuple(settings.INQUIRY_ENCRYPTION_KEYS)
    if not keys:
        raise ImproperlyConfigured(f"{KEYS_SETTING} is empty; set at least one Fernet key (see .env.example).")
    return keys


def validate_key(key):
    """Return an error message for a key that is not a Fernet key, else None (the key is never echoed)."""
    try:
        raw = base64.urlsafe_b64decode(key.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return "is not url-safe base64"
    if len(raw) != 32:
        return "does not decode to 32 bytes"
    return None


@functools.lru_cache(maxsize=8)
def _multifernet(keys):
    fernets = []
    for position, key in enumerate(keys, start=1):
        problem = validate_key(key)
        if problem:
            raise ImproperlyConfigured(
                f"{KEYS_SETTING}: key {position} {problem}; generate keys with "
                "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`."
            )
        fernets.append(Fernet(key))
    return MultiFernet(fernets)


def encrypt(value: str) -> str:
    return _multifernet(_configured_keys()).encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _multifernet(_configured_keys()).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeEncodeError) as exc:
        raise DecryptionError(
            f"A stored inquiry value cannot be decrypted with any key in {KEYS_SETTING}; "
            "was a key removed before `manage.py rotate_inquiry_keys` ran?"
        ) from exc


# --- Blind index -----------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _derive(key):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"clinic inquiries blind index v1").derive(
        key.encode("ascii")
    )


def _hash_keys():
    """Keys for the blind index, newest first: the dedicated key, or one derived from each encryption key."""
    dedicated = getattr(settings, "INQUIRY_HASH_KEY", "")
    if dedicated:
        return [dedicated.encode("utf-8")]
    return [_derive(key) for key in _configured_keys()]


def normalise_email(value):
    return value.strip().lower()


def normalise_phone(value):
    digits = re.sub(r"[^0-9]", "", value)  # ASCII digits only (\D would keep other scripts' digits)
    # US numbers are stored and searched without the leading country code.
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return digits


def normalise_name(value):
    """A full name as staff may type it: "María  López-Díaz" and "maria lopez diaz" are the same.

    Compatibility forms folded (NFKC), accents dropped (a reviewer on an English keyboard types
    "Maria"), case folded, apostrophes dropped ("O'Brien" is "obrien"), any other punctuation (a
    hyphen, a period) read as a space, and runs of spaces collapsed. Word order still counts."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", value))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    plain = re.sub(r"['’ʼ`]", "", plain)
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _hmac(key, kind, normalised):
    return hmac.new(key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()


def blind_index(kind, normalised):
    """The hash stored with a new row (newest key); '' for an empty value."""
    if not normalised:
        return ""
    return _hmac(_hash_keys()[0], kind, normalised)


def blind_index_candidates(kind, normalised):
    """Every hash a stored row may carry for this value (one per key), for lookups during a rotation."""
    if not normalised:
        return []
    return [_hmac(key, kind, normalised) for key in _hash_keys()]
