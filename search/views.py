"""The search page: /search/?q=… and /es/buscar/?q=…, a plain GET form that works without JavaScript.

Private by design (docs/security-privacy.md): the words are read from the address, used for
one query and forgotten. The response is ``private, no-store`` (never in the page cache or a
shared cache), sets no cookie, asks search engines not to index it, and sends no Referer to
the pages it links to, so the words do not travel on. A crisis phrase in either language
(crisis.py) puts the crisis help first, in a polite live region.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_variables
from django.views.decorators.http import require_GET

from . import crisis, selectors

PRIVATE_HEADERS = {
    "Cache-Control": "private, no-store, max-age=0",
    "X-Robots-Tag": "noindex, nofollow",
    "Referrer-Policy": "no-referrer",
}


class CookielessResponse(HttpResponse):
    """Refuses every cookie, including any a middleware would add on the way out (the CMS's
    language cookie, a CSRF cookie): a search leaves nothing in the browser but its history."""

    def set_cookie(self, *args, **kwargs):
        return None


@require_GET
@never_cache
@sensitive_variables("query", "results")
def search(request):
    query = selectors.clean_query(request.GET.get("q", ""))
    language = translation.get_language()
    results = selectors.search(query, language) if query else []
    context = {
        "query": query,
        "results": results,
        "crisis": crisis.mentions_crisis(query),
        "suggestions": selectors.suggested_pages(language) if query and not results else [],
    }
    response = CookielessResponse(render_to_string("search/results.html", context, request=request))
    for name, value in PRIVATE_HEADERS.items():
        response[name] = value
    return response
