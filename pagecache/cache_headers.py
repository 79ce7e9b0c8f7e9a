"""Which responses a shared cache (nginx's proxy_cache, a CDN) may keep, decided from the response.

``CacheHeadersMiddleware`` sits near the top of MIDDLEWARE, so it sees the response as it
leaves Django, cookies included. The rule (``cache_policy``) is small on purpose:

* **private** (``private, no-store``): the admin (``/admin/``), any signed-in user (staff see
  the CMS toolbar and drafts), any response that sets a cookie or used the CSRF token (a page
  with a form carries one visitor's token), and any view that already said ``no-store``,
  ``no-cache`` or ``private`` (``never_cache``: the form, a self-check result, ``/healthz``).
* **public** (``public, max-age=…, s-maxage=…, stale-while-revalidate=…``): an anonymous GET or
  HEAD that got a 200, 301 or 404 and none of the above. The lifetimes come from settings
  (``PUBLIC_PAGE_MAX_AGE``, ``SHARED_CACHE_SECONDS``, ``STALE_WHILE_REVALIDATE_SECONDS``): a
  publish shows on the public site within the shared-cache lifetime (60 seconds by default).
* **left alone**: a response whose view already chose ``public`` (whitenoise's static files),
  and everything else (a POST, a redirect after a form, a 500): Django's defaults keep a
  shared cache from storing those.

It also tidies ``Vary``: no empty member (the CMS page cache stored an empty header that later
patches appended to), no duplicates, and no ``Accept-Language`` when the language comes from
the URL (``i18n_patterns`` with the default language unprefixed, or a single language), since
a cache would otherwise keep one copy per browser language setting for the same page.
"""

from django.conf import settings
from django.utils.cache import cc_delim_re
from django.utils.functional import cached_property

ADMIN_PREFIX = "/admin/"
PUBLIC_STATUSES = {200, 301, 404}
PRIVATE = "private, no-store"
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}


def public_cache_control():
    return (
        f"public, max-age={settings.PUBLIC_PAGE_MAX_AGE}, s-maxage={settings.SHARED_CACHE_SECONDS}, "
        f"stale-while-revalidate={settings.STALE_WHILE_REVALIDATE_SECONDS}"
    )


def _directives(response):
    return {d.split("=", 1)[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", "")) if d}


def _is_signed_in(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def cache_policy(request, response):
    """ "private", "public" or None (leave the response's own headers), from the request and response."""
    directives = _directives(response)
    if request.path_info.startswith(ADMIN_PREFIX) or _is_signed_in(request):
        return "private"
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return "private"
    if directives & PRIVATE_DIRECTIVES:
        return "private"
    if "public" in directives:
        return None
    if request.method in ("GET", "HEAD") and response.status_code in PUBLIC_STATUSES:
        return "public"
    return None


def tidy_vary(value, *, drop=()):
    """A Vary value without empty members or duplicates (case-insensitive), minus ``drop``."""
    seen, members = set(), []
    dropped = {name.lower() for name in drop}
    for member in cc_delim_re.split(value or ""):
        member = member.strip()
        if member and member.lower() not in seen and member.lower() not in dropped:
            seen.add(member.lower())
            members.append(member)
    return ", ".join(members)


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def language_from_url_only(self):
        """True when Accept-Language cannot change a page: one language, or i18n_patterns with
        the default language unprefixed (LocaleMiddleware then never reads the header)."""
        if len(settings.LANGUAGES) <= 1:
            return True
        from django.conf.urls.i18n import is_language_prefix_patterns_used

        used, prefixed_default = is_language_prefix_patterns_used(settings.ROOT_URLCONF)
        return used and not prefixed_default

    def __call__(self, request):
        response = self.get_response(request)
        if not _is_signed_in(request):
            # The CMS's language cookie: the address says the language, so a visitor needs none.
            response.cookies.pop(settings.LANGUAGE_COOKIE_NAME, None)
        policy = cache_policy(request, response)
        if policy == "private":
            # Keep the view's own stricter words (never_cache's max-age=0, must-revalidate).
            directives = _directives(response)
            if not {"private", "no-store"} <= directives:
                existing = response.get("Cache-Control", "")
                kept = [d.strip() for d in cc_delim_re.split(existing) if d.strip() and d.split("=")[0] != "public"]
                response["Cache-Control"] = ", ".join(dict.fromkeys([*PRIVATE.split(", "), *kept]))
        elif policy == "public":
            response["Cache-Control"] = public_cache_control()
            # The CMS page cache sends Expires for its own 5 minutes; Cache-Control says it now.
            if "Expires" in response:
                del response["Expires"]
        if response.has_header("Vary"):
            drop = ("Accept-Language",) if self.language_from_url_only else ()
            vary = tidy_vary(response["Vary"], drop=drop)
            if vary:
                response["Vary"] = vary
            else:
                del response["Vary"]
        return response
