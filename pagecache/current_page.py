"""Which CMS page an anonymous request belongs to, kept in the shared cache.

The CMS finds ``request.current_page`` with one query (the page's address, joined to the
page) whenever something asks for it. A cached CMS page never asks, but an apphooked page
does on every view: the CMS's ``cms_perms`` check in front of the Contact and referral forms
reads it, so the form page, the one page every patient who acts opens, cost a query per view.

``CachedCurrentPageMiddleware`` (right after the CMS's ``CurrentPageMiddleware``) answers
that question for anonymous GET and HEAD requests from the shared cache, under the CMS's
page-cache version: every publish, unpublish or move starts afresh, as the cached pages do.
Only found pages are kept (an address that is no page is not worth a cache entry, and
would let anyone fill the cache by asking for made-up addresses). Staff, and every other
method, get the CMS's own lookup.
"""

import hashlib

from cms.middleware.page import get_page
from cms.utils import get_current_site
from cms.utils.conf import get_cms_setting
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from clinic_site import cms_compat

CACHED_METHODS = {"GET", "HEAD"}


def _key(request):
    digest = hashlib.sha256(request.path.encode()).hexdigest()[:24]
    site_id = get_current_site(request).pk
    return f"{get_cms_setting('CACHE_PREFIX')}current-page:{site_id}:{get_language()}:{digest}"


def cached_page(request):
    """The request's CMS page (or None), from the shared cache when an earlier visitor found it."""
    if cms_compat.has_remembered_current_page(request):
        return cms_compat.remembered_current_page(request)
    key, version = _key(request), cms_compat.page_cache_version()
    page = cache.get(key, version=version)
    if page is None:
        page = get_page(request)  # the CMS's lookup; it remembers the page on the request
        if page:
            cache.set(key, page, get_cms_setting("CACHE_DURATIONS")["content"], version=version)
    cms_compat.remember_current_page(request, page)
    return page


class CachedCurrentPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in CACHED_METHODS and not request.user.is_authenticated:
            request.current_page = SimpleLazyObject(lambda: cached_page(request))
        return self.get_response(request)
