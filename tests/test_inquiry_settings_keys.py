"""Production mode refuses to start without inquiry encryption keys, and names the variable."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start_django(**env_overrides):
    drop = {"DJANGO_DEBUG", "DJANGO_TESTING", "INQUIRY_ENCRYPTION_KEYS"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update({"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_SETTINGS_MODULE": "clinic_site.settings", **env_overrides})
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_inquiry_keys_refuses_to_start():
    result = _start_django()
    assert result.returncode != 0
    assert "INQUIRY_ENCRYPTION_KEYS" in result.stderr
    assert "started" not in result.stdout


def test_production_with_inquiry_keys_starts():
    result = _start_django(INQUIRY_ENCRYPTION_KEYS="3KcbPP0MWcWFeHUyznt196yyR38R2o-3Jabqv4gcUSU=")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_a_malformed_key_fails_the_system_check():
    from django.core.checks.registry import registry
    from django.test import override_settings

    from inquiries.checks import check_inquiry_keys

    assert check_inquiry_keys in registry.get_checks()
    with override_settings(INQUIRY_ENCRYPTION_KEYS=["not-a-fernet-key"]):
        errors = [e for e in check_inquiry_keys(None) if e.id == "inquiries.E001"]
    assert errors and "INQUIRY_ENCRYPTION_KEYS: key 1" in errors[0].msg
    assert "not-a-fernet-key" not in errors[0].msg
