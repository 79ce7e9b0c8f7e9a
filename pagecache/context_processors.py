"""Template context for CMS pages."""


def page_links(request):
    """On CMS pages: other pages' addresses from the menu (pagecache/page_links.py), read before the
    chrome renders so the footer's ``{% page_url %}`` tags find them cached, and the request's one
    menu renderer for the navigation (in place of the CMS's own, so the menu is checked once)."""
    # Not in the admin: there the (lazy) current page would cost a lookup of its own.
    if request.path_info.startswith("/admin/") or not getattr(request, "current_page", None):
        return {}
    from clinic_site.cms_compat import MENU_RENDERER_CONTEXT_NAME

    from .page_links import page_links as links_of
    from .page_links import renderer_for

    return {"page_links": links_of(request), MENU_RENDERER_CONTEXT_NAME: renderer_for(request)}
