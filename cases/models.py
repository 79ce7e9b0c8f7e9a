"""The case framework's one table: the audit trail every kind of case writes to.

The table keeps the name it was created under (``inquiries_auditentry``): the model moved here from
``inquiries`` in migration state only (``cases/migrations/0001_initial.py``), no row was copied.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

__all__ = ["AuditEntry"]


class AuditEntry(models.Model):
    """Who did what to which case (inquiry or referral), and when. Never a submitted value: references,
    counts, field names only. One trail for every kind: the reference's prefix says which kind."""

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
    # Any kind's reference (INQ-…, REF-…); the column kept the name it had when inquiries were the only kind.
    inquiry_reference = models.CharField(max_length=12, blank=True, db_index=True, editable=False)
    detail = models.CharField(max_length=255, blank=True, editable=False)

    class Meta:
        db_table = "inquiries_auditentry"
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
        """One entry per case reference, written in one query; ``actor=None`` is the system (cron)."""
        name = actor.get_username() if actor is not None else "system"
        return cls.objects.bulk_create(
            cls(actor=actor, actor_name=name, action=action, inquiry_reference=reference, detail=detail[:255])
            for reference in references
        )
