"""Whole anonymous page responses from the cache, before the rest of the middleware runs.

The CMS page cache already spares a warm page its queries and its rendering, but the request
still walks the whole middleware stack first: sessions, authentication, two-factor, messages,
the CMS toolbar, redirects, lockout, and gzip compresses the page again on every view. For an
anonymous visitor none of that can change a public page, and it cost more than serving the
page itself (the figures: docs/performance.md).

``AnonymousResponseCacheMiddleware`` sits right after whitenoise and before GZip, so it keeps
each page as it was sent, compressed or not, and the CSP, cache and security headers around it
are still made per request:

* **served from the cache**: a GET or HEAD without a query string and without a session or
  messages cookie (anyone who might be signed in, or has a message waiting, goes the long way),
  outside ``/admin/``, when a response for that host, path and encoding (gzip or none, from
  ``Accept-Encoding``, as GZip decides) is kept;
* **kept**: a 200 response to such a GET that ``cache_headers.cache_policy`` calls ``public``
  (anonymous, no cookie, no form token, no ``no-store``): exactly the responses a shared cache
  in front of the site may keep, so nothing private can be replayed. What is kept is the
  status, the headers and the body as bytes, not the response object;
* **where**: in the shared cache, so every worker and app server uses one render, and in a
  small copy in the worker itself (``LOCAL_ENTRIES`` pages, ``LOCAL_SECONDS`` at most), so a
  hit costs one shared-cache read, the version below;
* **dropped**: keys carry the CMS's page-cache version, which every publish, unpublish, move and
  clinic-details or clinician save changes, and each request reads that version from the shared
  cache, so a change shows on the next view in every worker. Shared entries last as long as a
  CMS page cache entry (``CMS_CACHE_DURATIONS["content"]``); a worker's copy never outlives the
  shared entry it came from, nor ``LOCAL_SECONDS`` (the bound if the shared cache is emptied
  and its version starts again at a number a worker has already seen).
"""

import hashlib
import time

from cms.utils.conf import get_cms_setting
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip

from clinic_site import cms_compat

from .cache_headers import ADMIN_PREFIX, cache_policy

SERVED_METHODS = {"GET", "HEAD"}
MESSAGES_COOKIE = "messages"
LOCAL_ENTRIES = 256
LOCAL_SECONDS = 10


def may_be_served_from_cache(request):
    """True for a request whose answer cannot depend on who is asking (see the module notes)."""
    if request.method not in SERVED_METHODS or request.META.get("QUERY_STRING"):
        return False
    if request.path_info.startswith(ADMIN_PREFIX):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and MESSAGES_COOKIE not in cookies


def _key(request):
    encoding = "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    digest = hashlib.sha256(f"{request.get_host()}|{request.path}|{encoding}".encode()).hexdigest()[:32]
    return f"{get_cms_setting('CACHE_PREFIX')}anonymous-response:{digest}"


def _keepable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    # The CMS's language cookie is dropped from anonymous responses on the way out (cache_headers).
    response.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
    return cache_policy(request, response) == "public"


def _entry(response, lifetime):
    """What is kept: (expires at, status, headers, body), plain values that pickle small."""
    return (time.time() + lifetime, response.status_code, tuple(response.headers.items()), response.content)


def _replay(entry):
    _expires, status, headers, body = entry
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response.headers[name] = value
    return response


class AnonymousResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # This worker's copies, for one page-cache version at a time: (version, {key: entry}).
        self.local = (None, {})

    def _local_entries(self, version):
        """This worker's copies for ``version``; a new version starts with none."""
        local_version, entries = self.local
        if local_version != version:
            entries = {}
            self.local = (version, entries)
        return entries

    def _local_copy(self, key, version):
        entries = self._local_entries(version)
        entry = entries.get(key)
        if entry is not None and entry[0] <= time.time():
            del entries[key]
            return None
        return entry

    def _remember_locally(self, key, version, entry):
        entries = self._local_entries(version)
        while len(entries) >= LOCAL_ENTRIES:
            del entries[next(iter(entries))]
        expires, *rest = entry
        entries[key] = (min(expires, time.time() + LOCAL_SECONDS), *rest)

    def __call__(self, request):
        if not may_be_served_from_cache(request):
            return self.get_response(request)
        key, version = _key(request), cms_compat.page_cache_version()
        entry = self._local_copy(key, version)
        if entry is None:
            entry = cache.get(key, version=version)
            if entry is not None:
                self._remember_locally(key, version, entry)
        if entry is not None:
            return _replay(entry)
        response = self.get_response(request)
        if _keepable(request, response):
            lifetime = get_cms_setting("CACHE_DURATIONS")["content"]
            entry = _entry(response, lifetime)
            cache.set(key, entry, lifetime, version=version)
            self._remember_locally(key, version, entry)
        return response
