"""What every case admin shares (inquiries, the care team's referrals): the reviewer's conveniences.

- One place for the status and the assignee, and one save: the case page's form. The box above it
  ("This case") says where the case stands, and its buttons ("Assign to me", "Estimate sent") submit
  that same form, so a note or a status typed first is saved with them, never dropped; a form with
  an error comes back with everything typed still in it. Every change goes through the app's
  services (``case_services``), which audit it.
- The reference in the list reads as a link (underlined, AA contrast: ``case_admin.css``).
- A deep list page reads its rows' keys from the index first (``IndexFirstPaginator``).
- "Delete selected" is the last of the list's actions, not the first (same permission as before).
- Staff outside the role get the admin's own 403 page saying whose part this is.

The review tool itself, ``TriageAdmin``: one list, filters, actions, audit and CSV export for every
kind of case; a kind's admin (``inquiries/admin.py``, ``referrals/admin.py``) adds its fields.
Only the "Intake reviewers" group (and superusers) hold permissions on the cases, so the admin
shows them to nobody else: other staff get 403, anonymous visitors the login page. Submitted values
are read-only. Every view, change, note, export and deletion is written to the audit trail
(``models.AuditEntry``) through ``services``, which names who, what and which reference, never a
submitted value.
"""

import csv
import functools
import re
from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, Q
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.debug import sensitive_post_parameters

from staff.admin_site import HelpfulRefusalMixin

from . import crypto, services


class IndexFirstPaginator(Paginator):
    """A list page in two steps: the page's primary keys, read from the index that holds the list's
    order (a deep page steps over 50,000 index entries, not 50,000 rows), then those 50 rows."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        return Page(self.object_list.filter(pk__in=keys), number, self)


ASSIGN_TO_ME = "_assign_to_me"
ESTIMATE_SENT = "_estimate_sent"


class CaseAdminMixin(HelpfulRefusalMixin):
    """Needs ``case_services`` (a module with ``mark_estimate_sent``) and a model with ``reference``,
    ``status`` (choices in ``model.Status``) and ``assignee`` (a field of the change form)."""

    case_services = None
    change_form_template = "admin/case_change_form.html"
    paginator = IndexFirstPaginator

    class Media:
        css = {"all": ["cases/case_admin.css"]}

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            actions["delete_selected"] = actions.pop("delete_selected")  # last: a rare, final action
        return actions

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and ASSIGN_TO_ME in request.POST:
            # "Assign to me" is the assignee field set to the reviewer, saved with the rest of the form.
            data = request.POST.copy()
            data["assignee"] = str(request.user.pk)
            request.POST = data
        return super().changeform_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        """After the form is saved (its notes too): the box's buttons come back to the same case."""
        if ESTIMATE_SENT in request.POST:
            if obj.estimate_sent_at:
                self.message_user(request, _("The estimate was already recorded as sent."))
            else:
                self.case_services.mark_estimate_sent(case=obj, actor=request.user)
                self.message_user(
                    request,
                    _("%(reference)s: the Good Faith Estimate is recorded as sent.") % {"reference": obj.reference},
                )
            return self._back_to(obj)
        if ASSIGN_TO_ME in request.POST:
            self.message_user(
                request, _("%(reference)s is assigned to you.") % {"reference": obj.reference}, messages.SUCCESS
            )
            return self._back_to(obj)
        return super().response_change(request, obj)

    def _back_to(self, obj):
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None and self.has_change_permission(request, obj):
            context["case_actions"] = {
                "form_id": f"{self.opts.model_name}_form",
                "status": obj.get_status_display(),
                "assigned_to_me": obj.assignee_id == request.user.pk,
                "assignee": obj.assignee,
                "estimate_due_at": obj.estimate_due_at,
                "estimate_sent_at": obj.estimate_sent_at,
            }
        return super().render_change_form(request, context, add, change, form_url, obj)


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


REVIEWERS_ONLY = gettext_lazy(
    "Inquiries are for the intake reviewers: they hold what prospective patients wrote, so only the "
    "Intake reviewers group can open them. If your work needs them, ask a superuser to add you to that group."
)


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
