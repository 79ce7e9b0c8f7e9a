"""With two-factor on, no path makes a staff session from a password alone, and a session without a
verified second factor opens none of the CMS's editing views (its login, wizard, toolbar, placeholders)."""

import pytest
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_preview_url, get_object_structure_url

from tests.conftest import STAFF_PASSWORD
from tests.staff.test_login_two_factor import current_code, enrol, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _two_factor_on(settings):
    settings.STAFF_2FA = True


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_cms_login_sends_to_the_two_factor_login_and_ignores_the_password(client, editor, prefix):
    enrol(editor)
    response = client.post(f"{prefix}/cms_login/?next=/", {"username": "editor", "password": STAFF_PASSWORD})
    assert response.status_code == 303
    assert response["Location"].startswith("/admin/login/?next=")
    assert "_auth_user_id" not in client.session


def test_the_cms_login_never_sends_elsewhere(client):
    response = client.get("/cms_login/?next=https://elsewhere.example/")
    assert response["Location"] == "/admin/login/?next=%2F"


def _home_content():
    return PageContent.objects.get(page__reverse_id="home", language="en")


@pytest.fixture
def password_only(client, editor, seeded):
    """A session from a password alone (e.g. made before two-factor was switched on)."""
    client.force_login(editor)
    return client


def test_the_wizard_refuses_a_password_only_session(password_only):
    response = password_only.get("/cms_wizard/create/")
    assert response.status_code in (302, 403)
    assert "wizard" not in response.get("Location", "")


def test_public_pages_show_a_password_only_session_no_toolbar(password_only):
    html = password_only.get("/", {"toolbar_on": ""}).content.decode()
    assert "cms-toolbar" not in html


@pytest.mark.parametrize("url_of", [get_object_edit_url, get_object_preview_url, get_object_structure_url])
def test_placeholder_views_refuse_a_password_only_session(password_only, url_of):
    response = password_only.get(url_of(_home_content()))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_verified_session_still_edits(client, editor, seeded):
    # The same views open once the second factor is verified: the refusals above are the factor's.
    device = enrol(editor)
    log_in(client, otp_device=device.persistent_id, otp_token=current_code(device))
    assert client.get(get_object_structure_url(_home_content())).status_code == 200
    assert client.get("/cms_wizard/create/").status_code == 200
    assert "cms-toolbar" in client.get("/", {"toolbar_on": ""}).content.decode()
