"""The one door to django CMS and djangocms-versioning internals.

Every name below is private to django CMS 5.1 or djangocms-versioning 2.8 (or a behaviour
their documentation does not promise), and no other module of ours may use it directly:
they call these functions instead. Each entry says what we rely on and why no public API
does the job. ``tests/clinic_site/test_cms_compat.py`` pins the versions these were read
from and checks each behaviour, so an upgrade that changes one fails there, loudly, instead
of silently serving stale or private pages. The upgrade checklist is in docs/development.md.
"""

from cms.cache import _get_cache_version
from cms.cache.page import _page_url_key
from cms.utils import apphook_reload
from django.utils.functional import SimpleLazyObject, empty

# The versions this module was read against (the contract test compares them with what is installed).
CMS_VERSION = "5.1.3"
VERSIONING_VERSION = "2.8.0"

# --- The page-cache version ---------------------------------------------------------------
# The CMS versions its page cache with a number kept in the shared cache
# (``cms.cache._get_cache_version``); ``invalidate_cms_page_cache()`` (public) raises it on
# every publish, unpublish and move. Our own cached copies of public pages (the whole
# response, the blank form page, the current-page lookup, the primed page addresses) live
# under the same number, so they are dropped by the same events. There is no public getter.


def page_cache_version():
    """The CMS's current page-cache version (an int, set to 1 when the cache holds none)."""
    return _get_cache_version()


# --- The key of ``{% page_url %}`` ----------------------------------------------------------
# ``{% page_url "reverse_id" %}`` first looks for a page's address in the cache under
# ``cms.cache.page._page_url_key(lookup, language, site_id, None)`` at the page-cache
# version. We store the addresses we already read from the menu under that key, so the
# footer's links cost no query. The CMS offers ``set_page_url_cache`` for one key at a time
# only; we write them all in one ``set_many``.


def page_url_cache_key(reverse_id, language, site_id):
    return _page_url_key(reverse_id, language, site_id, None)


# --- The menu's nodes ------------------------------------------------------------------------
# ``MenuRenderer._build_nodes()`` returns every node of the menu for the request's language
# from the menu's own cache (no query when warm), before the navigation's modifiers cut it
# down. ``get_nodes()`` is public but runs every modifier again for each call; we only read
# the nodes' ids, titles, addresses and ``attr`` (``is_page``, ``reverse_id``).


def menu_nodes(renderer):
    return renderer._build_nodes()


# The context variable the CMS's menu tags (``{% show_menu %}``, breadcrumbs...) read their
# renderer from (``cms.context_processors.cms_settings`` sets it; ``menus.templatetags
# .menu_tags`` reads it). We put the request's one renderer there so the menu is checked once.
MENU_RENDERER_CONTEXT_NAME = "cms_menu_renderer"


# --- The request's current page ----------------------------------------------------------------
# ``cms.middleware.page.get_page`` and ``cms.utils.page.get_page_from_request`` remember the
# request's page in ``request._current_page_cache`` and return it without a query when set.
# We fill it from the shared cache for anonymous views, and read it to avoid a second lookup.

_CURRENT_PAGE_ATTRIBUTE = "_current_page_cache"


def remembered_current_page(request, default=None):
    return getattr(request, _CURRENT_PAGE_ATTRIBUTE, default)


def has_remembered_current_page(request):
    return hasattr(request, _CURRENT_PAGE_ATTRIBUTE)


def remember_current_page(request, page):
    setattr(request, _CURRENT_PAGE_ATTRIBUTE, page)


# --- The toolbar's cache flag ------------------------------------------------------------------
# ``ToolbarMiddleware.process_response`` reads ``request.toolbar._cache_disabled`` (building
# the lazy toolbar to do so) and sends never-cache headers when it is true. ``CMSToolbar``
# starts with ``_cache_disabled = edit_mode_active or show_toolbar``. To skip building a
# toolbar nobody used, we tell whether the lazy object was built (``SimpleLazyObject``'s
# ``_wrapped`` is ``empty`` until then, a Django internal) and hand the middleware a stand-in
# that carries only that flag.


def toolbar_was_built(request):
    """True when ``request.toolbar`` is a real toolbar or a lazy one that was already built."""
    toolbar = getattr(request, "toolbar", None)
    if toolbar is None:
        return False
    return not isinstance(toolbar, SimpleLazyObject) or toolbar._wrapped is not empty


class StandInToolbar:
    """What the CMS's ToolbarMiddleware reads of a toolbar on the way out, and nothing else."""

    def __init__(self, cache_disabled=False):
        self._cache_disabled = cache_disabled


def toolbar_asked_for(request):
    """True when the query string asks for the toolbar (the CMS's ``CMS_TOOLBAR_URL__ENABLE`` parameter)."""
    from cms.utils.conf import get_cms_setting

    return get_cms_setting("CMS_TOOLBAR_URL__ENABLE") in request.GET


def toolbar_cache_disabled(toolbar):
    """The flag the CMS's page and placeholder caches and its toolbar middleware read."""
    return toolbar._cache_disabled


# --- The apphook reload check --------------------------------------------------------------------
# ``cms.utils.apphook_reload`` keeps a revision in the database and one per process; its
# middleware compares them on every request (one query) and rebuilds the URL patterns when
# they differ. Its helpers are undocumented; we call them to do the same comparison with the
# revision kept in the shared cache.

database_revision = apphook_reload.get_global_revision
process_revision = apphook_reload.get_local_revision
set_process_revision = apphook_reload.set_local_revision
reload_urlconf = apphook_reload.reload_urlconf


def reload_urlconf_to_database_revision():
    """Rebuild this process's URL patterns for the database's revision (if it has another) and record it.

    Tests call it after publishing an apphooked page. Without the revision, the next request
    rebuilds the patterns again; in a threaded live server, requests resolved while another
    thread rebuilds them answer 404 or 500 (gunicorn's sync workers serve one request at a time).
    When the process already has the database's revision its patterns are current and nothing is
    rebuilt: a rebuild makes every URL resolver compile its patterns again on the next request
    (a tenth of a second), which fixtures calling this before every test paid for nothing.
    """
    revision = apphook_reload.get_global_revision()
    if apphook_reload.get_local_revision() != revision:
        apphook_reload.reload_urlconf(new_revision=revision)


mark_urlconf_as_changed = apphook_reload.mark_urlconf_as_changed  # what a publish of an apphooked page does


# --- Publishing -------------------------------------------------------------------------------------
# djangocms-versioning asks ``Version.check_publish`` (a ``Conditions`` list) whether a version
# may be published, both when drawing the Publish buttons and when publishing; a condition
# refuses by raising ``ConditionFailed``. There is no registration API: we append our own
# condition. The admin's publish view is named ``<app>_<model>version_publish``; a POST to a
# URL name ending in ``_publish`` in the admin namespace is the publish itself.

PUBLISH_URL_NAME_SUFFIX = "_publish"


def add_publish_condition(condition):
    from djangocms_versioning.models import Version

    if condition not in Version.check_publish:
        Version.check_publish.append(condition)


def is_publish_view(resolver_match):
    return (resolver_match.url_name or "").endswith(PUBLISH_URL_NAME_SUFFIX) and "admin" in resolver_match.namespaces


# Its unpublish view likewise: ``<app>_<model>version_unpublish``, GET for the confirmation, POST
# to unpublish (``content/unpublish.py`` makes every POST come from that confirmation).
UNPUBLISH_URL_NAME_SUFFIX = "_unpublish"


def is_unpublish_view(resolver_match):
    return (resolver_match.url_name or "").endswith(UNPUBLISH_URL_NAME_SUFFIX) and "admin" in resolver_match.namespaces


# --- Versionables (tests) ---------------------------------------------------------------------------
# djangocms-versioning caches each versionable's content-type ids for the life of the process
# (``VersionableItem.content_types``, a cached_property). A transactional test's flush makes new
# ids; tests forget the cached ones through this.


def forget_versionable_content_types():
    from django.apps import apps

    extension = apps.get_app_config("djangocms_versioning").cms_extension
    for versionable in extension.versionables:
        versionable.__dict__.pop("content_types", None)
