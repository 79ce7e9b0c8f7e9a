"""The article list follows publishing.

The CMS caches each placeholder apart from its page, and a publish elsewhere keeps the
Articles page's placeholder (pagecache keeps other placeholders on purpose). So after an
article is published, unpublished or archived, the placeholders holding the Article list
plugin are dropped too, now and on commit (after the search index has its words, for the
reading times).
"""

from cms.models import PageContent
from djangocms_versioning import constants

from pagecache.invalidation import forget_cached_copies

FOLLOWED = (constants.OPERATION_PUBLISH, constants.OPERATION_UNPUBLISH, constants.OPERATION_ARCHIVE)


def forget_article_lists(sender, operation, obj=None, **kwargs):
    """post_version_operation receiver: an article changed, so every article list is drawn again."""
    from .models import ArticleDetails

    if sender is not PageContent or operation not in FOLLOWED:
        return
    content = getattr(obj, "content", None)
    if content is not None and not ArticleDetails.objects.filter(extended_object__page_id=content.page_id).exists():
        return
    forget_cached_copies(placeholders_with="ArticleListPlugin")
