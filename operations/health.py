"""/healthz: can this app server reach its database and its cache?

For the load balancer's probe and for monitoring. It answers JSON with 200 when both
work and 503 when either does not, naming only which check failed (never a host name,
a password or an exception text). It is exempt from the HTTPS redirect
(SECURE_REDIRECT_EXEMPT) so a proxy can probe each app server over plain HTTP.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("Health check: the database is not answering.")
        return False


def _cache_ok():
    # The shared cache fails soft (clinic_site/cache.py): errors become misses. So write a
    # fresh value and read it back; a dead cache cannot return it.
    key = "healthz:probe"
    value = secrets.token_hex(8)
    try:
        cache.set(key, value, 30)
        ok = cache.get(key) == value
    except Exception:
        ok = False
    if not ok:
        logger.warning("Health check: the cache is not answering.")
    return ok


def _mail_state(database_ok):
    """ "delayed" when a queued e-mail has waited longer than MAIL_DELAYED_AFTER_MINUTES (the worker is
    stopped or the mail server refuses): monitoring should notice, but the site itself still works."""
    if not database_ok:
        return "unknown"
    from notifications.outbox import mail_is_delayed

    try:
        return "delayed" if mail_is_delayed() else "ok"
    except Exception:
        logger.warning("Health check: the mail queue could not be read.")
        return "unknown"


@never_cache
@require_safe
def healthz(request):
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    healthy = all(checks.values())
    body = {
        "status": "ok" if healthy else "unavailable",
        "checks": {k: "ok" if v else "failing" for k, v in checks.items()},
        # Not a reason to take this server out of the load balancer: a delay is the mail worker's.
        "mail": _mail_state(checks["database"]),
    }
    return JsonResponse(body, status=200 if healthy else 503)
