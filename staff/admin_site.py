"""The admin site: django-otp's OTPAdminSite, asking for the second factor when STAFF_2FA is on.

The setting is read on every request (not once at start-up), so one process serves the
rule that its settings say, and tests can switch it with ``override_settings``.
"""

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite


def two_factor_required():
    return bool(getattr(settings, "STAFF_2FA", False))


class ClinicAdminSite(OTPAdminSite):
    site_header = "Clinic website administration"
    site_title = "Clinic website"

    def __init__(self, name="admin"):
        # The CMS and the other apps reverse "admin:..." URLs: keep the usual name.
        super().__init__(name)

    @property
    def login_form(self):
        return OTPAdminAuthenticationForm if two_factor_required() else AdminAuthenticationForm

    @property
    def login_template(self):
        return OTPAdminSite.login_template if two_factor_required() else None

    def has_permission(self, request):
        if two_factor_required():
            # Staff who logged in with a password only are treated as not staff here.
            return super().has_permission(request)
        return super(OTPAdminSite, self).has_permission(request)
