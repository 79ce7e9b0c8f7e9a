"""What to drop when the data that pages show changes: the clinic details, clinicians, reviews.

The dropping itself is ``pagecache.invalidation.forget_cached_copies`` (now, and again on commit).
No import of content.models here, so models, admin and commands can all call it.
"""

from pagecache.invalidation import forget_cached_copies

CLINIC_DETAILS_CACHE_KEY = "content:clinic-details:v1"
LISTED_CLINICIANS_CACHE_KEY = "content:listed-clinicians:v1"


def clinic_details_changed(**kwargs):
    """After every save of the clinic details (a post_save receiver): pages and the contact plugin's placeholders."""
    forget_cached_copies(CLINIC_DETAILS_CACHE_KEY, placeholders_with="ClinicContactPlugin")


def medical_review_changed():
    """After a page's medical review or its sources change: the review shows on the page."""
    forget_cached_copies()


def database_restored():
    """After a backup replaced the database: no page, menu or clinic details from before may be served."""
    forget_cached_copies(
        CLINIC_DETAILS_CACHE_KEY, LISTED_CLINICIANS_CACHE_KEY, placeholders_with="ClinicContactPlugin", menus=True
    )
