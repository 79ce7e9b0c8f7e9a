"""Response headers that Django's own settings do not cover, for every response of the site.

``SecurityHeadersMiddleware`` sends the strict public Content-Security-Policy, or the
staff policy (``settings.STAFF_CSP_DIRECTIVES``) on the admin and on pages a staff user
sees with the CMS toolbar, plus Permissions-Policy and Cross-Origin-Resource-Policy.
It never touches the database: for an anonymous visitor ``request.user`` is resolved
from the (absent) session cookie alone.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIX = "/admin/"


def wants_staff_policy(request):
    """True for the admin (including the CMS's editing endpoints) and for staff on pages."""
    if request.path_info.startswith(ADMIN_PREFIX):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.is_staff)


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and wants_staff_policy(request):
            parts = PolicyParts(settings.STAFF_CSP_DIRECTIVES, parts.update, parts.replace, parts.nonce)
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
