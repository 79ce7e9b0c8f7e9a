"""Django's deployment checks pass with the production environment (DEBUG off, real key, hosts)."""

import os
import secrets

import pytest

from tests.processes import ROOT, run_manage


def production_env(**overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="clinic.example",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://clinic.example",
        DJANGO_PROXY_COUNT="1",
    )
    env.update(overrides)
    return env


def manage(*args, **env_overrides):
    return run_manage(*args, env=production_env(**env_overrides))


@pytest.mark.slow
def test_deploy_check_passes_in_production_mode():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.slow
def test_deploy_check_fails_when_a_protection_is_switched_off():
    # The same check, with the HTTPS redirect and HSTS turned off, must complain:
    # proves the passing run above is really checking something.
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_SECURE_HSTS_SECONDS="0"
    )
    assert result.returncode != 0
    assert "security.W008" in result.stderr + result.stdout
    assert "security.W004" in result.stderr + result.stdout


def test_every_silenced_check_has_a_written_reason():
    source = (ROOT / "clinic_site" / "settings.py").read_text()
    block = source.split("SILENCED_SYSTEM_CHECKS = [", 1)[1].split("]", 1)[0]
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if line.startswith('"'):
            assert index > 0 and lines[index - 1].startswith("#"), f"{line} has no comment above it"


@pytest.mark.slow
def test_deploy_check_warns_behind_a_proxy_without_a_proxy_count():
    # Every client would have the proxy's address: one rate limit and one lockout for everyone.
    result = manage("check", "--deploy", "--fail-level", "WARNING", DJANGO_PROXY_COUNT="0")
    assert result.returncode != 0
    assert "staff.W001" in result.stderr + result.stdout
