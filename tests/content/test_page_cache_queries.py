"""Anonymous page views come from the CMS page cache with at most one SQL query."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

# (page, language): a Spanish page is served from the page cache like an English one.
PAGES = [("home", "en"), ("what-is-ketamine", "en"), ("home", "es"), ("what-is-ketamine", "es")]


@pytest.mark.django_db
@pytest.mark.parametrize("reverse_id,language", PAGES)
def test_warm_anonymous_view_runs_at_most_one_query(client, seeded, reverse_id, language):
    from cms.models import Page

    path = Page.objects.get(reverse_id=reverse_id).get_absolute_url(language)
    cold = client.get(path)
    assert cold.status_code == 200
    # Seeding published an apphooked page (Contact), so this process rebuilds its
    # URL patterns once, as every worker does once after such a publish.
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        warm = client.get(path)
    assert warm.status_code == 200
    assert warm.content == cold.content
    assert f'<html lang="{language}">' in warm.content.decode()
    # The one allowed query is the CMS's apphook-reload check.
    assert len(queries) <= 1, [q["sql"] for q in queries]


@pytest.mark.django_db
def test_a_cold_view_really_does_go_to_the_database(client, seeded):
    # Proves the count above is measured: without the page cache the same view queries.
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/what-is-ketamine/").status_code == 200
    assert len(queries) > 1
