"""Addresses of seeded public pages in each language of settings.LANGUAGES, for the cache tests.

A language whose page has no published version yet (the Spanish edition while it lands) is
skipped with a reason rather than tested against the English fallback redirect.
"""

import pytest
from django.conf import settings

LANGUAGES = [code for code, _ in settings.LANGUAGES]
HOME, ARTICLE = "home", "what-is-ketamine"
# The sample articles' reverse_ids (content/sample_site/articles/).
SEED_ARTICLE = "article-ketamine-another-option"
SPRAVATO_ARTICLE = "article-spravato-and-iv-ketamine"
AT_HOME_ARTICLE = "article-at-home-ketamine-fda-warning"


def page_url(reverse_id, language):
    from cms.models import Page, PageContent

    page = Page.objects.get(reverse_id=reverse_id)
    if not PageContent.objects.filter(page=page, language=language).exists():
        pytest.skip(f"{reverse_id!r} has no published {language!r} version yet")
    url = page.get_absolute_url(language, fallback=False)
    assert url, (reverse_id, language)
    return url


def get_with_queries(client, url, **extra):
    """The response to an anonymous GET of ``url`` and the SQL it ran, one string per query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, [q["sql"] for q in queries]


def sample_pages():
    """Every sample page spec, in the order load_sample_content seeds them: the pages, then the
    Articles section and its articles (content/sample_site/)."""
    from content.sample_loader import ARTICLE_PAGES, PAGES

    return [*PAGES, *ARTICLE_PAGES]


def _sample_versions():
    # Each sample page in English plus its translations.
    return sum(1 + len(spec.get("translations", {})) for spec in sample_pages())


SAMPLE_VERSIONS = _sample_versions()
