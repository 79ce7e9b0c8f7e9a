"""The clinic's own facts: its details, opening hours and closed days, prices and care team.

Staff edit every row here in the admin (Admin > Site content), so the clinic's contact details,
hours, prices and clinicians change without a developer. The tables kept their names from when
these models lived in ``content`` (``Meta.db_table``): the move changed no data.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from filer.fields.image import FilerImageField

from .translated_fields import in_active_language

# --- Clinic details ---------------------------------------------------------------


class ClinicDetails(models.Model):
    """The clinic's name and contact details: one row, read by every page.

    After every save the copy in the shared cache, the CMS page cache and the contact
    plugin's placeholders are dropped (clinic.invalidation.clinic_details_changed, a
    post_save receiver connected in clinic.apps), so every page shows the new details
    straight away, in every worker process.
    """

    name = models.CharField(max_length=120, default="Example Ketamine Clinic")
    phone = models.CharField(max_length=40, default="555-0100", help_text="As people should dial it.")
    email = models.EmailField(default="hello@clinic.example")
    street_address = models.CharField(max_length=200, default="100 Example Street, Suite 200")
    locality = models.CharField("city", max_length=100, default="Springfield")
    region = models.CharField("state", max_length=100, default="ST")
    postal_code = models.CharField(max_length=20, default="00000")
    country = models.CharField(max_length=2, default="US", help_text="Two-letter country code.")
    service_area = models.CharField(
        max_length=200, default="Springfield and nearby towns", help_text="Where the clinic's patients come from."
    )
    # The Spanish edition's wording of the details that are text (README "Two languages").
    service_area_es = models.CharField(
        "service area (Spanish)", max_length=200, blank=True, default="Springfield y pueblos cercanos"
    )
    # The language-assistance notice, in each language, shown in every page's footer.
    language_assistance_en = models.CharField(
        "language help notice (English)",
        max_length=300,
        blank=True,
        default="Language help is free. If you speak a language other than English, call {phone} and ask for help "
        "in your language.",
        help_text="Shown at the bottom of every page. {phone} becomes the clinic's phone number, as a link.",
    )
    language_assistance_es = models.CharField(
        "language help notice (Spanish)",
        max_length=300,
        blank=True,
        default="Ayuda con el idioma sin costo: si habla español, llame al {phone} y pida ayuda en español.",
        help_text="Shown at the bottom of every page (Spanish pages, and English pages for Spanish readers).",
    )

    # After treatment and on the visit pages: a number answered outside opening hours.
    after_hours_phone = models.CharField(
        "after-hours phone",
        max_length=40,
        blank=True,
        default="555-0111",
        help_text="For patients after a treatment, outside opening hours. Shown in the footer, on the "
        "preparing and visiting pages and to search engines. Empty: not shown.",
    )
    # How to get there: shown on the "Visiting the clinic" page, each with its Spanish wording.
    directions = models.TextField(
        blank=True,
        default="Sample directions: the clinic is on the second floor of the Example Building, beside the "
        "library. Take the lift or the stairs to Suite 200.",
        help_text="Plain text. Leave an empty line between paragraphs.",
    )
    directions_es = models.TextField(
        "directions (Spanish)",
        blank=True,
        default="Indicaciones de ejemplo: la clínica está en el segundo piso del Edificio Example, al lado de la "
        "biblioteca. Suba por el elevador o por la escalera a la Suite 200.",
    )
    parking = models.TextField(
        blank=True,
        default="Sample parking notes: free parking behind the building, with 2 accessible spaces by the door.",
        help_text="Where to park, what it costs, accessible spaces.",
    )
    parking_es = models.TextField(
        "parking (Spanish)",
        blank=True,
        default="Estacionamiento de ejemplo: gratis detrás del edificio, con 2 lugares para personas con "
        "discapacidad junto a la puerta.",
    )
    transit = models.TextField(
        "public transport",
        blank=True,
        default="Sample transport notes: bus lines 1 and 2 stop at Example Street, 2 minutes' walk away.",
    )
    transit_es = models.TextField(
        "public transport (Spanish)",
        blank=True,
        default="Transporte de ejemplo: los autobuses 1 y 2 paran en la calle Example, a 2 minutos a pie.",
    )
    access = models.TextField(
        "step-free access",
        blank=True,
        default="Sample access notes: step-free entrance at the front door, a lift to every floor and an "
        "accessible restroom.",
    )
    access_es = models.TextField(
        "step-free access (Spanish)",
        blank=True,
        default="Acceso de ejemplo: entrada sin escalones por la puerta principal, elevador a todos los pisos y "
        "baño accesible.",
    )
    # The legal notices (Good Faith Estimate, Notice of Privacy Practices, accessibility and
    # nondiscrimination) ship as samples; the launch check fails until counsel confirmed them.
    notices_confirmed_on = models.DateField(
        "legal notices confirmed on",
        null=True,
        blank=True,
        help_text="The date the clinic's counsel confirmed the wording of the Good Faith Estimate notice, the "
        "Notice of Privacy Practices and the accessibility page. Empty: they are still samples.",
    )
    privacy_effective_date = models.DateField(
        "Notice of Privacy Practices: effective date",
        null=True,
        blank=True,
        help_text="Shown on the Notice of Privacy Practices. Empty: shown as a sample.",
    )

    class Meta:
        db_table = "content_clinicdetails"
        verbose_name = "clinic details"
        verbose_name_plural = "clinic details"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # A single row: whatever the admin says, this is row 1.
        self.pk = 1
        super().save(*args, **kwargs)

    @property
    def phone_href(self):
        from .phone import tel_href

        return tel_href(self.phone)

    @property
    def local_service_area(self):
        return in_active_language(self, "service_area")

    @property
    def after_hours_phone_href(self):
        from .phone import tel_href

        return tel_href(self.after_hours_phone) if self.after_hours_phone else ""

    @property
    def one_line_address(self):
        return f"{self.street_address}, {self.locality}, {self.region} {self.postal_code}"

    @property
    def map_url(self):
        """A link to the address on openstreetmap.org (a link only: no map, script or tile is loaded)."""
        from urllib.parse import urlencode

        return "https://www.openstreetmap.org/search?" + urlencode({"query": self.one_line_address})

    # How to get there, in the reader's language (the Spanish column, else English).
    @property
    def local_directions(self):
        return in_active_language(self, "directions")

    @property
    def local_parking(self):
        return in_active_language(self, "parking")

    @property
    def local_transit(self):
        return in_active_language(self, "transit")

    @property
    def local_access(self):
        return in_active_language(self, "access")

    def language_assistance_text(self, language):
        return getattr(self, f"language_assistance_{language}", "")


class OpeningHours(models.Model):
    """One opening of the week: a weekday, when the clinic opens and when it closes (local time).

    The clinic details' only record of the hours: a day with no row is closed, a day with two rows
    closes in between (a lunch break). Everything said about the hours (the footer in each language,
    the JSON-LD, the form's contact times, the reply-due times) is derived from these rows by
    clinic.hours. Saving or deleting a row refreshes every page (clinic.invalidation).
    """

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    clinic = models.ForeignKey(ClinicDetails, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField("day", choices=Weekday.choices)
    opens = models.TimeField("opens", help_text="24-hour clock, e.g. 08:00.")
    closes = models.TimeField("closes", help_text="24-hour clock, e.g. 19:00. At the latest 23:59.")

    class Meta:
        db_table = "content_openinghours"
        ordering = ["weekday", "opens"]
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}-{self.closes:%H:%M}"


class ClosedDay(models.Model):
    """A date the clinic is closed although its weekday has hours: a public holiday, a training day.

    Reply-due times skip it, search engines are told, and the footer names it in the two weeks before
    (clinic.hours). Past dates can stay: they change nothing.
    """

    clinic = models.ForeignKey(ClinicDetails, on_delete=models.CASCADE, related_name="closed_days")
    date = models.DateField()
    note = models.CharField(max_length=100, blank=True, help_text='For staff, e.g. "Thanksgiving". Not shown.')

    class Meta:
        db_table = "content_closedday"
        ordering = ["date"]
        verbose_name = "closed day"
        verbose_name_plural = "closed days (holidays)"
        # The constraint's name is the database's, from when the model lived in content.
        constraints = [models.UniqueConstraint(fields=["clinic", "date"], name="content_closed_day_once")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}"


# --- What each service costs --------------------------------------------------------


class ServicePriceQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(is_shown=True)


class ServicePrice(models.Model):
    """One row of the price list: a service, its price or price range, and what it includes.

    Staff edit prices here and nowhere else: the cost page's table, the FAQ's cost answer and
    the cost page's JSON-LD all read these rows (clinic.pricing). Every save or delete drops
    the cached pages and the price plugins' placeholders (clinic.invalidation.prices_changed),
    so every page shows the new price at once, without a publish.
    """

    service = models.CharField(max_length=120, help_text='As patients should read it, e.g. "One IV ketamine infusion".')
    service_es = models.CharField("service (Spanish)", max_length=120, blank=True)
    price_from = models.DecimalField(
        "price",
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="In US dollars. Empty: no price is shown, only the note (e.g. billed to insurance).",
    )
    price_to = models.DecimalField(
        "up to",
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="For a price range only: the highest price. Empty: one price.",
    )
    price_note = models.CharField(
        max_length=200, blank=True, help_text='Shown after the price, e.g. "per infusion" or "billed to insurance".'
    )
    price_note_es = models.CharField("price note (Spanish)", max_length=200, blank=True)
    included = models.TextField("what is included", blank=True, help_text="Plain text, one or two sentences.")
    included_es = models.TextField("what is included (Spanish)", blank=True)
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    is_shown = models.BooleanField("shown", default=True)
    is_sample = models.BooleanField(
        "sample price",
        default=False,
        help_text="Ticked on the sample prices the site ships with. Untick it when you enter the clinic's real "
        "price: the launch check fails while a shown price is a sample.",
    )
    confirmed_on = models.DateField(
        "price confirmed on",
        help_text="The day staff last checked this price is right. Pages show the oldest of these as "
        '"Prices last updated"; a warning appears after 12 months.',
    )

    objects = ServicePriceQuerySet.as_manager()

    class Meta:
        db_table = "content_serviceprice"
        ordering = ["position", "pk"]
        verbose_name = "service price"
        verbose_name_plural = "prices"

    def __str__(self):
        return self.service

    def clean(self):
        if self.price_to is not None and self.price_from is None:
            raise ValidationError({"price_from": "A range needs its lowest price too."})
        if self.price_to is not None and self.price_to < self.price_from:
            raise ValidationError({"price_to": "The highest price must not be below the lowest."})
        if self.price_from is None and not self.price_note.strip():
            raise ValidationError({"price_note": "Without a price, say how it is paid (e.g. billed to insurance)."})

    @property
    def local_service(self):
        return in_active_language(self, "service")

    @property
    def local_price_note(self):
        return in_active_language(self, "price_note")

    @property
    def local_included(self):
        return in_active_language(self, "included")


# --- The care team --------------------------------------------------------------------

# Languages a clinician may speak, by code; shown by name in the reader's language.
SPOKEN_LANGUAGES = ["en", "es", "fr", "pt", "zh-hans", "vi", "ru", "ar", "ko"]


class ClinicianQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(is_listed=True)

    def medical_reviewers(self):
        return self.filter(is_listed=True, medical_reviewer=True)


class Clinician(models.Model):
    """A member of the care team: shown by the care-team plugin, named by medical reviews.

    English text in ``role`` and ``bio``; the Spanish edition's in ``role_es`` and
    ``bio_es`` (empty falls back to English). Two plain columns per text are all the
    site's two languages need, without a translation library.
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_('As patients should read it, e.g. "Dr. A. Example".')
    )
    credentials = models.CharField(
        _("credentials"), max_length=80, help_text=_('Degrees and certifications, e.g. "MD" or "PMHNP-BC".')
    )
    role = models.CharField(_("role"), max_length=120, help_text=_('e.g. "Medical Director (psychiatry)".'))
    role_es = models.CharField(_("role (Spanish)"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), max_length=800, help_text=_("Plain text, a few sentences."))
    bio_es = models.TextField(_("short bio (Spanish)"), max_length=800, blank=True)
    languages = models.CharField(
        _("languages spoken"), max_length=100, default="en", help_text=_("Language codes, comma-separated.")
    )
    photo = FilerImageField(verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    photo_alt = models.CharField(
        _("photo alt text"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required with a photo."),
    )
    medical_reviewer = models.BooleanField(
        _("takes part in medical review"), default=False, help_text=_("Can be named as a page's medical reviewer.")
    )
    slug = models.SlugField(
        _("anchor"), max_length=80, unique=True, help_text=_("The profile's address on the care-team page (#anchor).")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Lower numbers come first."))
    is_listed = models.BooleanField(_("shown on the care-team page"), default=True)

    objects = ClinicianQuerySet.as_manager()

    class Meta:
        db_table = "content_clinician"
        ordering = ["position", "name"]
        verbose_name = _("clinician")
        verbose_name_plural = _("care team")

    def __str__(self):
        return self.display_name

    def clean(self):
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Describe the photo for people who cannot see it.")})

    @property
    def display_name(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def anchor(self):
        return f"clinician-{self.slug}"

    @property
    def language_codes(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    @property
    def language_names(self):
        names = []
        for code in self.language_codes:
            try:
                names.append(str(get_language_info(code)["name_translated"]))
            except KeyError:
                names.append(code)
        return names

    @property
    def local_role(self):
        return in_active_language(self, "role")

    @property
    def local_bio(self):
        return in_active_language(self, "bio")
