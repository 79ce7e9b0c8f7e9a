"""A scored self-check leaves nothing behind: no row in any table, no cache entry, no log line,
no cookie, nothing in a URL, and the browser is told not to store the result."""

import logging
import re
import runpy
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import caches
from django.db import connection
from django.views.debug import SafeExceptionReporterFilter

from .conftest import answers_for_total, post_data

RESULT_URL = "/self-check/result/"


def row_counts():
    """Rows per table, for every model that has one (a few libraries ship models without a table)."""
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.db_table in tables and not model._meta.proxy
    }


@contextmanager
def recording_cache_writes(monkeypatch):
    """Every key the shared cache is asked to write, while the block runs."""
    written = []
    backend = type(caches["default"])
    for name in ("set", "add", "set_many", "incr", "touch", "get_or_set"):
        original = getattr(backend, name)

        def record(self, *args, _original=original, _name=name, **kwargs):
            written.append((_name, args[0] if args else kwargs))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(backend, name, record)
    yield written


@pytest.fixture
def scored_post(phq9):
    """A complete PHQ-9 post (total 14, question 9 above zero) with the difficulty answered."""
    return post_data(phq9, answers_for_total(phq9, 14, crisis_answer=2), difficulty="2")


@pytest.mark.django_db
def test_a_scored_post_changes_no_row_in_any_table(client, seeded, scored_post, phq9):
    # A visitor opens the question page first. That first view of the site after seeding writes the
    # CMS's own bookkeeping (its menu-cache key, its URL revision), as the first view of any page does.
    assert client.get("/depression-self-check/").status_code == 200
    before = row_counts()
    assert client.post(RESULT_URL, scored_post).status_code == 200
    incomplete = {k: v for k, v in scored_post.items() if k != "q4"}
    assert client.post(RESULT_URL, incomplete).status_code == 200
    assert row_counts() == before
    assert len(before) > 40  # every installed model was counted, not a handful


@pytest.mark.django_db
def test_a_scored_post_writes_nothing_to_the_cache(client, seeded, scored_post, monkeypatch):
    # The first view of any page fills the menu and page-link caches; after that a result writes nothing.
    client.post(RESULT_URL, scored_post)
    with recording_cache_writes(monkeypatch) as written:
        response = client.post(RESULT_URL, {**scored_post, "q1": "0"})
    assert "11 out of 27" in response.content.decode()
    assert written == []


@pytest.mark.django_db
def test_no_log_line_holds_an_answer(client, seeded, scored_post, caplog):
    # Every logger at DEBUG, including those the settings quiet down.
    names = [""] + list(logging.root.manager.loggerDict)
    for name in names:
        caplog.set_level(logging.DEBUG, logger=name)
    response = client.post(RESULT_URL, scored_post)
    assert "14 out of 27" in response.content.decode()
    client.post(RESULT_URL, {k: v for k, v in scored_post.items() if k != "q4"})
    for record in caplog.records:
        line = record.getMessage()
        assert not re.search(r"\bq\d\b|difficulty|phq9|out of 27|Moderate", line), f"logged: {line}"
        # A log record that carries the request could hand its POST body to a handler.
        assert getattr(record, "request", None) is None or not record.request.POST, f"logged: {line}"


@pytest.mark.django_db
def test_the_result_is_no_store_sets_no_cookie_and_is_not_a_redirect(client, scored_post):
    response = client.post(RESULT_URL, scored_post)
    assert response.status_code == 200  # answered in this response: no redirect, no answers in a URL
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    # Even for a visitor whose language cookie says otherwise (the CMS would normally update it).
    client.cookies["django_language"] = "es"
    again = client.post(RESULT_URL, scored_post)
    assert not again.cookies
    # The page is not for search engines either.
    assert '<meta name="robots" content="noindex, nofollow">' in again.content.decode()


@pytest.mark.django_db
def test_error_reports_hide_every_posted_answer(client, scored_post):
    response = client.post(RESULT_URL, scored_post)
    filtered = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    assert set(filtered) >= {"q1", "q9", "difficulty"}
    assert set(filtered.values()) == {SafeExceptionReporterFilter.cleansed_substitute}


def test_the_access_log_holds_no_query_string_and_no_body():
    """gunicorn's access log: the path without its query string, never a body (gunicorn has no atom for one)."""
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    log_format = config["access_log_format"]
    assert "%(U)s" in log_format
    for atom in ("%(r)s", "%(q)s", "%(f)s", "%(a)s"):
        assert atom not in log_format, f"{atom} would log the query string, referrer or browser"
    assert "i)s" not in log_format, "no request header is logged"


def test_the_questionnaire_posts_its_answers_in_the_body_only():
    template = Path(__file__).resolve().parents[2] / "selfchecks/templates/selfchecks/includes/questionnaire.html"
    form_tag = re.search(r"<form [^>]*>", template.read_text()).group(0)
    assert 'method="post"' in form_tag and "?" not in form_tag
