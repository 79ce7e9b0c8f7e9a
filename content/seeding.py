"""Create the sample page tree and the staff groups; safe to run again and again."""

import logging

from cms.api import add_plugin, create_page
from cms.models import Page, PageContent
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from djangocms_versioning.models import Version

from .sample_content import HOME, PAGES

logger = logging.getLogger(__name__)

LANGUAGE = "en"
SEED_USERNAME = "sample-content"

EDITORS_GROUP = "Content editors"
REVIEWERS_GROUP = "Intake reviewers"

# Which apps' permissions each staff group gets. Apps that are not installed
# (yet) are skipped, so the command works as the project grows.
GROUP_APPS = {
    EDITORS_GROUP: ["cms", "djangocms_text", "djangocms_versioning", "filer", "easy_thumbnails", "content"],
    REVIEWERS_GROUP: ["inquiries"],
}
# Permissions that stay with a narrower role even if their app is listed above.
# Editors manage content, never other users or their permissions.
GROUP_EXCLUDED_CODENAMES = {
    EDITORS_GROUP: {
        f"{action}_{model}"
        for action in ("add", "change", "delete")
        for model in ("globalpagepermission", "pagepermission", "pageuser", "pageusergroup")
    },
    # Reviewers triage inquiries: they never create one by hand, never edit or delete
    # notes or the audit trail, and CSV export (every contact detail at once) is
    # granted to named users only, not to the whole group.
    REVIEWERS_GROUP: {
        "add_inquiry",
        "export_inquiry",
        "change_inquirynote",
        "delete_inquirynote",
        "add_auditentry",
        "change_auditentry",
        "delete_auditentry",
    },
}


def get_seed_user():
    """The account that sample pages are created and published by (it cannot log in)."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=SEED_USERNAME, defaults={"is_active": False})
    if created:
        user.set_unusable_password()
        user.save()
    return user


def _existing_page(reverse_id):
    return Page.objects.filter(reverse_id=reverse_id).first()


def _create_page(spec, user, parent):
    page = create_page(
        title=spec["title"],
        template=spec["template"],
        language=LANGUAGE,
        menu_title=spec.get("menu_title"),
        slug=spec["slug"],
        meta_description=spec.get("meta_description"),
        created_by=user,
        parent=parent,
        in_navigation=spec.get("in_navigation", True),
        reverse_id=spec["reverse_id"],
        page_title=spec.get("page_title"),
        apphook=spec.get("apphook"),
        apphook_namespace=spec.get("apphook_namespace"),
    )
    page_content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
    if spec["reverse_id"] == HOME:
        page.set_as_homepage(user)
    placeholder = page_content.get_placeholders().get(slot="content")
    for plugin_type, fields in spec.get("sections", []):
        add_plugin(placeholder, plugin_type, LANGUAGE, **fields)
    Version.objects.get_for_content(page_content).publish(user)
    return page


@transaction.atomic
def seed_pages(pages=PAGES):
    """Create and publish every page that does not exist yet; return the reverse_ids created."""
    user = get_seed_user()
    created = []
    for spec in pages:
        if _existing_page(spec["reverse_id"]):
            continue
        parent = _existing_page(spec["parent"]) if spec.get("parent") else None
        _create_page(spec, user, parent)
        created.append(spec["reverse_id"])
    return created


@transaction.atomic
def ensure_groups():
    """Create the staff groups and give each exactly its apps' permissions."""
    for name, apps in GROUP_APPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label__in=apps).exclude(
            codename__in=GROUP_EXCLUDED_CODENAMES.get(name, set())
        )
        group.permissions.set(perms)


def published_pages():
    """The published page contents, in tree order (used by tests and the sitemap)."""
    return PageContent.objects.filter(language=LANGUAGE).select_related("page").order_by("page__path")
