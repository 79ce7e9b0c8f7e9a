"""Old addresses answer 301 to the page's current address; editors are told when one is made."""

from django.contrib import messages
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import gettext as _

from . import services
from .signals import created_in_request


class RedirectMiddleware:
    """After the CMS answered 404, look the address up among the pages' old addresses.

    Sits inside the message and locale middleware: messages added here reach the
    editor's next admin page, and a 404 is looked up before anything else handles it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = created_in_request.set([])
        try:
            response = self.get_response(request)
            created = created_in_request.get()
        finally:
            created_in_request.reset(token)
        if created and hasattr(request, "_messages"):
            for redirect in created:
                messages.info(
                    request,
                    _("The old address %(old)s now redirects to %(new)s.")
                    % {
                        "old": services.address_for(redirect.old_path, redirect.language),
                        "new": redirect.page.get_absolute_url(redirect.language, fallback=False),
                    },
                )
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            target = services.target_for(request.path_info)
            if target:
                query = request.META.get("QUERY_STRING")
                return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)
        return response
