"""Reading the clinic's facts: its details, its opening hours, the listed clinicians, the shown prices.

Plain functions that template tags, views, forms and the sitemap call; nothing here writes
to the database. What every page reads is kept in the shared cache (Redis or the file cache,
seen by every worker process) and only goes to the database on a miss; clinic.invalidation
drops those copies when the rows change.
"""

from cms.utils.conf import get_cms_setting
from django.core.cache import cache
from django.db import DatabaseError

from .hours import Schedule
from .invalidation import CLINIC_DETAILS_CACHE_KEY, LISTED_CLINICIANS_CACHE_KEY, OPENING_HOURS_CACHE_KEY
from .models import ClinicDetails, Clinician, ClosedDay, OpeningHours

CLINIC_DETAILS_CACHE_SECONDS = 24 * 60 * 60


def get_clinic_details():
    """The clinic details: from the cache, else the database, else unsaved defaults."""
    details = cache.get(CLINIC_DETAILS_CACHE_KEY)
    if details is None:
        try:
            details = ClinicDetails.objects.filter(pk=1).first()
        except DatabaseError:
            details = None
        if details is None:
            # Not seeded yet (or no database): the placeholder defaults, never cached.
            return ClinicDetails()
        cache.set(CLINIC_DETAILS_CACHE_KEY, details, CLINIC_DETAILS_CACHE_SECONDS)
    return details


# The sample hours (what load_sample_content enters), used until a clinic has any row.
DEFAULT_HOURS = Schedule({day: ((8 * 60, 17 * 60),) for day in range(5)})


def get_opening_hours():
    """The clinic's weekly opening hours and closed days (clinic.hours.Schedule): from the cache, else
    the database.

    With no opening row at all (not seeded yet, or no database) the sample hours, Monday to Friday
    8 to 5, never cached. The admin refuses to save the clinic details without an opening.
    """
    schedule = cache.get(OPENING_HOURS_CACHE_KEY)
    if schedule is None:
        try:
            rows = list(OpeningHours.objects.filter(clinic_id=1).values_list("weekday", "opens", "closes"))
            closed = list(ClosedDay.objects.filter(clinic_id=1).values_list("date", flat=True)) if rows else []
        except DatabaseError:
            rows = []
        if not rows:
            return DEFAULT_HOURS
        schedule = Schedule.from_rows(rows, closed)
        cache.set(OPENING_HOURS_CACHE_KEY, schedule, CLINIC_DETAILS_CACHE_SECONDS)
    return schedule


def listed_clinicians():
    """The clinicians shown on the site, in order: from the shared cache, else the database.

    Every page's JSON-LD names them, so a page rebuilt after a publish need not ask again;
    ``clinic.invalidation.clinicians_changed`` drops the copy.
    """
    clinicians = cache.get(LISTED_CLINICIANS_CACHE_KEY)
    if clinicians is None:
        clinicians = list(Clinician.objects.listed().select_related("photo"))
        cache.set(LISTED_CLINICIANS_CACHE_KEY, clinicians, get_cms_setting("CACHE_DURATIONS")["content"])
    return clinicians
