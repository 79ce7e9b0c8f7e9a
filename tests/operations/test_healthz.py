"""/healthz reports the database and the cache as JSON, with 200 or 503, and never redirects."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from tests.processes import DEAD_REDIS


@pytest.mark.django_db
def test_healthy_site_answers_200_with_both_checks(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}, "mail": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_cache_outage_answers_503_naming_the_failing_check_only(client):
    with override_settings(CACHES=DEAD_REDIS):
        assert caches["default"].get("anything") is None  # really the dead one
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "cache": "failing"},
        "mail": "ok",
    }
    body = response.content.decode()
    assert "not-a-real-password" not in body and "127.0.0.1" not in body


class _UnreachableDatabase:
    def cursor(self):
        raise OSError("connection refused to db.internal with password hunter2")


@pytest.mark.django_db
def test_database_outage_answers_503(client, monkeypatch):
    # Only the health check's own connection fails; the rest of the request still works.
    monkeypatch.setattr("operations.health.connection", _UnreachableDatabase())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "failing", "cache": "ok"}
    assert "hunter2" not in response.content.decode()


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_probe_over_plain_http_is_not_redirected_but_pages_are(client):
    assert client.get("/healthz").status_code == 200
    page = client.get("/")
    assert page.status_code == 301
    assert page["Location"].startswith("https://")


@pytest.mark.django_db
def test_only_safe_methods(client):
    assert client.post("/healthz").status_code in {403, 405}


@pytest.mark.django_db
def test_mail_waiting_longer_than_15_minutes_is_reported_delayed_and_still_200(client):
    from datetime import timedelta

    from django.utils import timezone
    from post_office.models import Email

    from notifications.outbox import queue_mail

    queue_mail(subject="New inquiry INQ-TEST", body="A link.", to=["intake@clinic.example"])
    assert client.get("/healthz").json()["mail"] == "ok"  # just queued
    Email.objects.update(created=timezone.now() - timedelta(minutes=16))
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["mail"] == "delayed"
