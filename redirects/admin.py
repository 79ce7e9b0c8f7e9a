"""Redirects in the admin: editors see every old address, where it leads now, and can add or remove one."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Redirect
from .services import address_for


class RedirectForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = Redirect
        fields = ("old_path", "language", "page")

    def clean_old_path(self):
        # Typed as "/old/address/" or "old/address": stored as the CMS stores paths.
        return self.cleaned_data["old_path"].strip().strip("/")


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    form = RedirectForm
    list_display = ("old_address", "current_address", "language", "created_at")
    list_filter = ("language",)
    search_fields = ("old_path",)
    search_help_text = _('Part of the old address, e.g. "ketamine".')
    fields = ("old_path", "language", "page", "created_at")
    readonly_fields = ("created_at",)

    @admin.display(description=_("old address"), ordering="old_path")
    def old_address(self, obj):
        return address_for(obj.old_path, obj.language)

    @admin.display(description=_("now goes to"))
    def current_address(self, obj):
        return obj.page.get_absolute_url(obj.language, fallback=False) or _("(page not published: no redirect)")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("page")
