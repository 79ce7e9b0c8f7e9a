"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright cannot download its own browser on these machines, so the tests launch the
system Chromium. Without it they are skipped with a hint, except in CI (``CI`` set), where
a missing browser fails the run: a CI job that silently skips its browser tests proves nothing.

One browser is started per test session; every test gets fresh browser contexts (cookies,
storage) so journeys never share a login. The live server serves the test database (the
file-backed SQLite test DB, or PostgreSQL when DATABASE_URL says so); live-server tests are
transactional, so each test loads the sample content itself.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.db.models.signals import post_migrate

# Playwright's sync API keeps an event loop running in this thread. Django refuses ORM calls
# from a thread with a running loop unless told that this is deliberate; the tests' own
# database set-up happens in this thread, between Playwright calls, never concurrently.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = "Chromium is not installed, so the browser tests cannot run: `apt-get install chromium`."

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# Browser-context options per kind of visitor: a phone has touch and a mobile viewport.
DEVICES = {
    "phone": {"viewport": PHONE, "has_touch": True, "is_mobile": True, "device_scale_factor": 2},
    "desktop": {"viewport": DESKTOP},
}


def _forget_cached_content_type_ids(**kwargs):
    """After a test database flush, forget the content-type ids djangocms-versioning cached.

    Live-server tests are transactional: after each one the database is flushed and the
    content types are created again with new ids. djangocms-versioning caches those ids per
    process, so without this the next test's publish looks for versions under the old id.
    """
    from clinic_site.cms_compat import forget_versionable_content_types

    forget_versionable_content_types()


post_migrate.connect(_forget_cached_content_type_ids, dispatch_uid="browser-tests-forget-content-type-ids")


def chromium_path():
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium")


def require_chromium():
    """The browser's path; a skip with the install hint, or in CI (``CI`` set) a failure."""
    path = chromium_path()
    if not path:
        if os.environ.get("CI"):
            pytest.fail(f"{INSTALL_HINT} CI is set, so a missing browser is a failure, not a skip.")
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="session")
def browser():
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's base URL, with the sample pages and staff groups loaded."""
    from cms.models import Page

    from clinic_site.cms_compat import reload_urlconf_to_database_revision
    from tests.conftest import restore_sample_site

    if not Page.objects.exists():
        restore_sample_site()
    reload_urlconf_to_database_revision()
    return live_server.url


@pytest.fixture
def new_context(browser):
    """Make isolated browser contexts (a fresh visitor each); all are closed after the test.

    Every page opened in them records uncaught script errors and Content-Security-Policy
    refusals in ``page.problems``, so a journey can assert that the site ran cleanly.
    """
    contexts = []

    def make(device="desktop", **options):
        context = browser.new_context(**{**DEVICES[device], **options})
        context.set_default_timeout(15_000)
        context.on("page", _watch_for_problems)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def _watch_for_problems(page):
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"script error: {error}"))

    def console(message):
        if message.type == "error" and "Content Security Policy" in message.text:
            page.problems.append(f"CSP refused: {message.text}")

    page.on("console", console)


@pytest.fixture
def phone(new_context):
    """A page in a 390 px wide phone window, with touch."""
    return new_context("phone").new_page()


@pytest.fixture
def desktop(new_context):
    """A page in a 1280 px wide desktop window."""
    return new_context("desktop").new_page()
