"""Keeping old page addresses alive: note them when a published page's address changes, answer them later.

The CMS keeps one routing row per page and language (``cms.PageUrl``), and it rewrites
those rows with bulk updates (a move, a publish with a new slug, a parent's new slug), so
no model signal sees the change. Instead the page and version operations that can change
addresses take a snapshot of every live address before and compare after
(``redirects/signals.py``); each address that a published page left becomes a ``Redirect``.
"""

from cms.models import PageContent, PageUrl
from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils.translation import override

from .models import Redirect


def live_addresses():
    """``{(page_id, language): path}`` for every page published in that language (the home page excluded)."""
    published = set(PageContent.objects.values_list("page_id", "language"))  # published contents only
    rows = PageUrl.objects.filter(path__isnull=False).exclude(path="").values_list("page_id", "language", "path")
    return {(page_id, language): path for page_id, language, path in rows if (page_id, language) in published}


def record_address_changes(*, before, after):
    """Store a redirect for each published page whose address changed; return the new redirects.

    An address that is live again (the page moved back, or another page took it) stops
    redirecting, so a redirect never hides a page.
    """
    created = []
    with transaction.atomic():
        live = {(language, path) for (_page_id, language), path in after.items()}
        for language, path in live:
            Redirect.objects.filter(language=language, old_path=path).delete()
        for key, old_path in before.items():
            new_path = after.get(key)
            if new_path is None or new_path == old_path:
                # Unpublished (nothing to send people to) or unchanged.
                continue
            page_id, language = key
            redirect, _ = Redirect.objects.update_or_create(
                language=language, old_path=old_path, defaults={"page_id": page_id}
            )
            created.append(redirect)
    return created


def address_for(path, language):
    """The public address of a page path in a language, with the language's prefix: "/es/que-es/"."""
    with override(language):
        try:
            return reverse("pages-details-by-slug", kwargs={"slug": path})
        except NoReverseMatch:
            return f"/{path}/"


def split_language(path_info):
    """``(language, page path)`` for a request path: "/es/que-es/" -> ("es", "que-es")."""
    path = path_info.strip("/")
    first, _sep, rest = path.partition("/")
    prefixed = {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    if first in prefixed:
        return first, rest
    return settings.LANGUAGE_CODE, path


def target_for(path_info):
    """Where an old address should send people now, or None (no redirect, or its page is not published)."""
    language, path = split_language(path_info)
    if not path:
        return None
    redirect = Redirect.objects.filter(language=language, old_path=path).select_related("page").first()
    if redirect is None:
        return None
    if not PageContent.objects.filter(page=redirect.page, language=language).exists():
        return None
    target = redirect.page.get_absolute_url(language, fallback=False)
    if not target or target.strip("/") == path_info.strip("/"):
        return None
    return target
