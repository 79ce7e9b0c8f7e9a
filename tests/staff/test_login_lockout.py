"""Repeated failed staff logins lock that username at that address, for the cool-off period only."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings

from tests.conftest import STAFF_PASSWORD

ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.20"


def log_in(client, password, ip, username="editor"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail_until_locked(client, ip=ATTACKER):
    responses = [log_in(client, f"wrong-guess-{n}", ip) for n in range(settings.AXES_FAILURE_LIMIT)]
    assert all(r.status_code == 200 for r in responses[:-1])  # the form again, with an error
    return responses[-1]


@pytest.mark.django_db
def test_repeated_failures_lock_out_even_the_right_password(client, editor):
    locked = fail_until_locked(client)
    assert locked.status_code == 429
    assert "too many login attempts" in locked.content.decode().lower()
    refused = log_in(client, STAFF_PASSWORD, ATTACKER)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_real_user_at_another_address_still_logs_in(client, editor):
    fail_until_locked(client, ATTACKER)
    response = log_in(client, STAFF_PASSWORD, OFFICE)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_login_works_again_after_the_cool_off(client, editor):
    fail_until_locked(client)
    assert log_in(client, STAFF_PASSWORD, ATTACKER).status_code == 429

    # Fifteen minutes pass (the recorded attempts are moved back in time, no sleeping).
    past = settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= past
        attempt.save(update_fields=["attempt_time"])

    response = log_in(client, STAFF_PASSWORD, ATTACKER)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_still_locked_just_before_the_cool_off_ends(client, editor):
    fail_until_locked(client)
    almost = settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= almost
        attempt.save(update_fields=["attempt_time"])
    assert log_in(client, STAFF_PASSWORD, ATTACKER).status_code == 429


def test_cool_off_is_finite_and_per_username_and_address():
    assert timedelta(minutes=15) == settings.AXES_COOLOFF_TIME
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
