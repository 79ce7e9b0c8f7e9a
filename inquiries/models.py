"""An inquiry is health data: who wrote and why are stored encrypted (see ``crypto.py``).

Plain columns hold only what the clinic's own workflow produces (reference,
times, status, assignee, the privacy-notice version accepted) and keyed hashes
used for exact search and filtering. ``__str__`` never shows a submitted value,
because it ends up in admin history, deletion pages and logs.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import crypto
from .fields import EncryptedTextField

# No 0/O/1/I/L: staff read references aloud on the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    return "INQ-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class InquiryQuerySet(models.QuerySet):
    def due_for_purge(self, *, days, now=None):
        """Closed (or not-a-fit) inquiries whose case was closed more than ``days`` days ago."""
        cutoff = (now or timezone.now()) - timedelta(days=days)
        return self.filter(status__in=Inquiry.CLOSED_STATUSES, closed_at__lt=cutoff)

    def matching_email(self, value):
        return self.filter(email_hash__in=crypto.blind_index_candidates("email", crypto.normalise_email(value)))

    def matching_phone(self, value):
        return self.filter(phone_hash__in=crypto.blind_index_candidates("phone", crypto.normalise_phone(value)))

    def with_topic(self, topic):
        return self.filter(topic_hash__in=crypto.blind_index_candidates("topic", topic))


class Inquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        SCHEDULED = "scheduled", "Scheduled"
        NOT_A_FIT = "not_a_fit", "Not a fit"
        CLOSED = "closed", "Closed"

    # A case in one of these is finished: it gets a closed_at, and the retention purge may delete it.
    CLOSED_STATUSES = (Status.CLOSED, Status.NOT_A_FIT)

    class Topic(models.TextChoices):
        DEPRESSION = "depression", _("Depression")
        ANXIETY = "anxiety", _("Anxiety")
        PTSD = "ptsd", _("PTSD or trauma")
        COST = "cost", _("Cost and insurance")
        OTHER = "other", _("Something else, or not sure")

    class ContactMethod(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")
        EMAIL = "email", _("E-mail")

    class ContactTime(models.TextChoices):
        ANY = "any", _("Any time")
        MORNING = "morning", _("Morning (9 am to noon)")
        AFTERNOON = "afternoon", _("Afternoon (noon to 5 pm)")
        EVENING = "evening", _("Early evening (5 pm to 7 pm)")

    reference = models.CharField(max_length=12, unique=True, default=new_reference, editable=False)
    received_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_inquiries"
    )

    # Submitted values, encrypted. Choice fields hold their code, encrypted too:
    # "depression" next to a row is health data.
    name = EncryptedTextField()
    email = EncryptedTextField()
    phone = EncryptedTextField(blank=True)
    contact_method = EncryptedTextField(choices=ContactMethod.choices)
    contact_time = EncryptedTextField(choices=ContactTime.choices)
    topic = EncryptedTextField(choices=Topic.choices)
    message = EncryptedTextField(blank=True)

    # Keyed hashes for exact search and filtering (see crypto.blind_index).
    email_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    topic_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    privacy_notice_version = models.CharField(max_length=32, editable=False)
    consented_at = models.DateTimeField(editable=False)
    # Issued with the form; a second POST of the same form finds this and stores nothing.
    submission_token = models.UUIDField(unique=True, editable=False)
    # The language of the form the person filled in (settings.LANGUAGES), so the clinic can
    # call back in that language. Not health data: a plain column, filterable.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en", db_index=True, editable=False)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name_plural = "inquiries"
        permissions = [("export_inquiry", "Can export inquiries as CSV (includes contact details)")]

    def __str__(self):
        return f"Inquiry {self.reference}"

    def save(self, *args, **kwargs):
        self.refresh_blind_indexes()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {"email_hash", "phone_hash", "topic_hash"}
        super().save(*args, **kwargs)

    def refresh_blind_indexes(self):
        self.email_hash = crypto.blind_index("email", crypto.normalise_email(self.email))
        self.phone_hash = crypto.blind_index("phone", crypto.normalise_phone(self.phone))
        self.topic_hash = crypto.blind_index("topic", self.topic)

    def set_status(self, status, *, now=None):
        """Change status; closing stamps ``closed_at`` (the retention clock), reopening clears it."""
        now = now or timezone.now()
        if status == self.status:
            return False
        self.status = status
        self.status_changed_at = now
        self.closed_at = now if status in self.CLOSED_STATUSES else None
        return True


class InquiryNote(models.Model):
    """An internal note by a reviewer; encrypted, because notes about a patient are health data too."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    text = EncryptedTextField("note")

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Note on {self.inquiry.reference} by {self.author or 'a former user'}"


class AuditEntry(models.Model):
    """Who did what to which inquiry, and when. Never a submitted value: references, counts, field names only."""

    class Action(models.TextChoices):
        LISTED = "listed", "Viewed the list"
        VIEWED = "viewed", "Viewed"
        CHANGED = "changed", "Changed"
        NOTE_ADDED = "note_added", "Added a note"
        EXPORTED = "exported", "Exported (CSV)"
        DELETED = "deleted", "Deleted"
        PURGED = "purged", "Purged (retention)"
        KEYS_ROTATED = "keys_rotated", "Re-encrypted (key rotation)"

    at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, editable=False)
    # Kept as text so the trail still names the person after their account is deleted.
    actor_name = models.CharField(max_length=150, editable=False)
    action = models.CharField(max_length=16, choices=Action.choices, editable=False)
    inquiry_reference = models.CharField(max_length=12, blank=True, db_index=True, editable=False)
    detail = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        ordering = ["-at"]
        verbose_name = "audit entry"
        verbose_name_plural = "audit trail"

    def __str__(self):
        return f"{self.actor_name} {self.get_action_display().lower()} {self.inquiry_reference}".strip()

    @classmethod
    def record(cls, *, actor, action, reference="", detail=""):
        return cls.record_many(actor=actor, action=action, references=[reference], detail=detail)[0]

    @classmethod
    def record_many(cls, *, actor, action, references, detail=""):
        """One entry per inquiry reference, written in one query; ``actor=None`` is the system (cron)."""
        name = actor.get_username() if actor is not None else "system"
        return cls.objects.bulk_create(
            cls(actor=actor, actor_name=name, action=action, inquiry_reference=reference, detail=detail[:255])
            for reference in references
        )
