"""Sample articles: their "article details" on the draft, before content.seeding publishes it."""

from datetime import date

from cms.models import Page

from . import topics
from .models import ArticleDetails


def add_article_details(page_content, spec, image=None):
    """Give a draft PageContent its ArticleDetails from a spec's ``"article"`` entry."""
    details = ArticleDetails.objects.create(
        extended_object=page_content,
        published_on=date.fromisoformat(spec["published_on"]),
        updated_on=date.fromisoformat(spec["updated_on"]) if spec.get("updated_on") else None,
        summary=spec["summary"],
        topics=topics.encode(spec.get("topics", [])),
        image=image,
        image_alt=spec.get("image_alt", "") if image else "",
    )
    related = spec.get("related", [])
    if related:
        pages = {page.reverse_id: page for page in Page.objects.filter(reverse_id__in=related)}
        details.related_pages.set([pages[reverse_id] for reverse_id in related if reverse_id in pages])
    return details
