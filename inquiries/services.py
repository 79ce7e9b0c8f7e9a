"""Every side effect of the inquiries app: storing an inquiry, telling the intake team, the reviewers'
changes, and every audit entry (the admin calls these; it never writes a row or an entry itself)."""

import logging
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from .models import AuditEntry, Inquiry

logger = logging.getLogger(__name__)


def already_received(token):
    """True if an inquiry with this form token is stored (the token is not secret: it only names a form)."""
    try:
        return Inquiry.objects.filter(submission_token=uuid.UUID(str(token))).exists()
    except ValueError:
        return False


def submit_inquiry(*, cleaned_data, language=None, now=None):
    """Store one inquiry from a valid form; return ``(inquiry, created)``.

    ``language`` is the language of the form (the request's), kept so the clinic can reply
    in it. The form's token is unique: a second post of the same form (a double click,
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
                language=language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
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
    # The language's English name ("Spanish"): the intake team reads these e-mails in English.
    language = translation.get_language_info(inquiry.language)["name"]
    body = (
        f"A new inquiry arrived through the website: {inquiry.reference}.\n"
        f"Form language: {language} (please reply in {language}).\n\n"
        f"Open it in the staff admin (login required):\n{link}\n\n"
        "This e-mail deliberately holds no details about the person.\n"
    )
    try:
        send_mail(
            subject=f"New inquiry {inquiry.reference} ({language})",
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


def _status_change(old_status, new_status):
    """The audit trail's one wording for a status change."""
    return f"status: {Inquiry.Status(old_status).label} -> {Inquiry.Status(new_status).label}"


def _assignee_change(assignee):
    return f"assignee: {assignee.get_username() if assignee else 'nobody'}"


def change_status(*, inquiries, status, actor):
    """Set a status on each inquiry (recording closing time for retention) and audit it; return how many changed."""
    changed = 0
    with transaction.atomic():
        for inquiry in inquiries:
            old = inquiry.status
            if inquiry.set_status(status):
                inquiry.save(update_fields=["status", "status_changed_at", "closed_at"])
                AuditEntry.record(
                    actor=actor,
                    action=AuditEntry.Action.CHANGED,
                    reference=inquiry.reference,
                    detail=_status_change(old, status),
                )
                changed += 1
    return changed


def assign(*, inquiries, assignee, actor):
    """Give each inquiry to ``assignee`` and audit it; return how many changed."""
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
                    detail=_assignee_change(assignee),
                )
                changed += 1
    return changed


def save_case(*, inquiry, old_status, changed_fields, actor):
    """Save a reviewer's edit of one case (the admin's change form) and audit what changed.

    ``inquiry`` carries the form's new values; a new status also sets the status and
    closing times, as a list action would. Status and assignee go into one audit entry.
    """
    details = []
    with transaction.atomic():
        if "status" in changed_fields:
            old_status = old_status or Inquiry.Status.NEW
            new_status, inquiry.status = inquiry.status, old_status
            inquiry.set_status(new_status)
            details.append(_status_change(old_status, new_status))
        if "assignee" in changed_fields:
            details.append(_assignee_change(inquiry.assignee))
        inquiry.save()
        if details:
            AuditEntry.record(
                actor=actor, action=AuditEntry.Action.CHANGED, reference=inquiry.reference, detail="; ".join(details)
            )
    return inquiry


def add_notes(*, notes, author):
    """Store new internal notes by ``author`` and audit each; notes already stored are never changed."""
    added = []
    with transaction.atomic():
        for note in notes:
            if note.pk is None:
                note.author = author
                note.save()
                AuditEntry.record(actor=author, action=AuditEntry.Action.NOTE_ADDED, reference=note.inquiry.reference)
                added.append(note)
    return added


def delete_inquiries(*, inquiries, actor):
    """Delete these inquiries (a queryset) with their notes, auditing each reference; return the references."""
    with transaction.atomic():
        references = list(inquiries.values_list("reference", flat=True))
        AuditEntry.record_many(actor=actor, action=AuditEntry.Action.DELETED, references=references)
        inquiries.filter(reference__in=references).delete()
    return references


def record_listed(*, actor):
    """A reviewer opened the list of inquiries."""
    AuditEntry.record(actor=actor, action=AuditEntry.Action.LISTED)


def record_viewed(*, actor, inquiry):
    """A reviewer opened one inquiry."""
    AuditEntry.record(actor=actor, action=AuditEntry.Action.VIEWED, reference=inquiry.reference)


def record_exported(*, actor, inquiries):
    """A reviewer exported these inquiries (every contact detail) as CSV."""
    AuditEntry.record_many(
        actor=actor,
        action=AuditEntry.Action.EXPORTED,
        references=[inquiry.reference for inquiry in inquiries],
        detail=f"CSV export of {len(inquiries)} inquiries",
    )


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
