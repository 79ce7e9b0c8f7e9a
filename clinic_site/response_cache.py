"""Whole anonymous page responses from the shared cache, before the rest of the middleware runs.

The CMS page cache already spares a warm page its queries and its rendering, but the request
still walks the whole middleware stack first: sessions, authentication, two-factor, messages,
the CMS toolbar, redirects, lockout. For an anonymous visitor none of that can change a public
page, and it cost more than serving the page itself: a warm page ran at less than half the
static file's rate from the same app server.

``AnonymousResponseCacheMiddleware`` sits right after GZip (so a kept page is still compressed
per request, and the CSP, cache and security headers around it are still made per request):

* **served from the cache**: a GET or HEAD without a query string and without a session or
  messages cookie (anyone who might be signed in, or has a message waiting, goes the long way),
  outside ``/admin/``, when a response for that host and path is kept;
* **kept**: a 200 response to such a GET that ``cache_headers.cache_policy`` calls ``public``
  (anonymous, no cookie, no form token, no ``no-store``): exactly the responses a shared cache
  in front of the site may keep, so nothing private can be replayed;
* **dropped**: keys carry the CMS's page-cache version, which every publish, unpublish, move and
  clinic-details or clinician save changes, so a change shows on the next view. Entries last as
  long as a CMS page cache entry (``CMS_CACHE_DURATIONS["content"]``).
"""

import hashlib

from cms.cache import _get_cache_version
from cms.utils.conf import get_cms_setting
from django.conf import settings
from django.core.cache import cache

from .cache_headers import ADMIN_PREFIX, cache_policy

SERVED_METHODS = {"GET", "HEAD"}
MESSAGES_COOKIE = "messages"


def may_be_served_from_cache(request):
    """True for a request whose answer cannot depend on who is asking (see the module notes)."""
    if request.method not in SERVED_METHODS or request.META.get("QUERY_STRING"):
        return False
    if request.path_info.startswith(ADMIN_PREFIX):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies


def _key(request):
    digest = hashlib.sha256(f"{request.get_host()}|{request.path}".encode()).hexdigest()[:32]
    return f"{get_cms_setting('CACHE_PREFIX')}anonymous-response:{digest}"


def _keepable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    # The CMS's language cookie is dropped from anonymous responses on the way out (cache_headers).
    response.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
    return cache_policy(request, response) == "public"


class AnonymousResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_be_served_from_cache(request):
            return self.get_response(request)
        key, version = _key(request), _get_cache_version()
        kept = cache.get(key, version=version)
        if kept is not None:
            return kept
        response = self.get_response(request)
        if _keepable(request, response):
            cache.set(key, response, get_cms_setting("CACHE_DURATIONS")["content"], version=version)
        return response
