"""A search leaves no trace: no row in any table, no cache entry, no log line, no cookie; the
response is private and no-store, not for search engines, and sends no Referer on."""

import logging
import re
from pathlib import Path

import pytest

from tests.selfchecks.test_nothing_kept import recording_cache_writes, row_counts

pytestmark = pytest.mark.django_db

WORDS = "quietmarker ketamine suicide"
PATHS = [
    f"/search/?q={WORDS.replace(' ', '+')}",
    "/es/buscar/?q=quietmarker+ketamina+suicidio",
    "/search/?q=nomatchword",
]


def _first_views(client):
    """The first view of the site in each language writes the CMS's own bookkeeping (its menu
    cache and the row that records its key), as for any page: done before measuring."""
    for path in ("/", "/es/", "/search/?q=other", "/es/buscar/?q=otra"):
        assert client.get(path).status_code == 200


def test_a_search_changes_no_row_in_any_table(client, seeded):
    _first_views(client)
    before = row_counts()
    for path in PATHS:
        assert client.get(path).status_code == 200
    assert row_counts() == before
    assert len(before) > 40


def test_a_search_writes_nothing_to_the_cache(client, seeded, monkeypatch):
    _first_views(client)
    with recording_cache_writes(monkeypatch) as written:
        for path in PATHS:
            assert client.get(path).status_code == 200
    assert written == []


def test_no_log_line_holds_the_words(client, seeded, caplog):
    for name in [""] + list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    for path in PATHS:
        client.get(path)
    for record in caplog.records:
        line = record.getMessage()
        assert "quietmarker" not in line and "nomatchword" not in line, f"logged: {line}"
        assert getattr(record, "request", None) is None or not record.request.GET, f"logged: {line}"


def test_a_failing_query_is_logged_without_its_words(client, seeded, caplog, monkeypatch):
    from django.db import DatabaseError

    from search import engines

    def broken(query, language, limit):
        raise DatabaseError(f"syntax error near {query}")

    monkeypatch.setattr(engines, "find", broken)
    response = client.get("/search/?q=quietmarker")
    assert response.status_code == 200
    assert "No pages matched" in response.content.decode()
    assert "Site search failed (DatabaseError)." in caplog.text
    assert "quietmarker" not in caplog.text


def test_the_response_is_private_no_store_noindex_cookieless_and_sends_no_referrer(client, seeded):
    client.cookies["django_language"] = "es"  # the CMS would normally update this cookie
    for path in PATHS:
        response = client.get(path)
        assert {"private", "no-store"} <= {d.strip() for d in response["Cache-Control"].split(",")}
        assert not response.cookies
        assert "Set-Cookie" not in response.headers
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert response["Referrer-Policy"] == "no-referrer"
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert '<meta name="referrer" content="no-referrer">' in html


def test_the_search_page_is_never_kept_in_the_page_cache(client, seeded, monkeypatch):
    # Even the empty search page (no query string, so the response cache would look at it).
    with recording_cache_writes(monkeypatch) as written:
        client.get("/search/")
        client.get("/search/")
    assert not [key for _name, key in written if "anonymous-response" in str(key)]


def test_the_forms_send_the_words_in_the_address_only_to_the_site():
    root = Path(__file__).resolve().parents[2]
    for template in ("templates/includes/search_form.html", "search/templates/search/results.html"):
        form_tag = re.search(r"<form [^>]*>", (root / template).read_text()).group(0)
        assert 'method="get"' in form_tag and "{% url 'search' %}" in form_tag


def test_the_nginx_log_format_in_deploy_holds_no_query_string():
    operations = (Path(__file__).resolve().parents[2] / "deploy/nginx/clinic.conf").read_text()
    log_format = re.search(r"log_format clinic '([^']*)'", operations).group(1)
    assert "$uri" in log_format
    for variable in ("$request ", '$request"', "$args", "$query_string", "$request_uri", "$http_referer"):
        assert variable not in log_format
