"""The intake team's review tool for inquiries: the case framework's ``TriageAdmin``
(``cases/case_admin.py``, shared with referrals) with an inquiry's fields, topic filter, search
and export columns. The audit trail's admin is the framework's too (``cases/admin.py``).
"""

from django.contrib import admin
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cases import crypto
from cases.case_admin import EstimateFilter, MineFilter, ReplyDueFilter, TriageAdmin, TriageNoteInline, choice_label

from .models import Inquiry, InquiryNote

SUBMITTED_FIELDS = (
    "name",
    "email",
    "phone",
    "contact_method",
    "contact_time",
    "topic",
    "message",
    "privacy_notice_version",
    "consented_at",
)


class TopicFilter(admin.SimpleListFilter):
    """Filter on the topic's keyed hash: the topic itself is stored encrypted."""

    title = "topic"
    parameter_name = "topic"

    def lookups(self, request, model_admin):
        return Inquiry.Topic.choices

    def queryset(self, request, queryset):
        if self.value() in Inquiry.Topic.values:
            return queryset.with_topic(self.value())
        return queryset


class InquiryNoteInline(TriageNoteInline):
    model = InquiryNote


def _language_name(code):
    """A form's language by its English name ("Spanish"), as the intake team's e-mails say it."""
    return translation.get_language_info(code)["name"] if code else ""


@admin.register(Inquiry)
class InquiryAdmin(TriageAdmin):
    SUBMITTED_FIELDS = SUBMITTED_FIELDS
    list_display = (
        "reference",
        "name",
        "received_at",
        "status",
        "assignee",
        "reply_due",
        "topic_label",
        "language",
        "age",
    )
    list_filter = (
        ReplyDueFilter,
        "status",
        EstimateFilter,
        TopicFilter,
        "language",
        MineFilter,
        ("assignee", admin.RelatedOnlyFieldListFilter),
        ("received_at", admin.DateFieldListFilter),
    )
    # The form's language, so the call back can be in it (a plain column, not health data).
    CASE_FIELDS = ("reference", "received_at", "language", "status", "assignee", "status_changed_at", "closed_at")
    search_help_text = _(
        "Matches the exact e-mail address, phone number, full name or reference (INQ-…), nothing partial: "
        "type all of it. Accents and capitals do not matter in a name."
    )
    inlines = [InquiryNoteInline]
    # Opening the inquiries list has always been audited with no detail (inquiries were the first kind).
    listed_detail = ""
    export_columns = (
        ("language", lambda inquiry: _language_name(inquiry.language)),
        ("topic", lambda inquiry: choice_label(inquiry, "topic")),
        ("name", lambda inquiry: inquiry.name),
        ("email", lambda inquiry: inquiry.email),
        ("phone", lambda inquiry: inquiry.phone),
        ("contact method", lambda inquiry: choice_label(inquiry, "contact_method")),
        ("contact time", lambda inquiry: choice_label(inquiry, "contact_time")),
        ("message", lambda inquiry: inquiry.message),
    )

    @admin.display(description="topic")
    def topic_label(self, obj):
        return obj.get_topic_display()

    def search_matches(self, term):
        if "@" in term:
            return Q(email_hash__in=crypto.blind_index_candidates("email", crypto.normalise_email(term)))
        phone = crypto.normalise_phone(term)
        if len(phone) >= 7:
            return Q(phone_hash__in=crypto.blind_index_candidates("phone", phone))
        return Q(pk__in=[])
