"""Production mode refuses to start without a secret key, and says which variable is missing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start_django(**env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SECRET_KEY", "DJANGO_DEBUG", "DJANGO_TESTING"}}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "clinic_site.settings"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_secret_key_refuses_to_start():
    result = _start_django()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_empty_secret_key_is_refused_too():
    result = _start_django(DJANGO_SECRET_KEY="")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_with_secret_key_starts():
    result = _start_django(DJANGO_SECRET_KEY="x" * 60)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
