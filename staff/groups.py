"""The two staff groups and exactly the permissions each gets.

``ensure_staff_groups`` creates or updates them; it is safe to run at every release
(``manage.py ensure_staff_groups``, after ``migrate``) and ``load_sample_content`` calls it too.
Permissions of apps that are not installed are skipped, so it works as the project grows.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITORS_GROUP = "Content editors"
REVIEWERS_GROUP = "Intake reviewers"

# Which apps' permissions each staff group gets.
GROUP_APPS = {
    EDITORS_GROUP: ["cms", "djangocms_text", "djangocms_versioning", "filer", "easy_thumbnails", "content"]
    + ["clinic"]  # the clinic details, hours, prices and care team (clinic/)
    + ["editorial", "page_redirects", "selfchecks", "articles"],  # page_redirects: old page addresses (redirects/)
    REVIEWERS_GROUP: ["inquiries", "referrals", "cases"],  # cases: the audit trail (view only, below)
}
# Permissions that stay with a narrower role even if their app is listed above.
# Editors manage content, never other users or their permissions.
GROUP_EXCLUDED_CODENAMES = {
    EDITORS_GROUP: {
        f"{action}_{model}"
        for action in ("add", "change", "delete")
        for model in ("globalpagepermission", "pagepermission", "pageuser", "pageusergroup")
    }
    # Editors see the publish overrides; only a superuser records one (editorial/admin.py).
    | {"add_publishoverride", "change_publishoverride", "delete_publishoverride"},
    # Reviewers triage inquiries: they never create one by hand, never edit or delete
    # notes or the audit trail, and CSV export (every contact detail at once) is
    # granted to named users only, not to the whole group.
    REVIEWERS_GROUP: {
        "add_inquiry",
        "export_inquiry",
        "change_inquirynote",
        "delete_inquirynote",
        "add_referral",
        "export_referral",
        "change_referralnote",
        "delete_referralnote",
        "add_auditentry",
        "change_auditentry",
        "delete_auditentry",
    },
}


@transaction.atomic
def ensure_staff_groups():
    """Create the staff groups and give each exactly its apps' permissions; return the group names created."""
    created_names = []
    for name, apps in GROUP_APPS.items():
        group, created = Group.objects.get_or_create(name=name)
        if created:
            created_names.append(name)
        perms = Permission.objects.filter(content_type__app_label__in=apps).exclude(
            codename__in=GROUP_EXCLUDED_CODENAMES.get(name, set())
        )
        group.permissions.set(perms)
    return created_names
