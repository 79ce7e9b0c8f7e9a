"""Staff sessions end after 30 idle minutes and after 12 hours however busy the user was."""

import pytest
from django.conf import settings

from staff.sessions import LAST_SEEN, STARTED


def age_session(client, *, started_ago=0, last_seen_ago=0):
    session = client.session
    session[STARTED] -= started_ago
    session[LAST_SEEN] -= last_seen_ago
    session.save()


@pytest.mark.django_db
def test_active_staff_stay_logged_in(editor_client):
    assert editor_client.get("/admin/").status_code == 200
    age_session(editor_client, last_seen_ago=29 * 60)
    assert editor_client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_thirty_idle_minutes_log_staff_out(editor_client):
    age_session(editor_client, last_seen_ago=31 * 60)
    response = editor_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in editor_client.session


@pytest.mark.django_db
def test_twelve_hours_is_the_most_even_when_active(editor_client):
    age_session(editor_client, started_ago=12 * 3600 + 60, last_seen_ago=60)
    response = editor_client.get("/admin/")
    assert response.status_code == 302
    assert "_auth_user_id" not in editor_client.session


def test_limits_and_password_validators_are_configured():
    assert settings.STAFF_SESSION_IDLE_SECONDS == 30 * 60
    assert settings.SESSION_COOKIE_AGE == 12 * 3600
    validators = {v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }
