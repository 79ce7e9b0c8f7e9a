"""What to drop when the data that pages show changes: medical reviews, a restored database.

The dropping itself is ``pagecache.invalidation.forget_cached_copies`` (now, and again on commit).
The clinic's own facts (details, hours, prices, clinicians) drop their copies in clinic.invalidation.
No import of content.models here, so models, admin and commands can all call it.
"""

from clinic.invalidation import (
    CLINIC_DETAILS_CACHE_KEY,
    CLINIC_DETAILS_PLUGINS,
    LISTED_CLINICIANS_CACHE_KEY,
    OPENING_HOURS_CACHE_KEY,
    PRICE_LIST_PLUGIN,
)
from pagecache.invalidation import forget_cached_copies


def medical_review_changed():
    """After a page's medical review or its sources change: the review shows on the page."""
    forget_cached_copies()


def database_restored():
    """After a backup replaced the database: no page, menu or clinic details from before may be served."""
    forget_cached_copies(
        CLINIC_DETAILS_CACHE_KEY,
        OPENING_HOURS_CACHE_KEY,
        LISTED_CLINICIANS_CACHE_KEY,
        placeholders_with=(*CLINIC_DETAILS_PLUGINS, PRICE_LIST_PLUGIN),
        menus=True,
    )
