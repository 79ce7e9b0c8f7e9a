from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Site search over published pages, on the database's own full-text engine, with crisis help first."""

    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from djangocms_versioning.signals import post_version_operation

        from . import services

        post_version_operation.connect(services.follow_version_operation, dispatch_uid="search-follow-publishing")
