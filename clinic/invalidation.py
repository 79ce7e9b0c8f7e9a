"""What to drop when the clinic's facts change: its details and hours, its prices, its clinicians.

The dropping itself is ``pagecache.invalidation.forget_cached_copies`` (now, and again on commit).
The receivers below are connected in clinic.apps, so a change made in the admin, in a command or in
code shows on every page at once. The plugins that print these facts are named by their plugin type
(content/cms_plugins.py): a name, not an import, since clinic never imports content.
No import of clinic.models here, so models, admin and commands can all call it.
"""

from pagecache.invalidation import forget_cached_copies

# The cache keys kept their values from when these lived in content: a deploy drops nothing extra.
CLINIC_DETAILS_CACHE_KEY = "content:clinic-details:v1"
OPENING_HOURS_CACHE_KEY = "content:opening-hours:v1"
LISTED_CLINICIANS_CACHE_KEY = "content:listed-clinicians:v1"

# The plugins that print clinic details: their cached placeholders go when the details change.
CLINIC_DETAILS_PLUGINS = ("ClinicContactPlugin", "ClinicVisitPlugin", "AfterHoursPlugin", "PrivacyContactPlugin")
PRICE_LIST_PLUGIN = "PriceListPlugin"
CARE_TEAM_PLUGIN = "CareTeamPlugin"


def clinic_details_changed(**kwargs):
    """After every save of the clinic details or of an opening-hours row (post_save and post_delete
    receivers): the cached details and hours, pages and the details plugins' placeholders."""
    forget_cached_copies(CLINIC_DETAILS_CACHE_KEY, OPENING_HOURS_CACHE_KEY, placeholders_with=CLINIC_DETAILS_PLUGINS)


def prices_changed(**kwargs):
    """After a price is saved or deleted (post_save and post_delete receivers): pages and the price lists."""
    forget_cached_copies(placeholders_with=PRICE_LIST_PLUGIN)


def clinicians_changed(**kwargs):
    """After a clinician is saved or deleted (post_save/post_delete receivers, in the admin or in code):
    the list, every cached page (reviewer lines) and the team plugin's placeholders."""
    forget_cached_copies(LISTED_CLINICIANS_CACHE_KEY, placeholders_with=CARE_TEAM_PLUGIN)
