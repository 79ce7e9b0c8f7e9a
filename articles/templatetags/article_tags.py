"""What the article template shows of an article: its details and related articles.

The tags only hand over what ``articles.selectors`` builds; a page that is not an article
gets None and shows nothing more.
"""

from django import template
from django.utils import translation

from content.selectors import current_page_content

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def article_details(context):
    """This page version's ArticleDetails, or None (looked up once per request)."""
    request = context.get("request")
    return selectors.details_for_request(request, current_page_content(request))


@register.simple_tag
def related_articles(details):
    return selectors.related_articles(details, translation.get_language()) if details else []
