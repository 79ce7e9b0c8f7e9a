from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ContentConfig(AppConfig):
    """The CMS side of the site: page templates, plugins and sample content."""

    name = "content"
    verbose_name = "Site content"


class ClinicAdminConfig(admin_apps.AdminConfig):
    """Django's admin, whose default site asks for a second factor when STAFF_2FA is on.

    Replacing the default site (instead of mounting a second one) keeps ``admin.site``,
    the CMS's admin URLs and every ``@admin.register`` behind the same check.
    """

    # Imported as a module attribute, not a class, so `content` still picks ContentConfig.
    default = False
    default_site = "content.admin_site.ClinicAdminSite"

    def ready(self):
        super().ready()
        from django.contrib.auth.signals import user_logged_in

        from content.security import start_session_clock

        user_logged_in.connect(start_session_clock, dispatch_uid="content-start-session-clock")
