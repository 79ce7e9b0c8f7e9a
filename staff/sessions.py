"""Staff-session limits: a logged-in session ends after an idle period and after a hard maximum.

``StaffSessionTimeoutMiddleware`` logs a user out after ``STAFF_SESSION_IDLE_SECONDS`` idle
and after the session's hard maximum (``SESSION_COOKIE_AGE``), however active they were.
``start_session_clock`` (connected to ``user_logged_in`` in staff.apps) starts both clocks.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

STARTED = "_auth_started_at"
LAST_SEEN = "_auth_last_seen_at"


def start_session_clock(sender, request, user, **kwargs):
    """On every login, the 12-hour and idle clocks start again."""
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
