"""The sample-content command publishes the page tree and is safe to run again."""

import pytest
from cms.models import Page, PageContent
from django.contrib.auth.models import Group
from django.core.management import call_command
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from content.sample_loader import PAGES
from content.seeding import get_seed_user
from staff.groups import EDITORS_GROUP, REVIEWERS_GROUP
from tests.public_pages import sample_pages

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Page.objects.count(),
        PageContent.admin_manager.count(),
        Version.objects.count(),
        Group.objects.count(),
    )


def test_command_creates_and_publishes_every_page():
    call_command("load_sample_content", verbosity=0)
    for spec in PAGES:
        page = Page.objects.get(reverse_id=spec["reverse_id"])
        content = PageContent.objects.get(page=page, language="en")  # published rows only
        assert Version.objects.get_for_content(content).state == PUBLISHED
    assert Page.objects.get(reverse_id="home").is_home


def test_running_twice_changes_nothing():
    call_command("load_sample_content", verbosity=0)
    before = _counts()
    call_command("load_sample_content", verbosity=0)
    assert _counts() == before


def test_rerun_never_overwrites_a_page_staff_edited(client):
    call_command("load_sample_content", verbosity=0)
    page = Page.objects.get(reverse_id="what-is-ketamine")
    content = PageContent.objects.get(page=page, language="en")
    user = get_seed_user()
    draft = Version.objects.get_for_content(content).copy(user)
    plugin = draft.content.get_placeholders().get(slot="content").get_plugins().first().get_bound_plugin()
    plugin.body = "<p>Edited by the clinic staff.</p>"
    plugin.save()
    draft.publish(user)

    call_command("load_sample_content", verbosity=0)

    response = client.get(page.get_absolute_url())
    assert "Edited by the clinic staff." in response.content.decode()
    assert PageContent.admin_manager.filter(page=page, language="en").count() == 2  # archived original + the edit


def test_staff_groups_exist_with_their_permissions():
    call_command("load_sample_content", verbosity=0)
    editors = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"change_page", "publish_page", "add_cmsplugin", "change_version", "add_image"} <= codenames
    assert "change_pageuser" not in codenames and "change_globalpagepermission" not in codenames
    assert Group.objects.filter(name=REVIEWERS_GROUP).exists()


def test_rerun_makes_no_second_image_or_clinic_details_and_keeps_menu_order():
    from filer.models import Image

    from clinic.models import ClinicDetails

    call_command("load_sample_content", verbosity=0)
    call_command("load_sample_content", verbosity=0)
    assert Image.objects.filter(original_filename="calm-hills.png").count() == 1
    assert ClinicDetails.objects.count() == 1
    tree_order = list(Page.objects.order_by("path").values_list("reverse_id", flat=True))
    # The pages, then the Articles section with its articles (children sort after their parent).
    assert tree_order == [spec["reverse_id"] for spec in sample_pages()]
