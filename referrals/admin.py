"""Referrals in the intake team's review tool: the case framework's ``TriageAdmin`` with a referral's fields.

Same statuses, assignee, notes, audit trail, CSV export permission and purge as
inquiries; searchable by reference, the referrer's NPI or e-mail, and the
patient's phone or full name (exact match, through the blind indexes).
"""

from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cases import crypto
from cases.case_admin import TriageAdmin, TriageNoteInline, choice_label

from .models import Referral, ReferralNote
from .validators import normalise_npi


class ReferralNoteInline(TriageNoteInline):
    model = ReferralNote


@admin.register(Referral)
class ReferralAdmin(TriageAdmin):
    refusal_message = _(
        "Referrals are for the intake reviewers: they hold what referring clinicians sent about their patients, "
        "so only the Intake reviewers group can open them. If your work needs them, ask a superuser."
    )
    SUBMITTED_FIELDS = (*Referral.ENCRYPTED_FIELDS, "privacy_notice_version", "consented_at")
    list_display = (
        "reference",
        "patient_name",
        "received_at",
        "status",
        "assignee",
        "reply_due",
        "urgency_label",
        "age",
    )
    search_help_text = _(
        "Exact match: a reference (REF-…), the referrer's NPI or e-mail, or the patient's phone number or "
        "full name. Accents and capitals do not matter in a name."
    )
    inlines = [ReferralNoteInline]
    export_columns = tuple(
        (str(Referral._meta.get_field(name).verbose_name), (lambda case, name=name: _display(case, name)))
        for name in Referral.ENCRYPTED_FIELDS
    )

    @admin.display(description="urgency")
    def urgency_label(self, obj):
        return obj.get_urgency_display()

    def search_matches(self, term):
        if "@" in term:
            return Q(referrer_email_hash__in=crypto.blind_index_candidates("email", crypto.normalise_email(term)))
        matches = Q(pk__in=[])
        npi = normalise_npi(term)
        if len(npi) == 10 and npi == term.replace(" ", "").replace("-", ""):
            matches |= Q(npi_hash__in=crypto.blind_index_candidates("npi", npi))
        phone = crypto.normalise_phone(term)
        if len(phone) >= 7:
            matches |= Q(patient_phone_hash__in=crypto.blind_index_candidates("phone", phone))
        return matches


def _display(case, name):
    return choice_label(case, name) if Referral._meta.get_field(name).choices else getattr(case, name)
