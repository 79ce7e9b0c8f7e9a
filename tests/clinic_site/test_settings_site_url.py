"""Production knows its public address: with DEBUG off the site names SITE_URL and stops without an https:// one."""

import pytest

from tests.processes import start_django

PRINT_PREFIX = "from django.conf import settings; print(settings.CMS_CACHE_PREFIX)"


def _start(**env):
    return start_django(drop={"SITE_URL"}, DJANGO_SECRET_KEY="x" * 60, **env)


@pytest.mark.parametrize("value", [None, "", "http://clinic.example", "clinic.example"])
def test_production_without_an_https_site_url_refuses_to_start(value):
    result = _start() if value is None else _start(SITE_URL=value)
    assert result.returncode != 0
    assert "SITE_URL" in result.stderr
    assert "started" not in result.stdout


def test_production_with_an_https_site_url_starts():
    result = _start(SITE_URL="https://clinic.example")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "started" in result.stdout


def test_development_falls_back_to_the_local_address():
    result = _start(DJANGO_DEBUG="1", then="print(settings.SITE_URL)".join(["from django.conf import settings; ", ""]))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "http://127.0.0.1:8000"


def test_a_new_site_url_starts_a_new_page_cache():
    # Cached pages hold absolute links: the CMS's cache keys change with the address.
    first = _start(SITE_URL="https://clinic.example", then=PRINT_PREFIX)
    second = _start(SITE_URL="https://www.clinic.example", then=PRINT_PREFIX)
    again = _start(SITE_URL="https://clinic.example", then=PRINT_PREFIX)
    prefixes = [r.stdout.strip().splitlines()[-1] for r in (first, second, again)]
    assert prefixes[0] != prefixes[1]
    assert prefixes[0] == prefixes[2]
