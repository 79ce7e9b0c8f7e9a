"""The staff groups exist after the release steps alone, with exactly their permissions, however often it runs."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from staff.groups import EDITORS_GROUP, REVIEWERS_GROUP


def _codenames(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_a_site_without_sample_content_gets_both_groups(db):
    Group.objects.all().delete()  # the session's sample site made them; a bare site has none
    assert not Group.objects.exists()
    call_command("ensure_staff_groups", verbosity=0)
    editors, reviewers = _codenames(EDITORS_GROUP), _codenames(REVIEWERS_GROUP)
    assert {"change_page", "publish_page", "add_cmsplugin", "change_version", "add_image"} <= editors
    assert "change_pageuser" not in editors and "change_globalpagepermission" not in editors
    assert not any(code.endswith("inquiry") for code in editors)
    assert {"view_inquiry", "change_inquiry", "add_inquirynote", "view_auditentry"} <= reviewers
    assert not {"add_inquiry", "export_inquiry", "change_auditentry", "delete_auditentry"} & reviewers
    assert not any(code.endswith("_page") for code in reviewers)


def test_running_again_repairs_permissions_and_keeps_members(db):
    call_command("ensure_staff_groups", verbosity=0)
    expected = _codenames(REVIEWERS_GROUP)
    reviewers = Group.objects.get(name=REVIEWERS_GROUP)
    member = get_user_model().objects.create_user(username="rae", password="a-long-test-password-123", is_staff=True)
    member.groups.add(reviewers)
    reviewers.permissions.add(Permission.objects.get(codename="export_inquiry"))
    reviewers.permissions.remove(Permission.objects.get(codename="view_inquiry"))

    call_command("ensure_staff_groups", verbosity=0)

    assert _codenames(REVIEWERS_GROUP) == expected
    assert list(Group.objects.get(name=REVIEWERS_GROUP).user_set.all()) == [member]
    assert Group.objects.filter(name__in=[EDITORS_GROUP, REVIEWERS_GROUP]).count() == 2
