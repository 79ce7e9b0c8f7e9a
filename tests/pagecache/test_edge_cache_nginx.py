"""Real nginx with the operations guide's page cache in front of gunicorn, on loopback.

Proves what docs/operations.md promises, with deploy/nginx/clinic.conf's cache lines: a repeat
anonymous request is served by nginx without reaching Django (gunicorn's access log does not grow),
a staff session always reaches Django, the admin and the form page are never kept, and a publish
shows within the shared-cache lifetime (set to 2 s here through DJANGO_SHARED_CACHE_SECONDS; 60 s by default).
"""

import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cms.models import Page, PageContent
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from djangocms_versioning.models import Version

from content.seeding import get_seed_user
from scripts import edge_nginx
from tests.conftest import STAFF_PASSWORD
from tests.processes import ROOT, database_url, free_port

LIFETIME = 2  # seconds, for this test only
STALE = 1


def _get(port, path, cookie=None):
    connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        headers = {"Host": "localhost"}
        if cookie:
            headers["Cookie"] = cookie
        connection_.request("GET", path, headers=headers)
        response = connection_.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        connection_.close()


class Gunicorn:
    def __init__(self, scratch):
        self.port = free_port()
        self.log = Path(scratch) / "access.log"
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="clinic_site.settings",
            DATABASE_URL=database_url(connection.settings_dict),
            DJANGO_SHARED_CACHE_SECONDS=str(LIFETIME),
            DJANGO_PUBLIC_MAX_AGE=str(LIFETIME),
            DJANGO_STALE_WHILE_REVALIDATE_SECONDS=str(STALE),
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            # One sync worker: it writes a request's log line before it takes the next request,
            # so a request of our own straight to it is a barrier (see requests_for).
            GUNICORN_WORKERS="1",
            GUNICORN_ACCESS_LOG=str(self.log),
            DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
        )
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(scratch) / "gunicorn.stderr", "a"),  # noqa: SIM115
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, (Path(scratch) / "gunicorn.stderr").read_text()[-3000:]
            try:
                if _get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("gunicorn did not answer within 60 s")

    def requests_for(self, path):
        """How many requests for this path reached Django (gunicorn's access log: method, path, status)."""
        # The worker logs a request after answering it, and before it takes the next one: once
        # a request of ours to it (past nginx) is answered, every earlier request's line is written.
        assert _get(self.port, "/healthz")[0] == 200
        text = self.log.read_text() if self.log.exists() else ""
        return sum(1 for line in text.splitlines() if f'"GET {path} ' in line)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture
def edge(tmp_path, transactional_db, seeded):
    if not Path(edge_nginx.NGINX).exists():
        if os.environ.get("CI"):
            pytest.fail("nginx is required in CI (.ci/run installs nginx-light)")
        pytest.skip("nginx is not installed")
    # Seeded (by `seeded`) before the servers start, as a deployment does (the workers load the Contact apphook).
    gunicorn = Gunicorn(tmp_path)
    port = free_port()
    nginx = edge_nginx.start(tmp_path / "nginx", listen_port=port, upstream_port=gunicorn.port)
    try:
        yield port, gunicorn
    finally:
        edge_nginx.stop(nginx)
        gunicorn.stop()


def _publish_new_wording(page, text):
    user = get_seed_user()
    content = PageContent.objects.get(page=page, language="en")
    draft = Version.objects.get_for_content(content).copy(user)
    plugin = draft.content.get_placeholders().get(slot="content").get_plugins().first().get_bound_plugin()
    plugin.body = f"<p>{text}</p>"
    plugin.save()
    draft.publish(user)


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_nginx_serves_repeat_views_itself_passes_staff_through_and_shows_a_publish_in_time(edge):
    port, gunicorn = edge
    page = Page.objects.get(reverse_id="what-is-ketamine")
    path = page.get_absolute_url()

    status, headers, first = _get(port, path)
    assert status == 200 and headers["x-cache-status"] == "MISS"
    assert "set-cookie" not in headers
    assert f"s-maxage={LIFETIME}" in headers["cache-control"]
    reached = gunicorn.requests_for(path)
    assert reached == 1

    for _ in range(5):
        status, headers, body = _get(port, path)
        assert status == 200 and headers["x-cache-status"] == "HIT"
        assert body == first
    assert gunicorn.requests_for(path) == reached  # none of the five reached Django

    # A staff user's session cookie: every request reaches Django, none is stored.
    staff = Client()
    staff.force_login(
        get_user_model().objects.create_user(username="edge-editor", password=STAFF_PASSWORD, is_staff=True)
    )
    cookie = f"{settings.SESSION_COOKIE_NAME}={staff.cookies[settings.SESSION_COOKIE_NAME].value}"
    for _ in range(2):
        status, headers, _ = _get(port, path, cookie=cookie)
        assert status == 200 and headers["x-cache-status"] == "BYPASS"
        assert "no-store" in headers["cache-control"]
    assert gunicorn.requests_for(path) == reached + 2
    # ...and the next anonymous visitor still gets the public copy, not the staff page.
    assert _get(port, path)[1]["x-cache-status"] == "HIT"

    # The admin and the form page are never kept.
    for never_kept in ("/admin/login/", Page.objects.get(application_urls="InquiryApphook").get_absolute_url()):
        for _ in range(2):
            status, headers, _ = _get(port, never_kept)
            assert status == 200
            assert headers.get("x-cache-status") in (None, "MISS", "BYPASS"), never_kept
        assert gunicorn.requests_for(never_kept) == 2, never_kept

    # A publish shows within the shared-cache lifetime (plus the one request that refreshes a stale copy).
    _publish_new_wording(page, "Freshly published wording.")
    deadline = time.monotonic() + LIFETIME + STALE + 5
    seen = False
    while time.monotonic() < deadline and not seen:
        seen = "Freshly published wording." in _get(port, path)[2]
        time.sleep(0.25)
    assert seen, "the publish did not show through nginx within the shared-cache lifetime"


def test_the_deployed_nginx_site_has_the_cache_lines_the_test_runs():
    readme = (ROOT / "deploy" / "nginx" / "clinic.conf").read_text()
    for line in (edge_nginx.CACHE_LOCATION + edge_nginx.CACHE_HTTP).strip().splitlines():
        if "{cache_dir}" in line:
            line = line.split("{cache_dir}")[1].strip()
        assert line.strip() in readme, line


def test_ci_installs_nginx():
    assert "apt-get install -y -qq nginx-light" in (ROOT / ".ci" / "run").read_text()
