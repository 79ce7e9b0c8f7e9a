"""The blank form page from the cache: rendered once per publish, only the per-visitor tokens made per request.

The Contact page (CMS text, chrome, the form's markup) is the same for every anonymous
visitor except two values: the CSRF token and the form's idempotency token. It is rendered
with a marker in place of each, kept in the shared cache under the CMS's page-cache version
(a publish or a clinic-details save, which changes the form's contact times, starts afresh),
and each view puts fresh tokens into the markers. Staff always get a full render (the toolbar).
"""

import hashlib
import uuid

from cms.utils.conf import get_cms_setting
from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from clinic_site import cms_compat

# Markers no real page contains: a nil UUID, and a CSRF value of the right alphabet.
FORM_TOKEN_MARKER = uuid.UUID(int=0)
CSRF_MARKER = "csrfmarker" + "0" * 54


def _key(request):
    settings_part = f"{settings.INQUIRY_REPLY_BUSINESS_DAYS}|{settings.PRIVACY_NOTICE_VERSION}"
    digest = hashlib.sha256(f"{request.path}|{settings_part}".encode()).hexdigest()[:16]
    return f"{get_cms_setting('CACHE_PREFIX')}inquiries-blank-form:{get_language()}:{digest}"


def blank_form_page(request, *, render_blank):
    """The page's HTML with fresh tokens; ``render_blank(form_token, csrf_token)`` renders it on a miss.

    Only a request without a query string uses or fills the cache: the CMS renders the page's text
    in the language a ``?language=`` names, while the key has the active (address) language, so a
    Spanish page could otherwise be kept for every English visitor (and the reverse).
    """
    if request.META.get("QUERY_STRING"):
        return render_blank(uuid.uuid4(), get_token(request))
    version = cms_compat.page_cache_version()
    key = _key(request)
    html = cache.get(key, version=version)
    if html is None:
        html = render_blank(FORM_TOKEN_MARKER, CSRF_MARKER)
        cache.set(key, html, get_cms_setting("CACHE_DURATIONS")["content"], version=version)
    return html.replace(CSRF_MARKER, get_token(request)).replace(str(FORM_TOKEN_MARKER), str(uuid.uuid4()))
