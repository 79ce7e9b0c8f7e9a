"""After a publish: the first anonymous view of each page rebuilds it, and stays small.

A publish empties every cached page and both menus (the CMS's page-cache version and menu keys),
and the cards and buttons that link to the published page; the other placeholders, the clinic
details, the clinician list and the apphook revision stay in the cache. That is the cold view a
clinic's visitors meet: the first one after an editor publishes.

* Another page published (one these pages do not link to): at most the issue's 12 queries.
* The page itself published: its placeholders are new, so its plugins are read again: one query
  for the plugins and one per plugin model on the page (six on the home page), measured here.
  tests/content/test_page_cache_queries.py measures the view after the whole cache is emptied.
"""

import pytest
from cms.models import Page, PageContent
from django.urls import resolve
from djangocms_versioning.models import Version

from tests.public_pages import ARTICLE, HOME, LANGUAGES, get_with_queries, page_url

OTHER_PAGE = "privacy"  # linked from the footer (the menu), from no card or button
AFTER_ANOTHER_PUBLISH_BUDGET = 12
# The article template asks once whether the page is a dated article (articles.ArticleDetails).
AFTER_OWN_PUBLISH_BUDGET = {HOME: 18, ARTICLE: 14}


def _publish_new_version(reverse_id, language, user):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language=language)
    draft = Version.objects.get_for_content(content).copy(user)
    draft.content.meta_description = content.meta_description  # a new version, the same words
    draft.content.save()
    draft.publish(user)


def _warm(client, url, capture):
    """The first views of the process: URL patterns load (seeding bumped the apphook revision)."""
    with capture(execute=True):
        client.get(url)
        client.get(url)
    resolve(url)


def _view(client, url):
    response, queries = get_with_queries(client, url)
    assert response.status_code == 200
    return response, [sql[:150] for sql in queries]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_after_another_page_is_published(
    client, seeded, editor, reverse_id, language, django_capture_on_commit_callbacks
):
    url = page_url(reverse_id, language)
    _warm(client, url, django_capture_on_commit_callbacks)
    before = client.get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        _publish_new_version(OTHER_PAGE, language, editor)
    response, queries = _view(client, url)
    assert response.content == before
    assert len(queries) <= AFTER_ANOTHER_PUBLISH_BUDGET, "\n".join(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_after_the_page_itself_is_published(
    client, seeded, editor, reverse_id, language, django_capture_on_commit_callbacks
):
    url = page_url(reverse_id, language)
    _warm(client, url, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        _publish_new_version(reverse_id, language, editor)
    response, queries = _view(client, url)
    assert len(queries) <= AFTER_OWN_PUBLISH_BUDGET[reverse_id], "\n".join(queries)
    # The rebuilt page is kept again: the next view runs no query.
    assert _view(client, url)[1] == []
