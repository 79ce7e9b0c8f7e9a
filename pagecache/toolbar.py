"""Spares a request the CMS toolbar that nothing on it used.

The CMS's ``ToolbarMiddleware`` puts a lazy toolbar on every request and, on the way out,
builds it only to read one flag (whether the response may be cached). Building one (every
app's toolbar, the request's language and address resolved again) was a fifth of a warm
Contact page's server time, a page that never renders the toolbar: its blank form comes from
the cache (``pagecache/form_page.py``).

When the toolbar was never built, the flag it would have had is known without building it: it
is off unless the user is staff, or an anonymous visitor asked for the toolbar in the query
string while ``CMS_TOOLBAR_ANONYMOUS_ON``. Only rendering placeholders changes the flag
afterwards, and that builds the toolbar.

``UnbuiltToolbarMiddleware`` sits right after the CMS's middleware (which ``cms check``
requires by name). On the way out, for a visitor who is not staff, on a request without the
toolbar's query parameter, whose toolbar was never built, it leaves the CMS's middleware a
stand-in (``cms_compat.StandInToolbar``) whose flag says what the built toolbar would have said.
Everyone else keeps the CMS's own toolbar and check. What this relies on in the CMS is in
``clinic_site/cms_compat.py`` (the toolbar's cache flag), with its contract test.
"""

from clinic_site import cms_compat


def toolbar_was_never_needed(request):
    if getattr(request, "toolbar", None) is None or cms_compat.toolbar_was_built(request):
        return False
    if cms_compat.toolbar_asked_for(request):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_staff


class UnbuiltToolbarMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if toolbar_was_never_needed(request):
            request.toolbar = cms_compat.StandInToolbar(cache_disabled=False)
        return response
