"""What to drop when the data that pages show changes: the clinic details, clinicians, reviews.

The dropping itself is ``pagecache.invalidation.forget_cached_copies`` (now, and again on commit).
No import of content.models here, so models, admin and commands can all call it.
"""

from pagecache.invalidation import forget_cached_copies

CLINIC_DETAILS_CACHE_KEY = "content:clinic-details:v1"
OPENING_HOURS_CACHE_KEY = "content:opening-hours:v1"
LISTED_CLINICIANS_CACHE_KEY = "content:listed-clinicians:v1"


# The plugins that print clinic details: their cached placeholders go when the details change.
CLINIC_DETAILS_PLUGINS = ("ClinicContactPlugin", "ClinicVisitPlugin", "AfterHoursPlugin", "PrivacyContactPlugin")


def clinic_details_changed(**kwargs):
    """After every save of the clinic details or of an opening-hours row (post_save and post_delete
    receivers): the cached details and hours, pages and the details plugins' placeholders."""
    forget_cached_copies(CLINIC_DETAILS_CACHE_KEY, OPENING_HOURS_CACHE_KEY, placeholders_with=CLINIC_DETAILS_PLUGINS)


def prices_changed(**kwargs):
    """After a price is saved or deleted (post_save and post_delete receivers): pages and the price lists."""
    forget_cached_copies(placeholders_with="PriceListPlugin")


def medical_review_changed():
    """After a page's medical review or its sources change: the review shows on the page."""
    forget_cached_copies()


def database_restored():
    """After a backup replaced the database: no page, menu or clinic details from before may be served."""
    forget_cached_copies(
        CLINIC_DETAILS_CACHE_KEY,
        OPENING_HOURS_CACHE_KEY,
        LISTED_CLINICIANS_CACHE_KEY,
        placeholders_with=(*CLINIC_DETAILS_PLUGINS, "PriceListPlugin"),
        menus=True,
    )
