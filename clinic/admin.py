"""Admin screens for the clinic's facts: its details with the opening hours and closed days, the care
team, the prices (Admin > Site content)."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from .models import SPOKEN_LANGUAGES, ClinicDetails, Clinician, ClosedDay, OpeningHours, ServicePrice
from .phone import validate_phone
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
    """The clinic's hours, the only place they are entered (clinic.hours derives the rest)."""

    model = OpeningHours
    form = OpeningHoursForm
    formset = OpeningHoursFormSet
    extra = 0
    verbose_name = _("opening")
    verbose_name_plural = _("Opening hours")
    template = "admin/clinic/opening_hours_inline.html"

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
        css = {"all": ["clinic/opening-hours-admin.css"]}

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
            return redirect("admin:clinic_clinicdetails_change", details.pk)
        return super().changelist_view(request, extra_context)


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
