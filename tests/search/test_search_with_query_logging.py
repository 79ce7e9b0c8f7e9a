"""The search works while Django logs every query, as it does under `make run` (DEBUG on) and in
a test that counts queries: the logged SQL must be printable with its parameters."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import result_titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("path", "title"), [("/search/?q=988", "If you are in crisis"), ("/es/buscar/?q=988", None)])
def test_search_answers_while_queries_are_logged(client, seeded, path, title):
    with CaptureQueriesContext(connection) as queries:
        titles = result_titles(client, path)
    assert titles, f"{path} found nothing"
    assert title is None or title in titles
    assert any("search" in query["sql"].lower() for query in queries.captured_queries)
