"""The CMS's apphook reload check, read from the shared cache instead of the database.

Apphook URL patterns are built once per process. django CMS keeps a revision in the
database (``cms.models.UrlconfRevision``) that a publish of an apphooked page changes, and
its ``ApphookReloadMiddleware`` reads that row on every request to notice: the one SQL query
a cached page view cost. This middleware does the same comparison with the revision kept in
the shared cache (``REVISION_KEY``):

* when the CMS saves a new revision (``UrlconfRevision.save()``, on every apphook change),
  ``remember_revision`` writes it to the cache at once, so every worker of every app server
  sees it on its next request (should that transaction roll back, workers rebuild their URL
  patterns once more for nothing, and read the database's revision again within the TTL);
* a missing key (an empty or restarted cache) is filled from the database, and the key lives
  only ``REVISION_TTL`` seconds, so a change the signal could not announce (a cache outage at
  that moment) is still noticed within that time.
"""

from django.core.cache import cache

from clinic_site import cms_compat

REVISION_KEY = "cms-urlconf-revision"
REVISION_TTL = 10


def current_revision():
    revision = cache.get(REVISION_KEY)
    if revision is None:
        revision = cms_compat.database_revision()
        cache.set(REVISION_KEY, revision, REVISION_TTL)
    return revision


def ensure_urlconf_is_up_to_date():
    """cms.utils.apphook_reload.ensure_urlconf_is_up_to_date, with the revision from the cache."""
    revision = current_revision()
    local = cms_compat.process_revision()
    if not local:
        cms_compat.set_process_revision(revision)
    elif revision != local:
        cms_compat.reload_urlconf(new_revision=revision)


def remember_revision(sender, instance, **kwargs):
    """post_save of UrlconfRevision (connected in PageCacheConfig.ready)."""
    cache.set(REVISION_KEY, instance.revision, REVISION_TTL)


class ApphookReloadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ensure_urlconf_is_up_to_date()
        return self.get_response(request)
