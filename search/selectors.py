"""Reading the search index for one search: results with their addresses, and pages to suggest.

Nothing here writes anything or keeps the words searched for: not in the database, not in a
cache, not in a log line (a failing query is logged by the kind of error only).
"""

import logging
from dataclasses import dataclass

from cms.models import Page, PageContent, PageUrl
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation

from . import engines

logger = logging.getLogger(__name__)

MAX_RESULTS = 20
MAX_QUERY_LENGTH = 200
# Pages offered when nothing matched, by reverse_id, in this order (those published in the language).
SUGGESTED_PAGES = ("articles", "what-is-ketamine", "benefits-and-risks", "faq", "contact", "crisis-help")


@dataclass(frozen=True)
class Result:
    title: str
    url: str
    language: str
    snippet: list  # (text, marked) pairs


def clean_query(raw):
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def snippet_parts(snippet):
    """The engine's snippet as (text, marked) pairs; the template escapes the text and adds <mark>."""
    parts, marked, current = [], False, []
    for char in snippet:
        if char in (engines.MARK_START, engines.MARK_END):
            if current:
                parts.append(("".join(current), marked))
            current, marked = [], char == engines.MARK_START
        else:
            current.append(char)
    if current:
        parts.append(("".join(current), marked))
    return parts


def page_urls(page_ids, language):
    """{page id: its address in ``language``}, from one query (the home page is the language's root)."""
    urls = {}
    rows = PageUrl.objects.filter(page_id__in=page_ids, language=language).select_related("page")
    with translation.override(language):
        for row in rows:
            if row.page.is_home or not row.path:
                urls[row.page_id] = reverse("pages-root")
            else:
                urls[row.page_id] = reverse("pages-details-by-slug", kwargs={"slug": row.path})
    return urls


def search(query, language):
    """The published pages in ``language`` that match ``query``, best first (at most MAX_RESULTS)."""
    try:
        hits = engines.find(query, language, limit=MAX_RESULTS)
    except DatabaseError as error:
        # The error text may quote the words searched for: log only what kind of error it was.
        logger.warning("Site search failed (%s).", type(error).__name__)
        return []
    urls = page_urls([hit.page_id for hit in hits], language)
    return [
        Result(title=hit.title, url=urls[hit.page_id], language=language, snippet=snippet_parts(hit.snippet))
        for hit in hits
        if hit.page_id in urls
    ]


def suggested_pages(language):
    """(title, url) of the SUGGESTED_PAGES published in ``language``, for a search that found nothing."""
    pages = {page.reverse_id: page for page in Page.objects.filter(reverse_id__in=SUGGESTED_PAGES)}
    contents = PageContent.objects.filter(page__in=pages.values(), language=language)
    names = {
        page_id: menu_title or title
        for page_id, menu_title, title in contents.values_list("page_id", "menu_title", "title")
    }
    urls = page_urls(list(names), language)
    suggestions = []
    for reverse_id in SUGGESTED_PAGES:
        page = pages.get(reverse_id)
        if page is not None and page.pk in urls:
            suggestions.append((names[page.pk], urls[page.pk]))
    return suggestions
