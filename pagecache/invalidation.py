"""Dropping cached copies when what they were made from changes.

One way to drop cached pages: ``forget_cached_copies``, now and again when the
transaction commits. Now, so the next read in this process sees the change; on
commit, because another worker may have cached the old copy in between. After a
rollback nothing stale is left either: the next read takes what the database holds.
Nothing here knows what a page shows: the apps whose data pages show (``content/invalidation.py``)
say which keys and placeholders to drop.
"""

from cms.cache import invalidate_cms_page_cache
from django.conf import settings
from django.core.cache import cache
from django.db import transaction


def forget_cached_copies(*keys, placeholders_with=None, placeholder_ids=None, menus=False):
    """Drop these cache keys and every cached CMS page (and the menus, if asked).

    ``placeholders_with`` names a plugin type (or a tuple of them) whose rendered placeholders must go too, and
    ``placeholder_ids`` names placeholders (the CMS caches each placeholder apart from the page).
    """

    def forget():
        if keys:
            cache.delete_many(keys)
        if placeholders_with:
            _forget_placeholders_with(placeholders_with)
        if placeholder_ids:
            _forget_placeholders(placeholder_ids)
        if menus:
            from menus.menu_pool import menu_pool

            menu_pool.clear(all=True)
        invalidate_cms_page_cache()

    forget()
    transaction.on_commit(forget)


def _forget_placeholders_with(plugin_types):
    from cms.models import Placeholder

    plugin_types = (plugin_types,) if isinstance(plugin_types, str) else tuple(plugin_types)
    _clear(Placeholder.objects.filter(cmsplugin__plugin_type__in=plugin_types).distinct())


def _forget_placeholders(placeholder_ids):
    from cms.models import Placeholder

    _clear(Placeholder.objects.filter(pk__in=list(placeholder_ids)))


def _clear(placeholders):
    from cms.cache.placeholder import clear_placeholder_cache

    for placeholder in placeholders:
        for language, _name in settings.LANGUAGES:
            clear_placeholder_cache(placeholder, language, settings.SITE_ID)
