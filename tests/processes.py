"""Start Django in a separate process with a chosen environment (for start-up refusal tests)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_django(*, drop=(), then="", **env_overrides):
    """Run ``django.setup()`` (then the code in ``then``) in a new interpreter; return the CompletedProcess.

    It prints "started" once Django is set up.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "DJANGO_TESTING", *drop}}
    env.update({"DJANGO_SETTINGS_MODULE": "clinic_site.settings", **env_overrides})
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')\n" + then],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
