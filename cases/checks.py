"""A system check: the inquiry keys are real Fernet keys (checked at start, not at the first patient's submit)."""

from django.conf import settings
from django.core.checks import Error, register

from .crypto import KEYS_SETTING, validate_key


@register()
def check_inquiry_keys(app_configs, **kwargs):
    errors = []
    # A list already: settings.py splits the comma-separated variable (env_list), once.
    for position, key in enumerate(settings.INQUIRY_ENCRYPTION_KEYS, start=1):
        problem = validate_key(key)
        if problem:
            errors.append(
                Error(
                    f"{KEYS_SETTING}: key {position} {problem}.",
                    hint="Generate one with: python -c 'from cryptography.fernet import Fernet; "
                    "print(Fernet.generate_key().decode())'",
                    id="inquiries.E001",
                )
            )
    return errors
