"""The audit trail in the admin: every kind of case writes to it (through ``services.py``), nobody edits it."""

from django.contrib import admin

from staff.admin_site import HelpfulRefusalMixin, ReadOnlyAdminMixin

from .case_admin import REVIEWERS_ONLY, IndexFirstPaginator
from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdminMixin, HelpfulRefusalMixin, admin.ModelAdmin):
    """Read-only for everyone: the trail cannot be edited from the admin."""

    refusal_message = REVIEWERS_ONLY

    list_display = ("at", "actor_name", "action", "inquiry_reference", "detail")
    search_fields = ("=inquiry_reference", "=actor_name")
    # Date ranges by index (today, past 7 days, this month, this year): the admin's date hierarchy
    # listed every day that has an entry, a scan of the whole trail (3 s with 300,000 entries).
    list_filter = ("action", ("at", admin.DateFieldListFilter))
    show_full_result_count = False
    paginator = IndexFirstPaginator  # page 1,000 of the trail steps over the index, not 50,000 entries
