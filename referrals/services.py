"""Storing a referral: the case framework's ``cases.services.submit_case`` with a referral's values."""

from cases.services import submit_case
from notifications.new_case import notify_intake_team

from .models import Referral
from .validators import normalise_npi


def submit_referral(*, cleaned_data, now=None):
    """Store one referral from a valid form; return ``(referral, created)`` (a resent form stores nothing)."""
    values = {name: cleaned_data.get(name, "") for name in Referral.ENCRYPTED_FIELDS}
    values["referrer_npi"] = normalise_npi(cleaned_data["referrer_npi"])
    values["patient_birth_date"] = cleaned_data["patient_birth_date"].isoformat()
    values["antidepressant_trials"] = str(cleaned_data["antidepressant_trials"])
    return submit_case(model=Referral, values=values, token=cleaned_data["token"], now=now, notify=notify_intake_team)
