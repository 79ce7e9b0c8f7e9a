"""An edit published in one process is what the next visitor sees from another process.

The CMS keeps its page-cache version in the cache backend. Two separate Python
processes stand in for two server workers: the first warms the page cache, this
process publishes an edit, the second must serve the edit, not the cached copy.
"""

import os

import pytest
from cms.models import Page, PageContent
from django.db import connection
from djangocms_versioning.models import Version

from content.seeding import get_seed_user
from tests.processes import database_url, run_python

FETCH = """
import django, sys
django.setup()
from django.test import Client
response = Client().get(sys.argv[1], HTTP_HOST="localhost")
sys.stdout.write(response.content.decode())
"""


def _fetch_in_other_process(path):
    env = dict(
        os.environ, DATABASE_URL=database_url(connection.settings_dict), DJANGO_SETTINGS_MODULE="clinic_site.settings"
    )
    result = run_python(FETCH, path, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_publish_in_one_process_is_seen_by_another(seeded):
    page = Page.objects.get(reverse_id="what-is-ketamine")
    path = page.get_absolute_url()

    first = _fetch_in_other_process(path)  # warms the shared page cache
    assert "Ketamine is a medicine first made in 1962" in first

    user = get_seed_user()
    content = PageContent.objects.get(page=page, language="en")
    draft = Version.objects.get_for_content(content).copy(user)
    plugin = draft.content.get_placeholders().get(slot="content").get_plugins().first().get_bound_plugin()
    plugin.body = "<p>Freshly published wording.</p>"
    plugin.save()
    draft.publish(user)

    second = _fetch_in_other_process(path)
    assert "Freshly published wording." in second
    assert "Ketamine is a medicine first made in 1962" not in second
