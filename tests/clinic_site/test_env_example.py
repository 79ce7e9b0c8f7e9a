"""`.env.example`, filled in with the two secrets, is an environment file production can start from."""

import json
import re
from pathlib import Path

from tests.processes import ROOT, start_django

REPORT = """
import json, runpy
from django.conf import settings
gunicorn = runpy.run_path("gunicorn.conf.py")
print(json.dumps({
    "debug": settings.DEBUG, "hosts": settings.ALLOWED_HOSTS, "staff_2fa": settings.STAFF_2FA,
    "issuer": settings.OTP_TOTP_ISSUER, "var_dir": str(settings.VAR_DIR), "media_root": str(settings.MEDIA_ROOT),
    "reply_days": settings.INQUIRY_REPLY_BUSINESS_DAYS, "workers": gunicorn["workers"], "bind": gunicorn["bind"],
}))
"""


def read_environment_file(path):
    """As systemd's EnvironmentFile= reads it: KEY=value lines, '#' lines ignored, outer quotes removed."""
    env = {}
    for line in Path(path).read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("=")
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", key), f"not a variable line: {line!r}"
        assert "  #" not in value, f"a comment on the value line would become part of the value: {line!r}"
        env[key] = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
    return env


def test_the_sample_environment_starts_the_site_in_production_mode():
    env = read_environment_file(ROOT / ".env.example")
    assert env["DJANGO_SECRET_KEY"] == "" and env["INQUIRY_ENCRYPTION_KEYS"] == ""  # left for the operator
    env.update(DJANGO_SECRET_KEY="s" * 60, INQUIRY_ENCRYPTION_KEYS="3KcbPP0MWcWFeHUyznt196yyR38R2o-3Jabqv4gcUSU=")
    result = start_django(then=REPORT, drop={"DJANGO_VAR_DIR", "DJANGO_MEDIA_ROOT"}, **env)
    assert result.returncode == 0, result.stderr[-2000:]
    started = json.loads(result.stdout.strip().splitlines()[-1])
    assert started["debug"] is False and started["staff_2fa"] is True
    assert started["hosts"] == ["clinic.example", "www.clinic.example"]
    assert started["issuer"] == "Clinic website"
    assert started["reply_days"] == 1
    # Variables left out take their defaults, never the current directory or an error.
    assert started["var_dir"] == str(ROOT / "var") and started["media_root"] == str(ROOT / "var" / "media")
    assert started["workers"] >= 3 and started["bind"] == "127.0.0.1:8001"


def test_an_empty_variable_takes_its_default(tmp_path):
    result = start_django(then=REPORT, DJANGO_DEBUG="1", DJANGO_VAR_DIR="", DJANGO_MEDIA_ROOT="", GUNICORN_WORKERS="")
    assert result.returncode == 0, result.stderr[-2000:]
    started = json.loads(result.stdout.strip().splitlines()[-1])
    assert started["var_dir"] == str(ROOT / "var") and started["media_root"] == str(ROOT / "var" / "media")
    assert started["workers"] >= 3
