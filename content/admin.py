"""Admin screens for each page's medical review, the page translations report and the image picker."""

from cms.extensions import PageContentExtensionAdmin
from django.contrib import admin
from django.db import models
from filer.admin.folderadmin import FolderAdmin
from filer.models import Folder

from staff.admin_site import ReadOnlyAdminMixin

from . import languages, translation_drift
from .invalidation import medical_review_changed
from .models import MedicalReview, PageTranslation, Source
from .seeding import default_image_folder


class SourceInline(admin.TabularInline):
    model = Source
    extra = 1
    # The one place for a page's sources (the Sources list block is for a reading list in the text).
    verbose_name_plural = (
        "Sources: the page's sources, shown numbered at its foot in this order (figures cite them as [1], [2]…)"
    )
    fields = ["title", "url", "position"]
    # A source typed without a scheme is a web address on HTTPS (Django 6's default too).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(MedicalReview)
class MedicalReviewAdmin(PageContentExtensionAdmin):
    """Opened from the page's toolbar menu: Page > Medical review."""

    fields = ["reviewer", "last_reviewed"]
    inlines = [SourceInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        medical_review_changed()


class ImagesFolderFirstAdmin(FolderAdmin):
    """The image picker opens in the last folder used, else in "Images" (not the root, where upload is off)."""

    def directory_listing(self, request, folder_id=None, viewtype=None):
        if viewtype == "last":
            last = request.session.get("filer_last_folder_id")
            if not last or not Folder.objects.filter(pk=last).exists():
                folder = default_image_folder()
                if folder is not None:
                    request.session["filer_last_folder_id"] = folder.pk
        return super().directory_listing(request, folder_id, viewtype)


admin.site.unregister(Folder)
admin.site.register(Folder, ImagesFolderFirstAdmin)


class TranslationStatusFilter(admin.SimpleListFilter):
    """Which pages still need a version in a language: missing, draft only, or published."""

    title = "Spanish version"
    parameter_name = "es"
    language = "es"

    def lookups(self, request, model_admin):
        return [(state, label) for state, label in languages.TRANSLATION_STATES.items()]

    def queryset(self, request, queryset):
        if self.value() not in languages.TRANSLATION_STATES:
            return queryset
        states = languages.translation_states(self.language)
        if self.value() == "missing":
            return queryset.exclude(pk__in=list(states))
        return queryset.filter(pk__in=[pk for pk, state in states.items() if state == self.value()])


@admin.register(PageTranslation)
class PageTranslationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Admin > Site content > Page translations: every page and whether it has a published Spanish version.

    Read-only: translating happens in the CMS (open the page, the toolbar's language menu,
    "Add translation"), and publishing a Spanish version never touches the English one.
    """

    list_display = ["english_title", "spanish_title", "spanish_state", "needs_a_look", "open_page"]
    list_filter = [TranslationStatusFilter]
    list_display_links = None
    ordering = ["path"]

    def get_queryset(self, request):
        self._states = languages.translation_states("es")
        self._titles = languages.page_titles()
        return super().get_queryset(request)

    @admin.display(description="English page")
    def english_title(self, page):
        return self._titles.get((page.pk, "en"), "(no English version)")

    @admin.display(description="Spanish title")
    def spanish_title(self, page):
        return self._titles.get((page.pk, "es"), "")

    @admin.display(description="Spanish version")
    def spanish_state(self, page):
        return languages.TRANSLATION_STATES[self._states.get(page.pk, "missing")]

    @admin.display(description="Needs a look")
    def needs_a_look(self, page):
        """Where the Spanish version drifted: older, another reviewer, English words left (translation_drift.py)."""
        from django.utils.html import format_html_join

        notes = translation_drift.drift(page)
        return format_html_join("", "<p>{}</p>", ((note,) for note in notes)) if notes else "—"

    @admin.display(description="Open")
    def open_page(self, page):
        from django.utils.html import format_html

        return format_html('<a href="{}">English page</a>', page.get_absolute_url("en"))
