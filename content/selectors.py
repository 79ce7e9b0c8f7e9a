"""Reading the CMS side: clinic details, the page being shown, its medical review, published pages.

Plain functions that templates tags, views and the sitemap call; nothing here writes
to the database. The clinic details are read through the shared cache (Redis or the
file cache, seen by every worker process) and only go to the database on a miss;
``content.invalidation`` drops that copy when they change.
"""

from cms.models import PageContent
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DatabaseError
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from .hours import Schedule
from .invalidation import CLINIC_DETAILS_CACHE_KEY, OPENING_HOURS_CACHE_KEY
from .models import ClinicDetails, ClosedDay, MedicalReview, OpeningHours

CLINIC_DETAILS_CACHE_SECONDS = 24 * 60 * 60
LANGUAGE = "en"


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
    """The clinic's weekly opening hours and closed days (content.hours.Schedule): from the cache, else
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


def current_page_content(request):
    """The PageContent being shown (the draft in edit mode), or None off CMS pages."""
    page = getattr(request, "current_page", None) if request is not None else None
    if not page:
        return None
    content = page.get_content_obj()
    return content if getattr(content, "pk", None) else None


def medical_review_for(request, content):
    """The MedicalReview (with its sources) of ``content``, or None; looked up once per request.

    The page body and the JSON-LD both ask for it while one page renders.
    """
    if content is None:
        return None
    looked_up = request.__dict__.setdefault("_medical_reviews", {}) if request is not None else {}
    if content.pk not in looked_up:
        looked_up[content.pk] = (
            MedicalReview.objects.filter(extended_object=content)
            .select_related("reviewer")
            .prefetch_related("sources")
            .first()
        )
    return looked_up[content.pk]


def published_pages(language=LANGUAGE):
    """The published page contents, in tree order (the sitemap, the tests)."""
    return PageContent.objects.filter(language=language).select_related("page").order_by("page__path")


def published_dates(contents):
    """{page content pk: when its published version was last changed}, for the sitemap's lastmod."""
    return {
        version.object_id: version.modified
        for version in Version.objects.filter(
            object_id__in=[content.pk for content in contents],
            content_type=ContentType.objects.get_for_model(PageContent),
            state=PUBLISHED,
        )
    }
