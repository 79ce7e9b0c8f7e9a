"""Who is asking: the client's address behind the site's own proxies.

One function for every per-client rule (the forms' rate limit, the staff login lockout), so
they agree. Behind N proxies (``DJANGO_PROXY_COUNT``) the client is the Nth address from the
right in X-Forwarded-For: each proxy appends the address it received the request from, so the
right-most N entries were written by our proxies and anything to their left may be forged.
Without a proxy it is REMOTE_ADDR, and X-Forwarded-For is ignored.
"""

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR, or with TRUSTED_PROXY_COUNT = N the Nth address from the right in X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if chain:
            return chain[-min(proxies, len(chain))]
    return request.META.get("REMOTE_ADDR", "")
