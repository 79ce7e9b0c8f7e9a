"""Storing an inquiry and telling the intake team: the one place with side effects."""

import logging
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from .models import AuditEntry, Inquiry

logger = logging.getLogger(__name__)


def already_received(token):
    """True if an inquiry with this form token is stored (the token is not secret: it only names a form)."""
    try:
        return Inquiry.objects.filter(submission_token=uuid.UUID(str(token))).exists()
    except ValueError:
        return False


def submit_inquiry(*, cleaned_data, now=None):
    """Store one inquiry from a valid form; return ``(inquiry, created)``.

    The form's token is unique: a second post of the same form (a double click,
    a browser "resend") finds the first inquiry and stores nothing. The e-mail
    to the intake team goes out only after the row is committed.
    """
    now = now or timezone.now()
    token = cleaned_data["token"]
    try:
        with transaction.atomic():
            inquiry = Inquiry.objects.create(
                received_at=now,
                status_changed_at=now,
                name=cleaned_data["name"],
                email=cleaned_data["email"],
                phone=cleaned_data.get("phone", ""),
                contact_method=cleaned_data["contact_method"],
                contact_time=cleaned_data["contact_time"],
                topic=cleaned_data["topic"],
                message=cleaned_data.get("message", ""),
                privacy_notice_version=settings.PRIVACY_NOTICE_VERSION,
                consented_at=now,
                submission_token=token,
            )
            transaction.on_commit(lambda: notify_intake_team(inquiry))
    except IntegrityError:
        # The same form again (a double click, a resend, or two at once): the first one stands.
        existing = Inquiry.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    return inquiry, True


def notify_intake_team(inquiry):
    """E-mail the reference and an admin link, nothing a patient wrote. A failure is logged, never raised."""
    link = settings.SITE_URL + reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    body = (
        f"A new inquiry arrived through the website: {inquiry.reference}.\n\n"
        f"Open it in the staff admin (login required):\n{link}\n\n"
        "This e-mail deliberately holds no details about the person.\n"
    )
    try:
        send_mail(
            subject=f"New inquiry {inquiry.reference}",
            message=body,
            from_email=None,
            recipient_list=[settings.INTAKE_NOTIFY_EMAIL],
        )
    except Exception as exc:
        # The exception's text could in theory carry message content; log its type only.
        logger.error("Could not send the new-inquiry notification for %s (%s).", inquiry.reference, type(exc).__name__)
        return False
    return True


# --- Staff workflow -------------------------------------------------------------


def change_status(*, inquiries, status, actor):
    """Set a status on each inquiry (recording closing time for retention) and audit it; return how many changed."""
    changed = 0
    with transaction.atomic():
        for inquiry in inquiries:
            old = inquiry.get_status_display()
            if inquiry.set_status(status):
                inquiry.save(update_fields=["status", "status_changed_at", "closed_at"])
                AuditEntry.record(
                    actor=actor,
                    action=AuditEntry.Action.CHANGED,
                    reference=inquiry.reference,
                    detail=f"status: {old} -> {inquiry.get_status_display()}",
                )
                changed += 1
    return changed


def assign(*, inquiries, assignee, actor):
    changed = 0
    with transaction.atomic():
        for inquiry in inquiries:
            if inquiry.assignee_id != assignee.pk:
                inquiry.assignee = assignee
                inquiry.save(update_fields=["assignee"])
                AuditEntry.record(
                    actor=actor,
                    action=AuditEntry.Action.CHANGED,
                    reference=inquiry.reference,
                    detail=f"assignee: {assignee.get_username()}",
                )
                changed += 1
    return changed


def purge_closed(*, days, now=None, dry_run=False):
    """Delete inquiries closed more than ``days`` days ago, with their notes; audit each one. Return references."""
    due = Inquiry.objects.due_for_purge(days=days, now=now)
    if dry_run:
        return list(due.values_list("reference", flat=True))
    with transaction.atomic():
        # Chosen and deleted in one transaction with the rows locked: a case a reviewer
        # reopens meanwhile is either deleted before the reopening or not at all.
        references = list(due.select_for_update().values_list("reference", flat=True))
        if not references:
            return references
        due.filter(reference__in=references).delete()  # notes go with them (CASCADE)
        AuditEntry.record_many(
            actor=None,
            action=AuditEntry.Action.PURGED,
            references=references,
            detail=f"closed more than {days} days ago",
        )
    return references
