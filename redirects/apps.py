from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedirectsConfig(AppConfig):
    """Old page addresses that answer 301 to where the page lives now (moves, new slugs)."""

    name = "redirects"
    label = "page_redirects"  # not "redirects": django.contrib.redirects keeps that label free
    verbose_name = _("Redirects")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
