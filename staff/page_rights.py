"""Page drafts are for the content editors: the CMS's editing views need the right to change pages.

With ``CMS_PERMISSION`` off, django CMS lets any staff user open a page's edit, preview and
structure views and its creation wizard, so an intake reviewer could read unpublished drafts.
``PageDraftsForEditorsMiddleware`` (after authentication) refuses those views to anyone without
``cms.change_page`` (superusers have it), with the admin's 403 page saying whose part it is.
"""

from django.core.exceptions import PermissionDenied

from clinic_site.view_middleware import AroundNamedViews

EDITING_VIEWS = frozenset(
    {
        "cms_placeholder_render_object_edit",
        "cms_placeholder_render_object_preview",
        "cms_placeholder_render_object_structure",
        "cms_wizard_create",
    }
)


class PageDraftsForEditorsMiddleware(AroundNamedViews):
    url_names = EDITING_VIEWS

    def around_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not user.has_perm("cms.change_page"):
            raise PermissionDenied
        return None
