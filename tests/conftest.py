"""Shared fixtures: sample content, staff users in their real groups, a clean cache.

The sample site is loaded once per test session, into the test database right after it is made
(``django_db_setup``): every ordinary test runs inside a transaction that is rolled back, so each
one sees the freshly seeded site without paying for 30 publishes. Transactional tests (live
servers, other processes) flush the database when they end; pytest-django runs them after the
ordinary ones, and ``seeded`` loads the sample site again for each of them.
"""

import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from staff.groups import EDITORS_GROUP, REVIEWERS_GROUP, ensure_staff_groups

STAFF_PASSWORD = "a-long-test-password-123"


@pytest.fixture(autouse=True)
def _clean_cache():
    """Each test starts with an empty shared cache (page cache, rate limits)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _forget_versioning_content_type_ids():
    """A transactional test's flush re-creates content types under new ids, but djangocms-versioning
    keeps the old ids for the life of the process: the next test's publish would find no version.
    (Production never flushes; only tests need this.)"""
    yield
    from clinic_site.cms_compat import forget_versionable_content_types

    forget_versionable_content_types()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request to a /es/ page leaves Spanish active in
    the test's thread, so the next bare get_absolute_url() would give a Spanish address."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the sample site loaded once (as `make run` loads it)."""
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        call_command("load_sample_content", verbosity=0)


@pytest.fixture
def seeded(db):
    """The sample page tree (English and Spanish) and staff groups, exactly as `make run` loads them.

    Already there for an ordinary test (loaded once per session); loaded again for a transactional
    test when the one before it flushed the database.
    """
    from cms.models import Page

    if not Page.objects.exists():
        call_command("load_sample_content", verbosity=0)


@pytest.fixture
def deliver_mail():
    """Run the mail worker (what the timer runs every minute), for a test that reads ``mail.outbox``."""
    from notifications.outbox import deliver_queued

    return deliver_queued


def _staff_user(username, group_name):
    ensure_staff_groups()
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@clinic.example", password=STAFF_PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return _staff_user("editor", EDITORS_GROUP)


@pytest.fixture
def reviewer(db):
    return _staff_user("reviewer", REVIEWERS_GROUP)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def inquiry_page(seeded):
    """The published page that carries the intake form (InquiryApphook); returns its URL.

    Uses the seeded Contact page once it names the apphook; until then a page made here.
    """
    from cms.models import Page

    from clinic_site.cms_compat import reload_urlconf_to_database_revision
    from content.seeding import seed_pages

    page = Page.objects.filter(application_urls="InquiryApphook").first()
    if page is None:
        spec = {
            "reverse_id": "inquiry-form-test",
            "title": "Request a consultation",
            "slug": "request-a-consultation",
            "template": "pages/article.html",
            "apphook": "InquiryApphook",
            "apphook_namespace": "inquiries",
            "sections": [("TextPlugin", {"body": "<p>Tell us how to reach you.</p>"})],
        }
        seed_pages([spec])
        page = Page.objects.get(reverse_id=spec["reverse_id"])
    reload_urlconf_to_database_revision()
    return page.get_absolute_url("en")


@pytest.fixture
def inquiry_data():
    """A factory for a valid intake-form post (a fresh form token each call); override fields by keyword."""
    import uuid

    def make(**overrides):
        data = {
            "name": "Jordan Example",
            "email": "jordan.example@example.org",
            "phone": "555-010-0100",
            "contact_method": "phone",
            "contact_time": "morning",
            "topic": "depression",
            "message": "I have tried two medicines and would like to know more.",
            "consent": "on",
            "website": "",
            "token": str(uuid.uuid4()),
        }
        data.update(overrides)
        return data

    return make
