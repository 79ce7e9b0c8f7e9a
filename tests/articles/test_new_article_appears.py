"""An editor publishes a new article: on the next view it is in the list, the feed and search, in
every worker (the page cache follows the publish). A draft article is nowhere. The warm list and
feed cost no query."""

import pytest
from cms.models import PageContent
from django.db import connection
from django.test.utils import CaptureQueriesContext
from djangocms_versioning.models import Version

from content.seeding import get_seed_user, seed_pages

pytestmark = pytest.mark.django_db

NEW_ARTICLE = {
    "reverse_id": "article-test-new",
    "parent": "articles",
    "in_navigation": False,
    "title": "Sleep before an infusion",
    "slug": "sleep-before-an-infusion",
    "template": "pages/article.html",
    "meta_description": "Why a good night's sleep before an infusion helps, and what to do if you cannot sleep.",
    "article": {"published_on": "2026-12-05", "summary": "Rest helps; worry is normal.", "topics": ["treatment"]},
    "sections": [("TextPlugin", {"body": "<p>Try to sleep well; tell the nurse about restlessness.</p>"})],
    "review": {
        "reviewer": "a-example",
        "last_reviewed": "2026-12-05",
        "sources": [("NIMH: Depression", "https://www.nimh.nih.gov/health/topics/depression")],
    },
}


def _warm(client, path):
    client.get(path)
    return client.get(path).content.decode()


def test_a_published_article_is_in_the_list_feed_and_search_on_the_next_view(
    client, seeded, django_capture_on_commit_callbacks
):
    for path in ("/articles/", "/articles/feed/", "/articles/topic/treatment/"):
        assert "Sleep before an infusion" not in _warm(client, path)

    with django_capture_on_commit_callbacks(execute=True):
        seed_pages([NEW_ARTICLE])

    assert "Sleep before an infusion" in client.get("/articles/").content.decode()
    assert "Sleep before an infusion" in client.get("/articles/feed/").content.decode()
    assert "Sleep before an infusion" in client.get("/articles/topic/treatment/").content.decode()
    assert "Sleep before an infusion" in client.get("/search/?q=restlessness").content.decode()


def test_a_draft_article_is_not_listed(client, seeded, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seed_pages([NEW_ARTICLE])
    content = PageContent.objects.get(page__reverse_id="article-test-new", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(content).unpublish(get_seed_user())

    for path in ("/articles/", "/articles/feed/", "/search/?q=restlessness"):
        assert "Sleep before an infusion" not in client.get(path).content.decode()


@pytest.mark.parametrize("path", ["/articles/", "/es/articulos/", "/articles/feed/", "/articles/topic/costs/"])
def test_the_warm_list_and_feed_cost_no_query(client, seeded, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert len(queries) == 0, [q["sql"] for q in queries]
