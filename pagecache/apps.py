from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Anonymous public pages served fast and never stale: the response cache, cache headers, the
    cached current page, page links and blank form page, and what drops them."""

    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from cms.models import UrlconfRevision
        from django.db.models.signals import post_save

        from .urlconf_revision import remember_revision

        # A new apphook revision reaches every worker through the shared cache.
        post_save.connect(remember_revision, sender=UrlconfRevision, dispatch_uid="pagecache-urlconf-revision")
