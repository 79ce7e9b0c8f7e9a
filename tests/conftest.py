"""Shared fixtures: sample content, staff users in their real groups, a clean cache.

The sample site is loaded once per test session, into the test database right after it is made
(``django_db_setup``): every ordinary test runs inside a transaction that is rolled back, so each
one sees the freshly seeded site without paying for 30 publishes. Transactional tests (live
servers, other processes) flush the database when they end; pytest-django runs them after the
ordinary ones, and ``seeded`` (or the browser tests' ``site``) puts the sample site back for each
of them from a copy of its rows taken right after the seeding: the same rows, in a fraction of a
second instead of the seconds 30 publishes take.
"""

import datetime
import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
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


# Every row of the freshly seeded test database, by table: {table: (columns, rows)}; taken once.
_SAMPLE_SITE_ROWS = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the sample site loaded once (as `make run` loads it)."""
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    from clinic_site.cms_compat import reload_urlconf_to_database_revision

    with django_db_blocker.unblock():
        call_command("load_sample_content", verbosity=0)
        # The CMS's URL-patterns revision row, as a served site has it after its first request.
        # Without it, each test's first request would create one (a new revision, rolled back
        # with the test) and every process would rebuild its URL patterns for every test.
        reload_urlconf_to_database_revision()
        _SAMPLE_SITE_ROWS.update(copy_rows_out())


def _tables_and_columns(cursor):
    """The project's tables (every installed model's) and, for each, the columns an INSERT may name
    (PostgreSQL's generated columns, such as the search index's vector, are computed, not copied)."""
    from django.db import connection

    tables = sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))
    columns = {}
    for table in tables:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position",
                [table],
            )
            columns[table] = [row[0] for row in cursor.fetchall()]
        else:
            columns[table] = [column.name for column in connection.introspection.get_table_description(cursor, table)]
    return columns


def copy_rows_out():
    """Every row of every project table, as it is now."""
    from django.db import connection

    quote = connection.ops.quote_name
    rows = {}
    with connection.cursor() as cursor:
        for table, columns in _tables_and_columns(cursor).items():
            # Names from the database's own catalogue, quoted: nothing from outside reaches the SQL.
            cursor.execute(f"SELECT {', '.join(map(quote, columns))} FROM {quote(table)}")  # noqa: S608
            rows[table] = (columns, cursor.fetchall())
    return rows


def restore_sample_site():
    """Replace every project table's rows with the seeded copy (after a transactional test's flush).

    One transaction; foreign keys are checked at its end (Django declares them deferrable on both
    engines), so the tables can be filled in any order. Then the caches that hold row ids let go.
    """
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from clinic_site.cms_compat import forget_versionable_content_types, reload_urlconf_to_database_revision

    quote = connection.ops.quote_name
    tables = list(_SAMPLE_SITE_ROWS)
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), tables, allow_cascade=True):
            cursor.execute(statement)
        for table, (columns, rows) in _SAMPLE_SITE_ROWS.items():
            if not rows:
                continue
            names = ", ".join(map(quote, columns))
            values = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({values})", _adapted(rows))  # noqa: S608
        models = [model for model in apps.get_models() if model._meta.db_table in _SAMPLE_SITE_ROWS]
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    ContentType.objects.clear_cache()
    Site.objects.clear_cache()
    forget_versionable_content_types()
    cache.clear()
    reload_urlconf_to_database_revision()


def _adapted(rows):
    """Values as each engine takes them back. PostgreSQL hands JSON columns back as dicts and lists,
    which psycopg sends back as JSON only when told; Django's SQLite reads dates and times as Python
    objects but writes them as ISO text (Python's sqlite3 has no adapter for a time)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from psycopg.types.json import Jsonb

        return [tuple(Jsonb(v) if isinstance(v, dict | list) else v for v in row) for row in rows]
    return [tuple(_sqlite_text(v) for v in row) for row in rows]


def _sqlite_text(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return value


@pytest.fixture
def seeded(db):
    """The sample page tree (English and Spanish) and staff groups, exactly as `make run` loads them.

    Already there for an ordinary test (loaded once per session); put back for a transactional
    test when the one before it flushed the database.
    """
    from cms.models import Page

    if not Page.objects.exists():
        restore_sample_site()


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
