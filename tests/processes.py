"""Other processes and services, for the tests that need them: a second Django, a dead Redis.

Shared by every test folder: the repository root, a Django started in a new interpreter,
``manage.py`` in a new interpreter, the database URL of the test database, and cache
settings that point at a Redis nobody answers.
"""

import os
import subprocess
import sys
from pathlib import Path

from scripts import local_servers

ROOT = Path(__file__).resolve().parent.parent

# Nothing listens on port 1: every connection is refused at once. The password shows
# that an outage never puts the cache's address or credentials in a response.
DEAD_REDIS_URL = "redis://:not-a-real-password@127.0.0.1:1/0"
DEAD_REDIS = {
    "default": {
        "BACKEND": "clinic_site.cache.FailSoftRedisCache",
        "LOCATION": DEAD_REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def run_python(code, *args, env, timeout=120):
    """Run ``code`` (then ``args`` as sys.argv[1:]) in a new interpreter at the repository root."""
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def run_manage(*args, env, timeout=120):
    """Run ``manage.py args`` in a new interpreter at the repository root."""
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def start_django(*, drop=(), then="", **env_overrides):
    """Run ``django.setup()`` (then the code in ``then``) in a new interpreter; return the CompletedProcess.

    It prints "started" once Django is set up.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"DJANGO_DEBUG", "DJANGO_TESTING", *drop}}
    env.update({"DJANGO_SETTINGS_MODULE": "clinic_site.settings", **env_overrides})
    return run_python("import django; django.setup(); print('started')\n" + then, env=env, timeout=60)


def database_url(db):
    """The DATABASE_URL of a Django DATABASES entry (SQLite or PostgreSQL), for another process."""
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"


free_port = local_servers.free_port  # a TCP port nothing listens on at 127.0.0.1 (for a server a test starts)
