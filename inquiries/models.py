"""An inquiry is health data: who wrote and why are stored encrypted (see ``crypto.py``).

Plain columns hold only what the clinic's own workflow produces (reference,
times, status, assignee, the privacy-notice version accepted) and keyed hashes
used for exact search and filtering. ``__str__`` never shows a submitted value,
because it ends up in admin history, deletion pages and logs.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases import crypto
from cases.fields import EncryptedTextField
from cases.triage import REFERENCE_ALPHABET, TriageCase, TriageNote, TriageQuerySet, make_reference

from .contact_times import all_contact_time_choices

__all__ = ["REFERENCE_ALPHABET", "Inquiry", "InquiryNote", "new_reference"]


def new_reference():
    return make_reference("INQ")


class InquiryQuerySet(TriageQuerySet):
    def matching_email(self, value):
        return self.matching("email_hash", value)

    def matching_phone(self, value):
        return self.matching("phone_hash", value)

    def matching_name(self, value):
        return self.matching("name_hash", value)

    def with_topic(self, topic):
        return self.matching("topic_hash", topic)


def _as_is(value):
    return value


class Inquiry(TriageCase):
    """A prospective patient's request for a consultation (the triage workflow is ``triage.TriageCase``)."""

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
        # The stored values. The labels people read follow the opening hours: inquiries.contact_times.
        ANY = "any", _("Whenever we are open")
        MORNING = "morning", _("Morning")
        AFTERNOON = "afternoon", _("Afternoon")
        EVENING = "evening", _("Early evening")

    KIND = "inquiry"
    BLIND_INDEXES = {
        "email_hash": ("email", "email", crypto.normalise_email),
        "phone_hash": ("phone", "phone", crypto.normalise_phone),
        "topic_hash": ("topic", "topic", _as_is),
        "name_hash": ("name", "name", crypto.normalise_name),
    }
    ENCRYPTED_FIELDS = ("name", "email", "phone", "contact_method", "contact_time", "topic", "message")

    reference = models.CharField(max_length=12, unique=True, default=new_reference, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_inquiries"
    )

    # Submitted values, encrypted. Choice fields hold their code, encrypted too:
    # "depression" next to a row is health data.
    name = EncryptedTextField()
    email = EncryptedTextField()
    phone = EncryptedTextField(blank=True)
    contact_method = EncryptedTextField(choices=ContactMethod.choices)
    # Choices read when shown (a callable): "Morning, 8 am to noon" from the clinic's current hours.
    contact_time = EncryptedTextField(choices=all_contact_time_choices)
    topic = EncryptedTextField(choices=Topic.choices)
    message = EncryptedTextField(blank=True)

    # Keyed hashes for exact search and filtering (see crypto.blind_index).
    email_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    phone_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    topic_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # The full name, for a person who phones with only their name (crypto.normalise_name).
    name_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    # The language of the form the person filled in (settings.LANGUAGES), so the clinic can
    # call back in that language. Not health data: a plain column, filterable.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en", db_index=True, editable=False)

    objects = InquiryQuerySet.as_manager()

    class Meta(TriageCase.Meta):
        verbose_name_plural = "inquiries"
        permissions = [("export_inquiry", "Can export inquiries as CSV (includes contact details)")]


class InquiryNote(TriageNote):
    CASE_FIELD = "inquiry"

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="notes")

    class Meta(TriageNote.Meta):
        pass
