"""One triage workflow for every kind of request the intake team reviews.

A patient's inquiry and a clinician's referral are two kinds of the same thing:
a case with a reference, a status, an assignee, notes and an audit trail, whose
submitted values are encrypted at rest and found only through blind indexes,
and which the retention purge deletes after it is closed. The abstract models
here carry all of that; each kind (``inquiries.Inquiry``, ``referrals.Referral``)
adds only its own submitted fields and says which of them are searchable.

A kind declares:

- ``reference`` with its own prefix (``INQ-``, ``REF-``) and ``assignee`` with
  its own reverse name (Django needs one per model);
- ``BLIND_INDEXES``: ``{hash column: (kind, source field, normaliser)}``;
- ``ENCRYPTED_FIELDS``: the encrypted columns (re-encrypted by key rotation);
- ``KIND``: how staff and e-mails name one case ("inquiry", "referral").
"""

import secrets
import uuid
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

from . import crypto
from .fields import EncryptedTextField, is_undecryptable

# No 0/O/1/I/L: staff read references aloud on the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def make_reference(prefix):
    return f"{prefix}-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


# The reviewers' list order as one number, so one index serves it: cases waiting for a first answer
# come first, the one due soonest on top (the key is its due time in seconds); then every other case,
# newest first (the key counts down from QUEUE_REST as the received time grows).
QUEUE_REST = 10**11  # after any due time in seconds since 1970 (year 5138)


def queue_key(*, waiting, reply_due_at, received_at):
    if waiting:
        return int((reply_due_at or received_at).timestamp())
    return QUEUE_REST - int(received_at.timestamp())


class TriageQuerySet(models.QuerySet):
    def due_for_purge(self, *, days, now=None):
        """Closed (or not-a-fit) cases whose case was closed more than ``days`` days ago."""
        cutoff = (now or timezone.now()) - timedelta(days=days)
        return self.filter(status__in=self.model.CLOSED_STATUSES, closed_at__lt=cutoff)

    def matching(self, column, value):
        """Rows whose blind index ``column`` matches ``value`` (normalised as the model says)."""
        kind, _source, normalise = self.model.BLIND_INDEXES[column]
        return self.filter(**{f"{column}__in": crypto.blind_index_candidates(kind, normalise(value))})


class TriageCase(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        SCHEDULED = "scheduled", "Scheduled"
        NOT_A_FIT = "not_a_fit", "Not a fit"
        CLOSED = "closed", "Closed"

    # A case in one of these is finished: it gets a closed_at, and the retention purge may delete it.
    CLOSED_STATUSES = (Status.CLOSED, Status.NOT_A_FIT)

    KIND = "case"
    BLIND_INDEXES = {}
    ENCRYPTED_FIELDS = ()

    received_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW, db_index=True)
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    privacy_notice_version = models.CharField(max_length=32, editable=False)
    consented_at = models.DateTimeField(editable=False)
    # Issued with the form; a second POST of the same form finds this and stores nothing.
    submission_token = models.UUIDField(unique=True, editable=False)

    # When the clinic promised to reply by (cases/reply_due.py), and when someone first did.
    reply_due_at = models.DateTimeField("reply due", null=True, blank=True, db_index=True, editable=False)
    first_contacted_at = models.DateTimeField("first contacted", null=True, blank=True, editable=False)

    # The Good Faith Estimate a self-pay patient is owed (45 CFR 149.610): asked when the case is
    # scheduled; the due time follows from the rule (cases/reply_due.py), the sending is recorded.
    visit_date = models.DateField("visit date", null=True, blank=True)
    self_pay = models.BooleanField("self-pay (not using insurance)", null=True, blank=True)
    estimate_requested = models.BooleanField("asked for an estimate", default=False)
    estimate_due_at = models.DateTimeField("estimate due", null=True, blank=True, db_index=True, editable=False)
    estimate_sent_at = models.DateTimeField("estimate sent", null=True, blank=True, editable=False)
    estimate_sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    # Where the case sits in the reviewers' list (``queue_key``), kept in step by ``set_status`` and
    # when the case is stored (``refresh_queue_key``); with the primary key, the list's one index.
    queue_order = models.BigIntegerField(default=0, editable=False)

    objects = TriageQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-received_at"]
        # The reviewers' list order (TriageAdmin.get_ordering), read in index order even on page 1,000.
        # With the status first: the status and reply filters ("new", overdue) in the same order.
        indexes = [
            models.Index(fields=["queue_order", "-id"], name="%(app_label)s_%(class)s_queue"),
            models.Index(fields=["status", "queue_order", "-id"], name="%(class)s_status_queue"),
        ]

    def __str__(self):
        return f"{self.KIND.capitalize()} {self.reference}"

    def save(self, *args, **kwargs):
        # The blind indexes always follow the values they index (a column, not logic of the save).
        self.refresh_blind_indexes()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | set(self.BLIND_INDEXES)
        super().save(*args, **kwargs)

    def is_urgent(self):
        """An urgent case is due the same business day (a kind says which of its cases are)."""
        return False

    def refresh_blind_indexes(self):
        for column, (kind, source, normalise) in self.BLIND_INDEXES.items():
            value = getattr(self, source)
            if is_undecryptable(value):
                continue  # the stored hash still matches the stored value; the label must not replace it
            setattr(self, column, crypto.blind_index(kind, normalise(value)))

    def set_status(self, status, *, now=None):
        """Change status; closing stamps ``closed_at`` (the retention clock), reopening clears it."""
        now = now or timezone.now()
        if status == self.status:
            return False
        if self.status == self.Status.NEW and self.first_contacted_at is None:
            self.first_contacted_at = now  # leaving "new" is the first answer the person got
        self.status = status
        self.status_changed_at = now
        self.closed_at = now if status in self.CLOSED_STATUSES else None
        self.refresh_queue_key()
        return True

    def refresh_queue_key(self):
        """Place the case in the reviewers' list: unanswered ("new") first by due time, then newest first."""
        self.queue_order = queue_key(
            waiting=self.status == self.Status.NEW, reply_due_at=self.reply_due_at, received_at=self.received_at
        )


class TriageNote(models.Model):
    """An internal note by a reviewer; encrypted, because notes about a patient are health data too.

    A kind's note model adds the foreign key to its case, named by ``CASE_FIELD``.
    """

    CASE_FIELD = "case"

    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    text = EncryptedTextField("note")

    class Meta:
        abstract = True
        ordering = ["created_at"]

    def __str__(self):
        return f"Note on {self.case.reference} by {self.author or 'a former user'}"

    @property
    def case(self):
        return getattr(self, self.CASE_FIELD)


def case_models():
    """Every installed kind of case (the purge and key rotation go through all of them)."""
    return [model for model in apps.get_models() if issubclass(model, TriageCase)]


def note_models():
    return [model for model in apps.get_models() if issubclass(model, TriageNote)]


def already_received(model, token):
    """True if a case of this kind with this form token is stored (the token is not secret: it only names a form)."""
    try:
        return model.objects.filter(submission_token=uuid.UUID(str(token))).exists()
    except ValueError:
        return False
