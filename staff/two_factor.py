"""No staff session without a verified second factor, on any path.

The admin's login asks for a one-time code when two-factor is on (``admin_site.py``), but
django CMS brings its own password-only login (``/cms_login/``), and its wizard and toolbar
accept any session whose user ``is_staff``. So a stolen password alone would create draft
pages and see the toolbar. Two guards close every such path:

- ``cms_login`` (both languages) sends the visitor to the admin's two-factor login and never
  reads the credentials posted to it (``clinic_site/urls.py`` routes it here, before the CMS);
- ``UnverifiedStaffAreAnonymousMiddleware`` (right after django-otp's middleware) treats a
  signed-in user who has not verified a device as anonymous for the whole request. The admin
  then shows its login form, the CMS shows no toolbar and refuses its editing views.
"""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from .admin_site import two_factor_required


def _verified(user):
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


class UnverifiedStaffAreAnonymousMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if two_factor_required() and user is not None and user.is_authenticated and not _verified(user):
            request.user = AnonymousUser()
        return self.get_response(request)


def cms_login(request):
    """The CMS's login, sent to the admin's (two-factor) login; posted credentials are ignored."""
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = "/"
    return HttpResponseRedirect(f"{reverse('admin:login')}?{urlencode({'next': target})}", status=303)
