"""Response headers and staff-session limits that Django's own settings do not cover.

* ``SecurityHeadersMiddleware`` sends the strict public Content-Security-Policy, or the
  staff policy (``settings.STAFF_CSP_DIRECTIVES``) on the admin and on pages a staff user
  sees with the CMS toolbar, plus Permissions-Policy and Cross-Origin-Resource-Policy.
  It never touches the database: for an anonymous visitor ``request.user`` is resolved
  from the (absent) session cookie alone.
* ``StaffSessionTimeoutMiddleware`` logs a user out after an idle period and after the
  session's hard maximum (``SESSION_COOKIE_AGE``), however active they were.
"""

import time

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import logout

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


STARTED = "_auth_started_at"
LAST_SEEN = "_auth_last_seen_at"


def start_session_clock(sender, request, user, **kwargs):
    """On every login, the 12-hour and idle clocks start again (connected in content.apps)."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[STARTED] = now
        request.session[LAST_SEEN] = now


class StaffSessionTimeoutMiddleware:
    """End a logged-in session after STAFF_SESSION_IDLE_SECONDS idle or SESSION_COOKIE_AGE in all.

    Anonymous visitors have no session to check, so this costs them nothing. The last-seen
    time is written at most once a minute, not on every request.
    """

    WRITE_EVERY = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault(STARTED, now)
            last_seen = session.get(LAST_SEEN, now)
            if now - last_seen > settings.STAFF_SESSION_IDLE_SECONDS or now - started > settings.SESSION_COOKIE_AGE:
                logout(request)
            elif now - last_seen >= self.WRITE_EVERY or LAST_SEEN not in session:
                session[LAST_SEEN] = now
        return self.get_response(request)
