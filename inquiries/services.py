"""Storing an inquiry: the case framework's ``cases.services.submit_case`` with an inquiry's values.

Everything else a reviewer does to an inquiry (status, assignee, notes, export, deletion, the
retention purge) and every audit entry is the framework's too: ``cases/services.py``.
"""

from django.conf import settings

from cases.services import submit_case
from notifications.new_case import notify_intake_team

from .models import Inquiry


def submit_inquiry(*, cleaned_data, language=None, now=None):
    """Store one inquiry from a valid intake form; return ``(inquiry, created)``.

    ``language`` is the language of the form (the request's), kept so the clinic can reply in it.
    """
    return submit_case(
        model=Inquiry,
        token=cleaned_data["token"],
        now=now,
        notify=notify_intake_team,
        values={
            "name": cleaned_data["name"],
            "email": cleaned_data["email"],
            "phone": cleaned_data.get("phone", ""),
            "contact_method": cleaned_data["contact_method"],
            "contact_time": cleaned_data["contact_time"],
            "topic": cleaned_data["topic"],
            "message": cleaned_data.get("message", ""),
            "language": language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
        },
    )
