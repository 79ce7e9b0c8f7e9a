"""A clinician's referral of a patient: one more kind of case in the inquiries' triage workflow.

Everything the referring clinician sends is encrypted at rest with the inquiry
keys (``cases.fields.EncryptedTextField``); only the referrer's NPI, e-mail
and the patient's phone and full name are searchable, through keyed hashes (blind indexes).
Status, assignee, notes, audit trail, purge and key rotation come from
``cases.triage``.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cases import crypto
from cases.fields import EncryptedTextField
from cases.triage import TriageCase, TriageNote, TriageQuerySet, make_reference

from .validators import normalise_npi


def new_referral_reference():
    return make_reference("REF")


class ReferralQuerySet(TriageQuerySet):
    def matching_npi(self, value):
        return self.matching("npi_hash", value)

    def matching_patient_phone(self, value):
        return self.matching("patient_phone_hash", value)

    def matching_patient_name(self, value):
        return self.matching("patient_name_hash", value)


class Referral(TriageCase):
    class Reason(models.TextChoices):
        TRD = "trd", _("Treatment-resistant depression")
        SUICIDAL = "suicidal", _("Depression with suicidal thoughts, being treated elsewhere")
        OTHER = "other", _("Another condition")

    class Urgency(models.TextChoices):
        ROUTINE = "routine", _("Routine")
        SOON = "soon", _("Soon")
        URGENT = "urgent", _("Urgent")

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        SPANISH = "es", _("Spanish")
        OTHER = "other", _("Another language")

    KIND = "referral"
    BLIND_INDEXES = {
        "npi_hash": ("npi", "referrer_npi", normalise_npi),
        "referrer_email_hash": ("email", "referrer_email", crypto.normalise_email),
        "patient_phone_hash": ("phone", "patient_phone", crypto.normalise_phone),
        "patient_name_hash": ("name", "patient_name", crypto.normalise_name),
    }
    ENCRYPTED_FIELDS = (
        "referrer_name",
        "referrer_credentials",
        "referrer_npi",
        "referrer_practice",
        "referrer_phone",
        "referrer_fax",
        "referrer_email",
        "patient_name",
        "patient_birth_date",
        "patient_phone",
        "patient_email",
        "patient_language",
        "reason",
        "antidepressant_trials",
        "trials_summary",
        "current_medications",
        "urgency",
    )

    reference = models.CharField(max_length=12, unique=True, default=new_referral_reference, editable=False)

    def is_urgent(self):
        return self.urgency == self.Urgency.URGENT

    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_referrals"
    )

    # The referring clinician.
    referrer_name = EncryptedTextField(_("referrer's name"))
    referrer_credentials = EncryptedTextField(_("credentials"))
    referrer_npi = EncryptedTextField(_("NPI"))
    referrer_practice = EncryptedTextField(_("practice"))
    referrer_phone = EncryptedTextField(_("referrer's phone"))
    referrer_fax = EncryptedTextField(_("fax"), blank=True)
    referrer_email = EncryptedTextField(_("referrer's e-mail"))
    # The patient. The birth date is kept as ISO text: encrypted, it cannot be a date column.
    patient_name = EncryptedTextField(_("patient's name"))
    patient_birth_date = EncryptedTextField(_("date of birth"))
    patient_phone = EncryptedTextField(_("patient's phone"))
    patient_email = EncryptedTextField(_("patient's e-mail"), blank=True)
    patient_language = EncryptedTextField(_("preferred language"), choices=Language.choices)
    # The referral.
    reason = EncryptedTextField(_("reason"), choices=Reason.choices)
    antidepressant_trials = EncryptedTextField(_("antidepressant trials (count)"))
    trials_summary = EncryptedTextField(_("antidepressant trials (summary)"))
    current_medications = EncryptedTextField(_("current medications"))
    urgency = EncryptedTextField(_("urgency"), choices=Urgency.choices)

    # Keyed hashes for exact search (see cases.crypto.blind_index).
    npi_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    referrer_email_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    patient_phone_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    patient_name_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    objects = ReferralQuerySet.as_manager()

    class Meta(TriageCase.Meta):
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        permissions = [("export_referral", "Can export referrals as CSV (includes patient details)")]


class ReferralNote(TriageNote):
    CASE_FIELD = "referral"

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="notes")

    class Meta(TriageNote.Meta):
        verbose_name = _("note")
