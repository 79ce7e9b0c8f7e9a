"""Which languages a page is published in, and the links between its language versions.

Plain functions; the template tags in ``templatetags/clinic_tags.py`` only render what
these build. "Published" always means a published PageContent (``PageContent.objects``),
never a draft: a Spanish draft must not be announced to search engines or visitors.
"""

from cms.models import PageContent, PageUrl
from django.conf import settings
from django.urls import reverse
from django.utils import translation


def published_languages(page):
    """The codes of the languages ``page`` has a published version in, in settings.LANGUAGES order.

    Asked by the switcher and the alternates of the same page: one query per page object
    (the request's current page), remembered on it like the CMS's own url and content caches.
    The query reads those languages' addresses too and hands them to the page's url cache, so
    the links to each language version cost nothing more.
    """
    if page is None or not getattr(page, "pk", None):
        return []
    known = page.__dict__.get("_published_languages")
    if known is None:
        published = PageContent.objects.filter(page=page).values("language")
        urls = {url.language: url for url in PageUrl.objects.filter(page=page, language__in=published)}
        page.urls_cache = {**urls, **(page.urls_cache or {})}
        known = page.__dict__["_published_languages"] = [code for code, _n in settings.LANGUAGES if code in urls]
    return known


def home_url(language):
    """The home page's address in ``language`` ("/" for English, "/es/" for Spanish)."""
    with translation.override(language):
        return reverse("pages-root")


def page_url(page, language):
    return page.get_absolute_url(language=language)


def language_links(page, current_language):
    """One entry per site language for the switcher: the same page when it is published in
    that language, else that language's home page."""
    published = published_languages(page)
    links = []
    for code, name in settings.LANGUAGES:
        url = page_url(page, code) if code in published else home_url(code)
        links.append({"code": code, "name": name, "url": url, "current": code == current_language})
    return links


def alternate_links(page):
    """``<link rel="alternate" hreflang>`` entries for a page published in more than one language:
    each published language plus ``x-default`` (the English page). Empty otherwise."""
    published = published_languages(page)
    if len(published) < 2:
        return []
    urls = {code: page_url(page, code) for code in published}
    # A page without an address in a language (the CMS answers None) gets no link, never a 500.
    links = [{"hreflang": code, "href": settings.SITE_URL + url} for code, url in urls.items() if url]
    default = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in published else published[0]
    if urls.get(default):
        links.append({"hreflang": "x-default", "href": settings.SITE_URL + urls[default]})
    return links


def language_assistance_notices(clinic, current_language):
    """The language-assistance line in the page's language, then (on pages in the default
    language) in each other language, for readers who do not read the page's language.

    Each entry splits the editable text at ``{phone}`` so the template can link the number;
    a text without ``{phone}`` gets the number at its end.
    """
    codes = [current_language]
    if current_language == settings.LANGUAGE_CODE:
        codes += [code for code, _name in settings.LANGUAGES if code != current_language]
    notices = []
    for code in codes:
        text = (clinic.language_assistance_text(code) or "").strip()
        if not text:
            continue
        before, marker, after = text.partition("{phone}")
        if not marker:
            before, after = text + " ", ""
        notices.append({"code": code, "before": before, "after": after})
    return notices


# For the editors' report (Admin > Page translations).
TRANSLATION_STATES = {"missing": "Missing", "draft": "Draft only, not published", "published": "Published"}


def translation_states(language):
    """``{page id: "published" | "draft"}`` for pages with any version in ``language``; others are missing."""
    any_version = PageContent.admin_manager.filter(language=language).values_list("page_id", flat=True)
    published = PageContent.objects.filter(language=language).values_list("page_id", flat=True)
    states = dict.fromkeys(any_version, "draft")
    states.update(dict.fromkeys(published, "published"))
    return states


def page_titles():
    """``{(page id, language): title}``, the published title where there is one, else the newest draft's."""
    titles = {}
    fields = ("page_id", "language", "title")
    for page_id, language, title in PageContent.admin_manager.order_by("pk").values_list(*fields):
        titles[(page_id, language)] = title
    for page_id, language, title in PageContent.objects.values_list("page_id", "language", "title"):
        titles[(page_id, language)] = title
    return titles


# The page tree's words for each state of a language version (djangocms-versioning's indicator).
TREE_STATES = {
    "published": "Published",
    "dirty": "Published, with changes in a draft",
    "draft": "Draft only, not published",
    "unpublished": "Unpublished",
    "archived": "Archived",
    "empty": "Missing",
}


def language_states(page):
    """[(code, state, words)] of ``page`` in each site language, for the page tree's Languages column.

    The state is djangocms-versioning's indicator (the page tree's coloured dot) of that
    language's version: "published", "dirty" (published, with a draft), "draft", "unpublished",
    "archived", or "empty" when there is no version in that language.
    """
    states = []
    for code, _name in settings.LANGUAGES:
        content = page.get_admin_content(code)
        state = (content.content_indicator() if getattr(content, "pk", None) else None) or "empty"
        states.append((code, state, TREE_STATES.get(state, state)))
    return states
