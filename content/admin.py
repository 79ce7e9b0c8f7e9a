"""Admin screens for the clinic details and each page's medical review."""

from cms.extensions import PageContentExtensionAdmin
from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from filer.admin.folderadmin import FolderAdmin
from filer.models import Folder

from staff.admin_site import ReadOnlyAdminMixin

from . import languages, translation_drift
from .invalidation import medical_review_changed
from .models import (
    SPOKEN_LANGUAGES,
    ClinicDetails,
    Clinician,
    ClosedDay,
    MedicalReview,
    OpeningHours,
    PageTranslation,
    ServicePrice,
    Source,
)
from .phone import validate_phone
from .seeding import default_image_folder
from .services import save_clinic_details


class ClinicDetailsForm(forms.ModelForm):
    class Meta:
        model = ClinicDetails
        fields = [
            "name",
            "phone",
            "email",
            "street_address",
            "locality",
            "region",
            "postal_code",
            "country",
            "service_area",
            "service_area_es",
            "language_assistance_es",
            "language_assistance_en",
            "after_hours_phone",
            "directions",
            "parking",
            "transit",
            "access",
            "directions_es",
            "parking_es",
            "transit_es",
            "access_es",
            "notices_confirmed_on",
            "privacy_effective_date",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "phone" in self.fields:
            self.fields["phone"].help_text = _(
                "As people should dial it: digits, spaces, +, -, parentheses, and an extension if any, e.g. "
                '"(555) 010-0100 ext. 12". The call link on every page is made from it.'
            )

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        validate_phone(phone)
        return phone

    def clean_after_hours_phone(self):
        phone = " ".join(self.cleaned_data["after_hours_phone"].split())
        if phone:
            validate_phone(phone)
        return phone


class OpeningHoursForm(forms.ModelForm):
    class Meta:
        model = OpeningHours
        fields = ["weekday", "opens", "closes"]
        # "08:00", typed: no seconds, and not the admin's clock widget, whose "Now" is the browser's time zone.
        widgets = {
            name: forms.TimeInput(format="%H:%M", attrs={"size": 6, "placeholder": "08:00", "inputmode": "numeric"})
            for name in ("opens", "closes")
        }

    def clean(self):
        cleaned = super().clean()
        opens, closes = cleaned.get("opens"), cleaned.get("closes")
        if opens is not None and closes is not None and closes <= opens:
            self.add_error("closes", _("The closing time must be after the opening time."))
        return cleaned


class OpeningHoursFormSet(BaseInlineFormSet):
    """The week as a whole: at least one opening, and no two openings of a day overlapping."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rows = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("opens")
        ]
        if not rows:
            raise ValidationError(
                gettext("Enter at least one opening: the footer, the contact form and the reply-due times need them.")
            )
        by_day = {}
        for row in rows:
            by_day.setdefault(row["weekday"], []).append((row["opens"], row["closes"]))
        for weekday, spans in sorted(by_day.items()):
            spans.sort()
            for (first_opens, first_closes), (next_opens, next_closes) in zip(spans, spans[1:], strict=False):
                if next_opens < first_closes:
                    raise ValidationError(
                        gettext(
                            "%(day)s has two openings that overlap (%(first)s and %(second)s). Make them one "
                            "opening, or end the first before the second starts."
                        )
                        % {
                            "day": OpeningHours.Weekday(weekday).label,
                            "first": f"{first_opens:%H:%M}-{first_closes:%H:%M}",
                            "second": f"{next_opens:%H:%M}-{next_closes:%H:%M}",
                        }
                    )


class OpeningHoursInline(admin.TabularInline):
    """The clinic's hours, the only place they are entered (content.hours derives the rest)."""

    model = OpeningHours
    form = OpeningHoursForm
    formset = OpeningHoursFormSet
    extra = 0
    verbose_name = _("opening")
    verbose_name_plural = _("Opening hours")
    template = "admin/content/opening_hours_inline.html"

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.help_text = _(
            "One row per opening, in the clinic's time zone (%(zone)s). A day with no row is closed; a day with "
            "two rows closes in between. The footer in every language, what search engines read, the contact "
            "form's times and the reply-due times all follow these rows."
        ) % {"zone": settings.TIME_ZONE}
        return formset


class ClosedDayInline(admin.TabularInline):
    """Holidays and other closed dates: the reply-due times skip them and search engines are told."""

    model = ClosedDay
    fields = ["date", "note"]
    extra = 0
    verbose_name = _("closed day")
    verbose_name_plural = _("Closed days (holidays)")


@admin.register(ClinicDetails)
class ClinicDetailsAdmin(admin.ModelAdmin):
    """One row only: the list goes straight to it, and it cannot be deleted."""

    form = ClinicDetailsForm
    inlines = [OpeningHoursInline, ClosedDayInline]

    class Media:
        css = {"all": ["content/opening-hours-admin.css"]}

    fieldsets = [
        (None, {"fields": ["name", "phone", "email"]}),
        ("Address", {"fields": ["street_address", "locality", "region", "postal_code", "country"]}),
        ("Area", {"fields": ["service_area", "after_hours_phone"]}),
        ("Getting here", {"fields": ["directions", "parking", "transit", "access"]}),
        (
            "Other languages",
            {
                "fields": [
                    "service_area_es",
                    "language_assistance_es",
                    "language_assistance_en",
                    "directions_es",
                    "parking_es",
                    "transit_es",
                    "access_es",
                ]
            },
        ),
        ("Legal notices", {"fields": ["notices_confirmed_on", "privacy_effective_date"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not ClinicDetails.objects.exists()

    def save_model(self, request, obj, form, change):
        # The Site record (shown by the CMS toolbar) takes the clinic's name too.
        save_clinic_details(details=obj)

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


class ClinicianForm(forms.ModelForm):
    """Languages as tick boxes, stored as codes ("en,es") and shown by name in the reader's language."""

    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=[(code, get_language_info(code)["name"]) for code in SPOKEN_LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Clinician
        fields = [
            "name",
            "credentials",
            "role",
            "bio",
            "languages",
            "slug",
            "photo",
            "photo_alt",
            "role_es",
            "bio_es",
            "medical_reviewer",
            "is_listed",
            "position",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_codes

    def clean_languages(self):
        return ",".join(self.cleaned_data["languages"])


@admin.register(Clinician)
class ClinicianAdmin(admin.ModelAdmin):
    """The care team, edited by content editors; saving refreshes every page that shows a clinician."""

    form = ClinicianForm
    list_display = ("name", "credentials", "role", "medical_reviewer", "is_listed", "position")
    list_editable = ("position",)
    list_filter = ("medical_reviewer", "is_listed")
    search_fields = ("name", "credentials", "role")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = [
        (None, {"fields": ["name", "credentials", "role", "bio", "languages", "slug"]}),
        (_("Photo"), {"fields": ["photo", "photo_alt"]}),
        (_("Spanish edition"), {"fields": ["role_es", "bio_es"]}),
        (_("On the site"), {"fields": ["medical_reviewer", "is_listed", "position"]}),
    ]


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


@admin.register(ServicePrice)
class ServicePriceAdmin(admin.ModelAdmin):
    """The one place prices are typed: the cost page, the FAQ's cost answer and the JSON-LD read these rows."""

    list_display = [
        "service",
        "price_from",
        "price_to",
        "price_note",
        "position",
        "is_shown",
        "is_sample",
        "confirmed_on",
    ]
    list_editable = ["position", "is_shown"]
    list_filter = ["is_shown", "is_sample"]
    fieldsets = [
        (None, {"fields": ["service", "price_from", "price_to", "price_note", "included"]}),
        ("Spanish", {"fields": ["service_es", "price_note_es", "included_es"]}),
        ("Shown", {"fields": ["position", "is_shown", "is_sample", "confirmed_on"]}),
    ]
