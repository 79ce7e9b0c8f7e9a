"""Anonymous page views: none reaches the database when warm, and a cold one stays small."""

import pytest
from django.core.cache import cache
from django.urls import resolve

from pagecache.urlconf_revision import REVISION_KEY
from tests.public_pages import ARTICLE, HOME, LANGUAGES, get_with_queries, page_url

# Cold (after the whole cache is emptied, as after a Redis restart): the issue aims at 12. What is
# left: the apphook revision (1), the page, its URL and its contents (2-3: the Spanish home page shares
# its empty path with the English one, so the CMS reads its URLs again), the menu (2, plus its cache
# check), the clinic details, the page's languages with their addresses (1), the listed clinicians
# (the clinic's JSON-LD), the medical review (and its sources), the placeholders, then one query for
# the plugins and one per plugin model on the page: the home page holds six (text, button, picture,
# card group, card, callout), which is most of the difference. A publish empties less (see
# tests/content/test_page_cache_after_publish.py).
COLD_QUERY_BUDGET = {HOME: 19, ARTICLE: 15}


def _queries(client, url):
    response, queries = get_with_queries(client, url)
    assert response.status_code == 200
    return response, queries


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_a_warm_anonymous_view_runs_no_query(client, seeded, reverse_id, language):
    url = page_url(reverse_id, language)
    cold, _ = _queries(client, url)
    # Seeding published an apphooked page (Contact), so this process rebuilds its
    # URL patterns once, as every worker does once after such a publish.
    client.get(url)
    warm, queries = _queries(client, url)
    assert warm.content == cold.content
    assert queries == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_a_cold_view_stays_within_its_query_budget(
    client, seeded, reverse_id, language, django_capture_on_commit_callbacks
):
    url = page_url(reverse_id, language)
    # The first views of the process: URL patterns load, and the seeding publish of the apphooked
    # Contact page bumps the apphook revision at the end of the first request (as the CMS does).
    with django_capture_on_commit_callbacks(execute=True):
        client.get(url)
        client.get(url)
    warm, _ = _queries(client, url)
    # That view came whole from the response cache, without resolving its address: load the URL
    # patterns the bump rebuilt here, as the first resolving request of every worker does once.
    resolve(url)
    cache.clear()  # as after a publish: no page, placeholder or menu in the cache
    cold, queries = _queries(client, url)
    assert cold.content == warm.content
    assert len(queries) <= COLD_QUERY_BUDGET[reverse_id], "\n".join(q[:150] for q in queries)


@pytest.mark.django_db
def test_a_cold_view_really_does_go_to_the_database(client, seeded):
    # Proves the counts above are measured: without the caches the same view queries.
    cache.clear()
    _, queries = _queries(client, page_url(ARTICLE, "en"))
    assert len(queries) > 1


@pytest.mark.django_db
def test_an_apphook_change_reaches_this_process_through_the_cache(client, seeded, django_capture_on_commit_callbacks):
    from clinic_site import cms_compat

    client.get("/")
    before = cms_compat.process_revision()
    with django_capture_on_commit_callbacks(execute=True):
        cms_compat.mark_urlconf_as_changed()  # what the CMS does when an apphooked page is published
    assert cache.get(REVISION_KEY) not in (None, before)
    client.get("/")
    assert cms_compat.process_revision() == cache.get(REVISION_KEY)
