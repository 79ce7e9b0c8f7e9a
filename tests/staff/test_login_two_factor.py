"""In production mode (STAFF_2FA on) the admin needs a one-time code as well as the password."""

import re

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import override_settings
from django_otp.admin import OTPAdminSite
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import STAFF_PASSWORD

two_factor_on = override_settings(STAFF_2FA=True)


def enrol(user):
    call_command("enroll_2fa", user.username, "--no-qr", stdout=__import__("io").StringIO())
    return TOTPDevice.objects.get(user=user)


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def log_in(client, **extra):
    data = {"username": "editor", "password": STAFF_PASSWORD, **extra}
    return client.post("/admin/login/?next=/admin/", data, REMOTE_ADDR="198.51.100.20")


def test_the_admin_site_is_django_otps():
    assert isinstance(admin.site, OTPAdminSite)
    assert admin.site.name == "admin"  # the CMS's "admin:" URLs still resolve


@pytest.mark.django_db
@two_factor_on
def test_password_alone_does_not_open_the_admin(client, editor):
    enrol(editor)
    response = log_in(client)
    assert response.status_code == 200  # the login form again
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
@two_factor_on
def test_a_session_from_password_only_is_not_enough(client, editor):
    # e.g. a session made before 2FA was switched on: logged in, but not verified.
    client.force_login(editor)
    response = client.get("/admin/cms/pagecontent/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
@two_factor_on
def test_password_and_authenticator_code_open_the_admin(client, editor):
    device = enrol(editor)
    login_page = client.get("/admin/login/")
    assert 'name="otp_token"' in login_page.content.decode()
    # Step one: the password is right, so the form now offers the user's devices.
    step_one = log_in(client)
    assert step_one.status_code == 200
    assert f'value="{device.persistent_id}"' in step_one.content.decode()
    # Step two: the authenticator app's current code for that device.
    response = log_in(client, otp_device=device.persistent_id, otp_token=current_code(device))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@two_factor_on
def test_a_wrong_code_is_refused(client, editor):
    device = enrol(editor)
    wrong = f"{(int(current_code(device)) + 1) % 1000000:06d}"
    response = log_in(client, otp_device=device.persistent_id, otp_token=wrong)
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
@two_factor_on
def test_a_backup_code_works_once(client, editor):
    enrol(editor)
    token = StaticToken.objects.filter(device__user=editor).first()
    backup = token.device.persistent_id  # "Backup codes" in the login form's device list
    assert log_in(client, otp_device=backup, otp_token=token.token).status_code == 302
    client.logout()
    assert log_in(client, otp_device=backup, otp_token=token.token).status_code == 200


@pytest.mark.django_db
def test_without_2fa_a_password_is_enough(client, editor):
    # DJANGO_STAFF_2FA=0, as under `make run`.
    assert log_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_enrolment_prints_an_authenticator_address_and_ten_backup_codes(editor):
    out = __import__("io").StringIO()
    call_command("enroll_2fa", "editor", stdout=out)
    text = out.getvalue()
    assert re.search(r"otpauth://totp/[^\s]*editor[^\s]*secret=", text)
    codes = [code for code in StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)]
    assert len(codes) == 10 and all(code in text for code in codes)
    assert "█" in text or "▀" in text  # the QR code itself
