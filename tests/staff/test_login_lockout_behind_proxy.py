"""Behind the proxy, the lockout locks the attacker's address (from X-Forwarded-For), not the proxy's:
one attacker must not lock a username out for everyone."""

import pytest
from django.conf import settings
from django.test import override_settings

from tests.conftest import STAFF_PASSWORD

PROXY = "10.0.0.2"  # every request reaches the app from the proxy
ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.20"


def log_in(client, password, forwarded_for):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_attacker_is_locked_and_the_real_user_behind_the_same_proxy_logs_in(client, editor):
    responses = [log_in(client, f"wrong-guess-{n}", ATTACKER) for n in range(settings.AXES_FAILURE_LIMIT)]
    assert responses[-1].status_code == 429
    assert log_in(client, STAFF_PASSWORD, ATTACKER).status_code == 429
    # A forged left-hand entry does not help the attacker either: the proxy's own entry counts.
    assert log_in(client, STAFF_PASSWORD, f"{OFFICE}, {ATTACKER}").status_code == 429
    response = log_in(client, STAFF_PASSWORD, OFFICE)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
