from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class StaffConfig(AppConfig):
    """How staff log in and what they may do: two-factor admin, session limits, the staff groups."""

    name = "staff"
    verbose_name = "Staff logins"

    def ready(self):
        from . import checks  # noqa: F401 (registers the proxy-count deployment check)


class ClinicAdminConfig(admin_apps.AdminConfig):
    """Django's admin, whose default site asks for a second factor when STAFF_2FA is on.

    Replacing the default site (instead of mounting a second one) keeps ``admin.site``,
    the CMS's admin URLs and every ``@admin.register`` behind the same check.
    """

    # Imported as a module attribute, not a class, so `staff` still picks StaffConfig.
    default = False
    default_site = "staff.admin_site.ClinicAdminSite"

    def ready(self):
        super().ready()
        from django.contrib.auth.signals import user_logged_in

        from staff.sessions import start_session_clock

        user_logged_in.connect(start_session_clock, dispatch_uid="staff-start-session-clock")
