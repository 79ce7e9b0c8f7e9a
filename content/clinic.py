"""Reading the clinic details through the shared cache, and refreshing it on save.

Every page shows the clinic's name, phone and address, so the details are read
from the shared cache (Redis or the file cache, seen by every worker process)
and only go to the database on a miss. Saving the details drops the cached copy
and empties the CMS page cache, so no worker serves a page with old details.
"""

from cms.cache import invalidate_cms_page_cache
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction

CACHE_KEY = "content:clinic-details:v1"
CACHE_SECONDS = 24 * 60 * 60


def get_clinic_details():
    """The clinic details: from the cache, else the database, else unsaved defaults."""
    from .models import ClinicDetails

    details = cache.get(CACHE_KEY)
    if details is None:
        try:
            details = ClinicDetails.objects.filter(pk=1).first()
        except DatabaseError:
            details = None
        if details is None:
            # Not seeded yet (or no database): the placeholder defaults, never cached.
            return ClinicDetails()
        cache.set(CACHE_KEY, details, CACHE_SECONDS)
    return details


def forget_cached_copies(*keys, placeholders_with=None):
    """Drop these cache keys and every cached CMS page, now and again when the transaction commits.

    ``placeholders_with`` names a plugin type whose rendered placeholders must go too
    (the CMS caches each placeholder apart from the page). Now, so the next read in this
    process sees the change; on commit, because another worker may have cached the old
    copy in between. After a rollback nothing stale is left either: the next read takes
    what the database holds.
    """

    def forget():
        if keys:
            cache.delete_many(keys)
        if placeholders_with:
            _forget_placeholders_with(placeholders_with)
        invalidate_cms_page_cache()

    forget()
    transaction.on_commit(forget)


def _forget_placeholders_with(plugin_type):
    from cms.cache.placeholder import clear_placeholder_cache
    from cms.models import Placeholder

    for placeholder in Placeholder.objects.filter(cmsplugin__plugin_type=plugin_type).distinct():
        for language, _name in settings.LANGUAGES:
            clear_placeholder_cache(placeholder, language, settings.SITE_ID)


def clinic_details_changed(details):
    """Called after every save of the details: pages and the clinic-contact plugin's placeholders."""
    forget_cached_copies(CACHE_KEY, placeholders_with="ClinicContactPlugin")


def ensure_clinic_details():
    """Create the placeholder row if there is none; never touch an existing one."""
    from .models import ClinicDetails

    if ClinicDetails.objects.filter(pk=1).exists():
        return False
    ClinicDetails().save()
    return True
