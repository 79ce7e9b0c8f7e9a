"""The intake team's review tool.

``TriageAdmin`` is the review tool of every kind of case (inquiries here,
referrals in ``referrals/admin.py``): one workflow, one audit trail.

Only the "Intake reviewers" group (and superusers) hold permissions on these
models, so the admin shows cases to nobody else: other staff get 403, and
anonymous visitors the login page. Submitted values are read-only. Every view,
change, note, export and deletion is written to the audit trail (``cases.models.AuditEntry``)
through ``cases.services``, which names who, what and which reference, never a submitted value.
"""

import csv
import functools
import re
from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.http import StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters

from cases import crypto, services
from cases.admin import REVIEWERS_ONLY
from cases.case_admin import CaseAdminMixin

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


def _today_bounds():
    """Start and end of today in the clinic's time zone."""
    start = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


class ReplyDueFilter(admin.SimpleListFilter):
    """Cases nobody has answered yet, by their reply-due time (a column: cases/reply_due.py)."""

    title = "reply"
    parameter_name = "reply"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("today", "Due today"), ("waiting", "Not answered yet")]

    def queryset(self, request, queryset):
        waiting = queryset.filter(first_contacted_at__isnull=True, status=queryset.model.Status.NEW)
        if self.value() == "overdue":
            return waiting.filter(reply_due_at__lt=timezone.now())
        if self.value() == "today":
            start, end = _today_bounds()
            return waiting.filter(reply_due_at__gte=start, reply_due_at__lt=end)
        if self.value() == "waiting":
            return waiting
        return queryset


class EstimateFilter(admin.SimpleListFilter):
    """Self-pay patients owed a written Good Faith Estimate that has not been sent."""

    title = "Good Faith Estimate"
    parameter_name = "estimate"

    def lookups(self, request, model_admin):
        return [("due", "Due, not sent"), ("overdue", "Overdue")]

    def queryset(self, request, queryset):
        owed = queryset.filter(estimate_due_at__isnull=False, estimate_sent_at__isnull=True)
        if self.value() == "due":
            return owed
        if self.value() == "overdue":
            return owed.filter(estimate_due_at__lt=timezone.now())
        return queryset


class MineFilter(admin.SimpleListFilter):
    title = "assigned"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "To me"), ("nobody", "To nobody")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assignee=request.user)
        if self.value() == "nobody":
            return queryset.filter(assignee__isnull=True)
        return queryset


class TriageNoteInline(admin.StackedInline):
    """Notes are added, never edited or deleted: they are the case history. A kind sets ``model``."""

    extra = 1
    fields = ("text", "author", "created_at")
    readonly_fields = ("author", "created_at")
    can_delete = False

    def _perm(self, action, model):
        return f"{model._meta.app_label}.{action}_{model._meta.model_name}"

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return obj is not None and request.user.has_perm(self._perm("add", self.model))

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(self._perm("view", self.model)) or request.user.has_perm(
            self._perm("view", self.parent_model)
        )


class InquiryNoteInline(TriageNoteInline):
    model = InquiryNote


# A formula can start a cell, or any piece of it a spreadsheet splits off at a separator
# (a comma, a semicolon in European locales, a tab or a line break): "Ana;=HYPERLINK(...)".
_FORMULA_START = re.compile(r"(^|[,;\t\r\n])(\s*)([=+\-@])")


EXPORT_CHUNK = 500  # rows read from the database at a time while the export streams


class _CsvLine:
    """A file for csv.writer that hands back each written line (the export streams them)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def take(self):
        text, self.parts = "".join(self.parts), []
        return text


def _csv_safe(value):
    """Stop spreadsheet programs from running any part of a cell as a formula (CSV injection):
    a quote mark goes before each ``=``, ``+``, ``-`` or ``@`` that starts the cell or follows a separator."""
    text = "" if value is None else str(value)
    return _FORMULA_START.sub(lambda m: f"{m[1]}{m[2]}'{m[3]}", text)


def _local(moment):
    return timezone.localtime(moment).isoformat(timespec="minutes") if moment else ""


BOM = "\ufeff"  # the export's first character: Excel reads the file as UTF-8 only with it


def _notes_cell(notes):
    """A case's notes in one cell, oldest first, one line each: "time, author: text"."""
    return "\n".join(
        f"{_local(note.created_at)}, {note.author.get_username() if note.author else 'a former user'}: {note.text}"
        for note in notes
    )


@functools.lru_cache(maxsize=512)
def _choice_label(model, field, value, language):
    return str(dict(model._meta.get_field(field).flatchoices).get(value, value))


def choice_label(case, field):
    """A choice's label, as ``get_<field>_display()`` gives it, remembered per model, value and language:
    the export asks 400,000 times for a few dozen labels (each a translation lookup otherwise)."""
    return _choice_label(type(case), field, getattr(case, field), translation.get_language())


def _language_name(code):
    """A form's language by its English name ("Spanish"), as the intake team's e-mails say it."""
    return translation.get_language_info(code)["name"] if code else ""


class TriageAdmin(CaseAdminMixin, admin.ModelAdmin):
    """The review tool for one kind of case: every kind gets the same list, actions, audit and export.

    A kind's admin adds ``SUBMITTED_FIELDS`` (read-only), ``inlines`` (its note inline),
    ``search_matches(term)`` (blind-index lookups), ``export_columns`` and its list columns.
    """

    case_services = services  # "Assign to me" and the status on the case page (case_admin.py)
    refusal_message = REVIEWERS_ONLY
    SUBMITTED_FIELDS = ()
    # (header, function of a case) for the CSV export after the case columns.
    export_columns = ()
    # The audit entry's detail when the list is opened: None names the kind ("referrals").
    listed_detail = None

    list_display = ("reference", "received_at", "status", "assignee", "reply_due", "age")
    list_filter = (
        ReplyDueFilter,
        "status",
        EstimateFilter,
        MineFilter,
        ("assignee", admin.RelatedOnlyFieldListFilter),
        ("received_at", admin.DateFieldListFilter),
    )
    list_select_related = ("assignee",)
    search_fields = ("=reference",)
    list_per_page = 50
    # A filtered list is counted once (for the pages), never the whole table again beside it.
    show_full_result_count = False
    actions = [
        "assign_to_me",
        "mark_contacted",
        "mark_scheduled",
        "mark_not_a_fit",
        "mark_closed",
        "export_csv",
    ]
    CASE_FIELDS = (
        "reference",
        "received_at",
        "reply_due_at",
        "first_contacted_at",
        "status",
        "assignee",
        "status_changed_at",
        "closed_at",
    )
    ESTIMATE_FIELDS = (
        "self_pay",
        "visit_date",
        "estimate_requested",
        "estimate_due_at",
        "estimate_sent_at",
        "estimate_sent_by",
    )
    TIMES = ("reply_due_at", "first_contacted_at", "estimate_due_at", "estimate_sent_at", "estimate_sent_by")

    def get_fieldsets(self, request, obj=None):
        return (
            ("Case", {"fields": self.CASE_FIELDS}),
            (
                "Good Faith Estimate (self-pay patients)",
                {
                    "fields": self.ESTIMATE_FIELDS,
                    "description": (
                        "When you schedule a self-pay patient, enter the visit date: the estimate's due date "
                        "follows from the rule (1 business day after scheduling a visit 3 or more business days "
                        "away, 3 business days for 10 or more, or 3 business days after the person asks)."
                    ),
                },
            ),
            ("What was sent (read-only)", {"fields": self.SUBMITTED_FIELDS}),
        )

    def get_readonly_fields(self, request, obj=None):
        case_columns = ("reference", "received_at", "language", "status_changed_at", "closed_at")
        return (*[f for f in case_columns if f in self.CASE_FIELDS], *self.TIMES, *self.SUBMITTED_FIELDS)

    def get_ordering(self, request):
        """Unanswered cases first, the most overdue on top; then the rest, newest first: one stored
        key (``TriageCase.queue_order``) and the primary key, the order of their index, so a deep page
        reads its 50 rows from the index instead of sorting every case."""
        return ["queue_order", "-pk"]

    def get_sortable_by(self, request):
        """Every column but the encrypted ones (the Name): their stored text is ciphertext, which sorts
        as noise, and sorting by it would read every case."""
        encrypted = set(self.model.ENCRYPTED_FIELDS)
        return [name for name in self.get_list_display(request) if name not in encrypted]

    @property
    def _kind_plural(self):
        return self.model._meta.verbose_name_plural

    # --- list columns --------------------------------------------------------------

    @admin.display(description="reply due", ordering="reply_due_at")
    def reply_due(self, obj):
        if obj.reply_due_at is None or obj.first_contacted_at is not None or obj.status != obj.Status.NEW:
            return "—"
        when = timezone.localtime(obj.reply_due_at).strftime("%a %b %d, %H:%M").replace(" 0", " ")
        return f"OVERDUE since {when}" if obj.reply_due_at < timezone.now() else when

    @admin.display(description="age")
    def age(self, obj):
        return timesince(obj.received_at, timezone.now())

    # --- permissions: cases arrive only through the public forms -------------------

    def has_add_permission(self, request):
        return False

    def has_export_permission(self, request):
        return request.user.has_perm(f"{self.model._meta.app_label}.export_{self.model._meta.model_name}")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            codename = f"change_{self.model._meta.model_name}"
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True, is_staff=True)
                .filter(
                    Q(is_superuser=True)
                    | Q(groups__permissions__codename=codename)
                    | Q(user_permissions__codename=codename)
                )
                .distinct()
                .order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # --- exact search through the blind index --------------------------------------

    def search_matches(self, term):
        """A Q of blind-index matches for a search term (a kind adds its own)."""
        return Q(pk__in=[])

    def name_matches(self, term):
        """The person's full name, exact after ``crypto.normalise_name``, through the kind's blind index
        of kind "name" (a term with an "@" or a digit is an address or a number, not a name)."""
        columns = [column for column, (kind, _source, _n) in self.model.BLIND_INDEXES.items() if kind == "name"]
        name = crypto.normalise_name(term)
        if not columns or not name or "@" in term or any(char.isdigit() for char in term):
            return Q(pk__in=[])
        return Q(**{f"{columns[0]}__in": crypto.blind_index_candidates("name", name)})

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        # References are upper case (REFERENCE_ALPHABET): an exact match uses the unique index, where a
        # case-insensitive one would make the whole OR scan the table.
        matches = Q(reference=term.upper()) | self.search_matches(term) | self.name_matches(term)
        return queryset.filter(matches), False

    # --- audit: views, changes, notes, deletions ------------------------------------

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        if request.method == "GET" and getattr(response, "status_code", None) == 200:
            detail = str(self._kind_plural) if self.listed_detail is None else self.listed_detail
            services.record_listed(actor=request.user, detail=detail)
        return response

    @method_decorator(sensitive_post_parameters())
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        response = super().changeform_view(request, object_id, form_url, extra_context)
        if object_id and request.method == "GET" and getattr(response, "status_code", None) == 200:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                services.record_viewed(actor=request.user, case=obj)
        return response

    def save_model(self, request, obj, form, change):
        services.save_case(
            case=obj, old_status=form.initial.get("status"), changed_fields=form.changed_data, actor=request.user
        )

    def save_formset(self, request, form, formset, change):
        services.add_notes(notes=formset.save(commit=False), author=request.user)
        formset.save_m2m()

    def delete_model(self, request, obj):
        services.delete_cases(cases=self.model.objects.filter(pk=obj.pk), actor=request.user)

    def delete_queryset(self, request, queryset):
        services.delete_cases(cases=queryset, actor=request.user)

    # --- actions ---------------------------------------------------------------------

    @admin.action(description="Assign to me", permissions=["change"])
    def assign_to_me(self, request, queryset):
        count = services.assign(cases=queryset, assignee=request.user, actor=request.user)
        self.message_user(request, f"{count} {self.model._meta.verbose_name}(s) assigned to you.", messages.SUCCESS)

    def _mark(self, request, queryset, status):
        count = services.change_status(cases=queryset, status=status, actor=request.user)
        self.message_user(
            request, f"{count} {self.model._meta.verbose_name}(s) marked {self.model.Status(status).label.lower()}."
        )

    @admin.action(description="Mark as contacted", permissions=["change"])
    def mark_contacted(self, request, queryset):
        self._mark(request, queryset, self.model.Status.CONTACTED)

    @admin.action(description="Mark as scheduled", permissions=["change"])
    def mark_scheduled(self, request, queryset):
        self._mark(request, queryset, self.model.Status.SCHEDULED)

    @admin.action(description="Mark as not a fit", permissions=["change"])
    def mark_not_a_fit(self, request, queryset):
        self._mark(request, queryset, self.model.Status.NOT_A_FIT)

    @admin.action(description="Mark as closed", permissions=["change"])
    def mark_closed(self, request, queryset):
        self._mark(request, queryset, self.model.Status.CLOSED)

    @admin.action(description="Export selected as CSV (includes contact details)", permissions=["export"])
    def export_csv(self, request, queryset):
        """Streamed row by row from the database (constant memory, the first bytes at once). Each case is
        on the audit trail before its row leaves the server, a chunk at a time. UTF-8 with a byte-order
        mark, so a spreadsheet program reads "María López" as written."""
        notes = Prefetch(
            "notes", queryset=self.model._meta.get_field("notes").related_model.objects.select_related("author")
        )
        # iterator(chunk_size=...) runs the notes' prefetch once per chunk: two queries a chunk, not one a row.
        cases = queryset.select_related("assignee").prefetch_related(notes).order_by("received_at", "pk")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response = StreamingHttpResponse(self._csv_lines(cases, request.user), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self._kind_plural}-{stamp}.csv"'
        response["Cache-Control"] = "no-store"
        return response

    def _csv_lines(self, cases, actor):
        line = _CsvLine()
        writer = csv.writer(line, quoting=csv.QUOTE_ALL)
        writer.writerow(
            ["reference", "received", "status", "assignee"]
            + [header for header, _value in self.export_columns]
            + ["notes", "privacy notice", "consented"]
        )
        yield BOM + line.take()
        chunk = []
        for case in cases.iterator(chunk_size=EXPORT_CHUNK):
            chunk.append(case)
            if len(chunk) == EXPORT_CHUNK:
                yield self._csv_chunk(writer, line, chunk, actor)
                chunk = []
        if chunk:
            yield self._csv_chunk(writer, line, chunk, actor)

    def _csv_chunk(self, writer, line, cases, actor):
        services.record_exported(actor=actor, cases=cases)  # on the trail before the rows leave
        for case in cases:
            row = [
                case.reference,
                _local(case.received_at),
                choice_label(case, "status"),
                case.assignee.get_username() if case.assignee else "",
                *(value(case) for _header, value in self.export_columns),
                _notes_cell(case.notes.all()),
                case.privacy_notice_version,
                _local(case.consented_at),
            ]
            writer.writerow(_csv_safe(value) for value in row)
        return line.take()


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
