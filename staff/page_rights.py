"""Page drafts are for the content editors: the CMS's editing views need the right to change pages.

With ``CMS_PERMISSION`` off, django CMS lets any staff user open a page's edit, preview and
structure views and its creation wizard, so an intake reviewer could read unpublished drafts.
``PageDraftsForEditorsMiddleware`` (after authentication) refuses those views to anyone without
``cms.change_page`` (superusers have it), with the admin's 403 page saying whose part it is.
"""

from django.core.exceptions import PermissionDenied

EDITING_VIEWS = frozenset(
    {
        "cms_placeholder_render_object_edit",
        "cms_placeholder_render_object_preview",
        "cms_placeholder_render_object_structure",
        "cms_wizard_create",
    }
)


class PageDraftsForEditorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in EDITING_VIEWS:
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not user.has_perm("cms.change_page"):
            raise PermissionDenied
        return None
