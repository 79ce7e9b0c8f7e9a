"""Admin screens: the "Content health" page, and the record of publish overrides."""

from cms.models import Page
from cms.toolbar.utils import get_object_preview_url
from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from staff.admin_site import ReadOnlyAdminMixin

from . import refusals, selectors, services
from .models import ContentHealth, PublishOverride
from .rules import rule_choices


@admin.register(ContentHealth)
class ContentHealthAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Every page in each language: its review, when it falls due, and what the checks say."""

    def get_urls(self):
        dismiss = path(
            "refusal/dismiss/", self.admin_site.admin_view(self.dismiss_refusal_view), name="editorial_refusal_dismiss"
        )
        return [dismiss, *super().get_urls()]

    def dismiss_refusal_view(self, request):
        """The refused-publish panel's "Dismiss" button: forget it, back to the page it was on."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        refusals.forget(request)
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure()):
            back = reverse("admin:editorial_contenthealth_changelist")
        return HttpResponseRedirect(back)

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        order = request.GET.get("o", selectors.DEFAULT_SORT)
        rows = selectors.content_health_rows(order=order)
        for row in rows:
            row.preview_url = get_object_preview_url(row.page_content)
        columns = [
            ("title", _("Page")),
            ("language", _("Language")),
            ("reviewer", _("Reviewed by")),
            ("reviewed", _("Last reviewed")),
            ("due", _("Days until review is due")),
            ("problems", _("Problems")),
        ]
        current = order.lstrip("-")
        headers = [
            {
                "label": label,
                "sorted": key == current,
                "descending": key == current and order.startswith("-"),
                "url": f"?o={'-' if key == current and not order.startswith('-') else ''}{key}",
            }
            for key, label in columns
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Content health"),
            "opts": self.model._meta,
            "rows": rows,
            "headers": headers,
            "review_months": settings.CONTENT_REVIEW_MAX_AGE_MONTHS,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "editorial/content_health.html", context)


class PublishOverrideForm(forms.ModelForm):
    page = forms.ModelChoiceField(queryset=Page.objects.order_by("path"), label=_("Page"))
    language = forms.ChoiceField(choices=settings.LANGUAGES, label=_("Language"))
    rule = forms.ChoiceField(choices=rule_choices, label=_("Rule"))

    class Meta:
        model = PublishOverride
        fields = ["page", "language", "rule", "reason"]

    def clean(self):
        cleaned = super().clean()
        page, language = cleaned.get("page"), cleaned.get("language")
        if page and language:
            self.draft_version = services.draft_version_of(page, language)
            if self.draft_version is None:
                raise forms.ValidationError(
                    _("This page has no draft in that language. Make the draft first, then allow it here.")
                )
        return cleaned


@admin.register(PublishOverride)
class PublishOverrideAdmin(admin.ModelAdmin):
    """A superuser lets one draft past one blocking rule; everyone with access sees the record."""

    form = PublishOverrideForm
    list_display = ["created_at", "page_title", "language", "version_number", "rule", "created_by_name"]
    list_filter = ["rule", "language"]
    readonly_fields = [
        "page_title",
        "language",
        "version_number",
        "rule",
        "reason",
        "created_by_name",
        "created_at",
    ]

    def has_add_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj is not None else []

    def get_fields(self, request, obj=None):
        return self.readonly_fields if obj is not None else ["page", "language", "rule", "reason"]

    def save_model(self, request, obj, form, change):
        saved = services.record_override(
            user=request.user,
            version=form.draft_version,
            rule_id=form.cleaned_data["rule"],
            reason=form.cleaned_data["reason"],
        )
        for model_field in saved._meta.concrete_fields:
            setattr(obj, model_field.attname, getattr(saved, model_field.attname))
