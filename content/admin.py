"""Admin screens for the clinic details and each page's medical review."""

from cms.extensions import PageContentExtensionAdmin
from django.contrib import admin
from django.db import models
from django.shortcuts import redirect

from .invalidation import medical_review_changed
from .models import ClinicDetails, MedicalReview, Source


@admin.register(ClinicDetails)
class ClinicDetailsAdmin(admin.ModelAdmin):
    """One row only: the list goes straight to it, and it cannot be deleted."""

    fieldsets = [
        (None, {"fields": ["name", "phone", "email"]}),
        ("Address", {"fields": ["street_address", "locality", "region", "postal_code", "country"]}),
        ("Hours and area", {"fields": ["opening_hours", "opening_hours_schema", "service_area"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not ClinicDetails.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        details = ClinicDetails.objects.first()
        if details is not None:
            return redirect("admin:content_clinicdetails_change", details.pk)
        return super().changelist_view(request, extra_context)


class SourceInline(admin.TabularInline):
    model = Source
    extra = 1
    fields = ["title", "url", "position"]
    # A source typed without a scheme is a web address on HTTPS (Django 6's default too).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(MedicalReview)
class MedicalReviewAdmin(PageContentExtensionAdmin):
    """Opened from the page's toolbar menu: Page > Medical review."""

    fields = ["reviewed_by", "last_reviewed"]
    inlines = [SourceInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        medical_review_changed()
