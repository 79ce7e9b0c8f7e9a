"""Other pages' addresses and menu titles, from the menu the page builds anyway.

Page cards, buttons and the footer link to other pages. Asked one by one, each link costs
queries of its own (the page, its URL, its title), dozens on a cold home page. The
CMS menu already reads every published page of the language in two queries and keeps the
result in the shared cache (emptied on every publish), so the links are taken from its
nodes: no query of their own. One menu renderer per request serves the links and the
navigation (``renderer_for``), so the menu's cache check runs once.

``page_links`` also hands the addresses to the CMS's own ``{% page_url %}`` cache (the
footer's links), so those tags find them instead of querying.
In the editing and preview modes the menu holds admin URLs: links are then asked of each
page as before (``PageLink`` from the page itself).
"""

from dataclasses import dataclass

from cms.utils import get_current_site
from cms.utils.conf import get_cms_setting
from django.core.cache import cache
from django.utils.translation import get_language

from clinic_site import cms_compat


@dataclass(frozen=True)
class PageLink:
    url: str
    menu_title: str


def renderer_for(request):
    """The request's one menu renderer (the navigation and the links share its cache check)."""
    from menus.menu_pool import menu_pool

    renderer = request.__dict__.get("_clinic_menu_renderer")
    if renderer is None:
        renderer = request._clinic_menu_renderer = menu_pool.get_renderer(request)
    return renderer


def _editing(request):
    toolbar = getattr(request, "toolbar", None)
    return bool(toolbar and (toolbar.edit_mode_active or toolbar.preview_mode_active))


def page_links(request):
    """{page id: PageLink} for the published pages of the current language, or {} while editing."""
    if request is None or _editing(request):
        return {}
    memo = request.__dict__.get("_clinic_page_links")
    if memo is not None:
        return memo
    nodes = cms_compat.menu_nodes(renderer_for(request))  # the menu pool's cached nodes
    links, by_reverse_id = {}, {}
    for node in nodes:
        if not node.attr.get("is_page"):
            continue
        url = node.get_absolute_url()
        links[node.id] = PageLink(url=url, menu_title=node.title)
        if node.attr.get("reverse_id"):
            by_reverse_id[node.attr["reverse_id"]] = url
    request._clinic_page_links = links
    request._clinic_page_urls_by_reverse_id = by_reverse_id
    _prime_page_url_cache(by_reverse_id, get_current_site(request).pk)
    return links


def url_for_reverse_id(request, reverse_id):
    """The address of the published page with this ``reverse_id`` in the current language, from
    the menu's nodes; None while editing or when the menu does not hold it (then ask the page)."""
    if not page_links(request):
        return None
    return request.__dict__.get("_clinic_page_urls_by_reverse_id", {}).get(reverse_id)


def _prime_page_url_cache(by_reverse_id, site_id):
    """Store the addresses where the CMS's {% page_url "reverse_id" %} looks first (once per cache version)."""
    language, version = get_language(), cms_compat.page_cache_version()
    marker = f"{get_cms_setting('CACHE_PREFIX')}clinic-page-url-primed:{site_id}:{language}"
    if cache.get(marker, version=version):
        return
    duration = get_cms_setting("CACHE_DURATIONS")["content"]
    entries = {cms_compat.page_url_cache_key(rid, language, site_id): url for rid, url in by_reverse_id.items()}
    cache.set_many({**entries, marker: True}, duration, version=version)
