"""A per-address limit on form posts, kept in the shared cache, that fails open.

A fixed window: the first post in a window ``add``s a counter, later ones
``incr`` it. If the cache is down (``clinic_site.cache.FailSoftRedisCache`` turns
an outage into misses: ``add`` returns False, ``incr`` returns 1) or raises
anything, the post is allowed: a lost inquiry costs more than a little spam.
The address is hashed before it becomes a cache key.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

from clinic_site.proxies import client_address

logger = logging.getLogger(__name__)


def _key(address, window, now):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"inquiries:rate:{digest}:{int(now // window)}"


def allow_post(request, *, now=None):
    """Count this post against its address; False once the address is over the limit for this window."""
    limit, window = settings.INQUIRY_RATE_LIMIT, settings.INQUIRY_RATE_WINDOW
    if limit <= 0:
        return True
    key = _key(client_address(request), window, now if now is not None else time.time())
    try:
        if cache.add(key, 1, timeout=window + 60):
            return True
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: a new window
            cache.add(key, 1, timeout=window + 60)
            return True
    except Exception as exc:  # any cache failure: fail open, never a 500
        logger.warning("Inquiry rate limit skipped: cache error (%s).", type(exc).__name__)
        return True
    return count <= limit
