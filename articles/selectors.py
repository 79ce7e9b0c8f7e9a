"""Reading articles: the list (newest first, by topic, a page at a time), related articles, the feed.

"Published" means a published PageContent (``PageContent.objects``): a draft article, or a
draft of its details, is never listed. Each function costs a fixed number of queries
whatever the number of articles (addresses in one query, reading times from the search
index's words in one).
"""

import math
from dataclasses import dataclass
from datetime import date

from cms.models import PageContent
from django.core.paginator import Paginator
from django.db.models.functions import Length

from search.models import SearchDocument
from search.selectors import page_urls

from .models import ArticleDetails
from .topics import Topic

PER_PAGE = 10
RELATED = 3
FEED_ITEMS = 20
WORDS_PER_MINUTE = 200
LIST_PAGE = "articles"  # the Articles section page's reverse_id


@dataclass(frozen=True)
class ArticleItem:
    page_id: int
    title: str
    url: str
    summary: str
    published_on: date
    updated_on: date | None
    topics: list  # (slug, label)
    image: object
    image_alt: str
    reading_minutes: int | None

    @property
    def last_changed(self):
        return self.updated_on or self.published_on


def published_details(language):
    """ArticleDetails of the published versions in ``language``, newest first."""
    return (
        ArticleDetails.objects.filter(extended_object__in=PageContent.objects.filter(language=language))
        .select_related("extended_object", "image")
        .order_by("-published_on", "-pk")
    )


def _reading_minutes(page_ids, language):
    """{page id: minutes to read}, from the length of the indexed text (about 6 characters a word)."""
    lengths = SearchDocument.objects.filter(page_id__in=page_ids, language=language).values_list(
        "page_id", Length("body")
    )
    return {page_id: max(1, math.ceil(length / 6 / WORDS_PER_MINUTE)) for page_id, length in lengths}


def items(details, language):
    details = list(details)
    page_ids = [d.extended_object.page_id for d in details]
    urls = page_urls(page_ids, language)
    minutes = _reading_minutes(page_ids, language)
    return [
        ArticleItem(
            page_id=d.extended_object.page_id,
            title=d.extended_object.title,
            url=urls.get(d.extended_object.page_id, ""),
            summary=d.summary,
            published_on=d.published_on,
            updated_on=d.updated_on,
            topics=d.topic_labels,
            image=d.image,
            image_alt=d.image_alt,
            reading_minutes=minutes.get(d.extended_object.page_id),
        )
        for d in details
        if d.extended_object.page_id in urls
    ]


def list_page_url(language):
    """The Articles section page's address in ``language`` ('' when it is not published there)."""
    from cms.models import Page

    page = Page.objects.filter(reverse_id=LIST_PAGE).first()
    if page is None:
        return ""
    return page_urls([page.pk], language).get(page.pk, "")


def topic_or_none(slug):
    return slug if slug in Topic.values else None


def article_list(language, *, topic=None, page_number=1):
    """One page of the list: {"articles", "page" (Django's Page), "topic", "topics"}."""
    details = published_details(language)
    if topic:
        details = details.filter(topics__contains=f",{topic},")
    page = Paginator(details, PER_PAGE).get_page(page_number)
    return {
        "articles": items(page.object_list, language),
        "page": page,
        "topic": topic,
        "topic_label": Topic(topic).label if topic else "",
        "topics": Topic.choices,
    }


def details_for(content):
    """The ArticleDetails of this version of a page, or None (not an article)."""
    if content is None:
        return None
    return ArticleDetails.objects.filter(extended_object=content).select_related("image").first()


def details_for_request(request, content):
    """details_for(content), looked up once per request (the article template and the JSON-LD both ask)."""
    if request is None:
        return details_for(content)
    known = request.__dict__.setdefault("_article_details", {})
    key = getattr(content, "pk", None)
    if key not in known:
        known[key] = details_for(content)
    return known[key]


def related_articles(details, language, limit=RELATED):
    """The editor's picks that are published articles, then the newest articles sharing a topic."""
    page_id = details.extended_object.page_id
    published = published_details(language).exclude(extended_object__page_id=page_id)
    picked_ids = list(details.related_pages.values_list("pk", flat=True))
    picked = [d for d in published.filter(extended_object__page_id__in=picked_ids)]
    picked.sort(key=lambda d: picked_ids.index(d.extended_object.page_id))
    chosen = picked[:limit]
    if len(chosen) < limit and details.topic_slugs:
        from django.db.models import Q

        same_topic = Q()
        for slug in details.topic_slugs:
            same_topic |= Q(topics__contains=f",{slug},")
        taken = [d.pk for d in chosen]
        chosen += list(published.filter(same_topic).exclude(pk__in=taken)[: limit - len(chosen)])
    return items(chosen, language)


def feed_items(language):
    return items(published_details(language)[:FEED_ITEMS], language)
