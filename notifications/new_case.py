"""The intake team's e-mail about a new case (any kind): the reference and an admin link, nothing
anyone wrote. ``cases.services.submit_case`` calls it in the transaction that stores the case."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .outbox import queue_mail


def notify_intake_team(case):
    """Queue an e-mail with the reference and an admin link, nothing anyone wrote (the worker sends it)."""
    meta = case._meta
    link = settings.SITE_URL + reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[case.pk])
    # The form's language by its English name ("Spanish"): the intake team reads these e-mails in English.
    code = getattr(case, "language", "")
    language = translation.get_language_info(code)["name"] if code else ""
    body = (
        f"A new {case.KIND} arrived through the website: {case.reference}.\n"
        + (f"Form language: {language} (please reply in {language}).\n" if language else "")
        + "\n"
        f"Open it in the staff admin (login required):\n{link}\n\n"
        "This e-mail deliberately holds no details about the person.\n"
    )
    return queue_mail(
        subject=f"New {case.KIND} {case.reference}" + (f" ({language})" if language else ""),
        body=body,
        to=[settings.INTAKE_NOTIFY_EMAIL],
    )
