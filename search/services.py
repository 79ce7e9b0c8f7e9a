"""Keeping the search index in step with what is published.

One rule: the index holds a page in a language exactly when that page has a published version
in that language, with that version's words. ``sync_page`` applies it to one page and
language; djangocms-versioning's ``post_version_operation`` calls it after every publish,
unpublish and archive, once the transaction commits (a rolled-back publish never reaches the
index); ``rebuild_index`` applies it to every page (``manage.py rebuild_search_index``).
"""

from cms.models import PageContent
from django.db import transaction
from djangocms_versioning.constants import OPERATION_ARCHIVE, OPERATION_PUBLISH, OPERATION_UNPUBLISH

from editorial.checks import page_text

from .models import SearchDocument

FOLLOWED_OPERATIONS = {OPERATION_PUBLISH, OPERATION_UNPUBLISH, OPERATION_ARCHIVE}


def document_text(page_content):
    """The title and the words a visitor reads on this version (plugins, meta description)."""
    text = page_text(page_content)
    # The page settings come first once (the title is indexed on its own, weighted higher).
    settings_values = {
        page_content.title,
        page_content.page_title,
        page_content.menu_title,
        page_content.meta_description,
    }
    body = [page_content.meta_description or ""]
    body += [chunk for _where, chunk in text.chunks if chunk not in settings_values]
    return page_content.title, "\n".join(part.strip() for part in body if part and part.strip())


def sync_page(*, page_id, language):
    """Index the published version of a page in ``language``, or drop it when there is none."""
    published = PageContent.objects.filter(page_id=page_id, language=language).first()
    if published is None:
        SearchDocument.objects.filter(page_id=page_id, language=language).delete()
        return None
    title, body = document_text(published)
    document, _created = SearchDocument.objects.update_or_create(
        page_id=page_id, language=language, defaults={"title": title[:255], "body": body}
    )
    return document


def follow_version_operation(sender, operation, obj, **kwargs):
    """post_version_operation receiver: re-sync the page and language once the change is committed."""
    if sender is not PageContent or operation not in FOLLOWED_OPERATIONS:
        return
    content = obj.content
    page_id, language = content.page_id, content.language
    transaction.on_commit(lambda: sync_page(page_id=page_id, language=language))


@transaction.atomic
def rebuild_index():
    """Drop and rebuild every document from the published versions; returns how many were indexed."""
    SearchDocument.objects.all().delete()
    count = 0
    for page_id, language in PageContent.objects.values_list("page_id", "language").distinct():
        if sync_page(page_id=page_id, language=language) is not None:
            count += 1
    return count
