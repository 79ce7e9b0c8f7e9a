"""Links from plugins (page cards, buttons) to pages: only to published pages, and who links where.

A card or button whose page is not published (never published, unpublished, or moved
under an unpublished page) has no address: it is left out of the page rather than shown
as a dead link (``href="None"``). Unpublishing a page that others link to asks first,
naming those pages (``content/cms_config.py``).
"""

from cms.models import PageContent, Placeholder
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language, gettext

LINKING_PLUGINS = ("PageTeaserPlugin", "CallToActionPlugin")


def published_page_url(page, language=None):
    """The page's public address in ``language`` (the current one by default), or None if it is not published."""
    if page is None:
        return None
    # django CMS 5.1 keeps page addresses (PageUrl) for published content only: a page never
    # published has none, and unpublishing it (or its parent) clears it. So no address means
    # not published, and no extra query is needed per card.
    return page.get_absolute_url(language or get_language(), fallback=False) or None


def _linking_placeholder_ids(pages):
    """The placeholders holding a card or button that links to one of ``pages``."""
    from .models import CallToAction, PageTeaser

    placeholder_ids = set(PageTeaser.objects.filter(page__in=pages).values_list("placeholder_id", flat=True))
    placeholder_ids |= set(CallToAction.objects.filter(page__in=pages).values_list("placeholder_id", flat=True))
    return placeholder_ids


def pages_linking_to(page, language=None):
    """The published page contents holding a card or button that links to ``page``, by title.

    With ``language``, only those in that language: a card links to the page in its own
    language, so unpublishing the English version leaves the Spanish cards working.
    """
    placeholder_ids = _linking_placeholder_ids([page])
    if not placeholder_ids:
        return []
    content_ids = Placeholder.objects.filter(
        pk__in=placeholder_ids, content_type=ContentType.objects.get_for_model(PageContent)
    ).values_list("object_id", flat=True)
    linking = PageContent.objects.filter(pk__in=list(content_ids)).exclude(page=page)
    if language:
        linking = linking.filter(language=language)
    return list(linking.order_by("page__path", "language"))


def unpublish_warning(request, version):
    """Shown on the "Unpublish" confirmation: which published pages will lose a card or button."""
    content = version.content
    if not isinstance(content, PageContent):
        return ""
    linking = pages_linking_to(content.page, language=content.language)
    if not linking:
        return ""
    names = ", ".join(
        f"“{c.title}” ({c.language})" if c.language != content.language else f"“{c.title}”" for c in linking
    )
    return gettext(
        "These published pages link to this page with a card or a button: %(pages)s. Those cards and buttons "
        "will disappear from the site until this page is published again."
    ) % {"pages": names}


def forget_linking_placeholders(sender, operation, obj=None, **kwargs):
    """After a page is published or unpublished: re-render the cards and buttons that link to it or
    to a page below it (their address, title or presence may have changed). Other placeholders
    keep their cached copies, so the first view after a publish stays small."""
    from djangocms_versioning import constants

    from .invalidation import forget_cached_copies

    if sender is not PageContent or operation not in (constants.OPERATION_PUBLISH, constants.OPERATION_UNPUBLISH):
        return
    page = getattr(getattr(obj, "content", None), "page", None)
    if page is None:  # no version to go by: every card and button
        for plugin_type in LINKING_PLUGINS:
            forget_cached_copies(placeholders_with=plugin_type)
        return
    pages = [page, *page.get_descendant_pages()]
    forget_cached_copies(placeholder_ids=_linking_placeholder_ids(pages))


def link_for(instance, request):
    """The PageLink of a plugin's ``page`` field, or None when that page is not published (the card or
    button is then left out): from the menu, else asked of the page itself (editing, or a page the
    menu leaves out)."""
    from pagecache.page_links import PageLink, page_links

    if not instance.page_id:
        return None
    link = page_links(request).get(instance.page_id)
    if link is None:
        page, language = instance.page, instance.language
        url = published_page_url(page, language)
        link = PageLink(url=url, menu_title=page.get_menu_title(language) or "") if url else None
    return link
