"""The dashboard costs the same number of queries for ten cases as for three hundred: it counts in
SQL (GROUP BY), never case by case. Its time with 100,000 cases is in docs/performance.md
(scripts/dashboard_bench.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from intake_dashboard import selectors

URL = "/admin/intake-dashboard/"


def _queries(action):
    with CaptureQueriesContext(connection) as queries:
        action()
    return len(queries)


def test_the_numbers_take_eight_queries_whatever_the_count(make_cases):
    make_cases(10)
    few = _queries(selectors.dashboard_numbers)
    make_cases(290)
    many = _queries(selectors.dashboard_numbers)
    assert few == many == 8


def test_the_page_takes_as_many_queries_for_300_cases_as_for_10(client, reviewer, make_cases):
    client.force_login(reviewer)
    client.get(URL)  # the session and the user's permissions, once
    make_cases(10)
    few = _queries(lambda: client.get(URL))
    make_cases(290)
    many = _queries(lambda: client.get(URL))
    assert few == many
    assert "300 requests in the last 12 weeks" in client.get(URL).content.decode()
