"""The audit trail's move from ``inquiries`` to ``cases`` keeps every entry and every permission on it.

A database at the migrations before the move (the model in ``inquiries``, its content type
``inquiries.auditentry``) with one entry and the intake reviewers' "view audit entry" permission
migrates forward: the same row is ``cases.AuditEntry``, the same content type now says ``cases``,
and a reviewer can still open the trail at its new address.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cases.models import AuditEntry
from staff.groups import REVIEWERS_GROUP

# Where main stood before the move: inquiries at its fifth migration, no cases migrations at all.
BEFORE = [("inquiries", "0005_queue_order_and_name_hash"), ("cases", None)]
AFTER = [("inquiries", "0006_auditentry_moves_to_cases"), ("cases", "0001_initial")]


def _migrate(targets):
    """Migrate to ``targets``; the models as they stand there (every other app at its latest)."""
    MigrationExecutor(connection).migrate(targets)
    loader = MigrationExecutor(connection).loader
    named = {app for app, _name in targets}
    others = [node for node in loader.graph.leaf_nodes() if node[0] not in named]
    return loader.project_state(others + [node for node in targets if node[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_an_entry_and_the_reviewers_permission_on_it_survive_the_move(client):
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = _migrate(BEFORE)
        content_types = old.get_model("contenttypes", "ContentType")
        assert not content_types.objects.filter(app_label="cases").exists()
        old_type = content_types.objects.get(app_label="inquiries", model="auditentry")
        entry = old.get_model("inquiries", "AuditEntry").objects.create(
            actor_name="reviewer", action="viewed", inquiry_reference="INQ-ABCD2345", detail=""
        )
        permission = old.get_model("auth", "Permission").objects.get(content_type=old_type, codename="view_auditentry")
        group, _created = old.get_model("auth", "Group").objects.get_or_create(name=REVIEWERS_GROUP)
        group.permissions.set([permission])

        new = _migrate(AFTER)
        moved = new.get_model("cases", "AuditEntry").objects.get(pk=entry.pk)
        assert (moved.actor_name, moved.action, moved.inquiry_reference) == ("reviewer", "viewed", "INQ-ABCD2345")
        content_types = new.get_model("contenttypes", "ContentType")
        new_type = content_types.objects.get(pk=old_type.pk)
        assert (new_type.app_label, new_type.model) == ("cases", "auditentry")
        assert not content_types.objects.filter(app_label="inquiries", model="auditentry").exists()
        group = new.get_model("auth", "Group").objects.get(name=REVIEWERS_GROUP)
        assert list(group.permissions.values_list("pk", "content_type", "codename")) == [
            (permission.pk, old_type.pk, "view_auditentry")
        ]
    finally:
        _migrate(leaves)

    ContentType.objects.clear_cache()
    assert ContentType.objects.get_for_model(AuditEntry).pk == old_type.pk
    assert AuditEntry.objects.filter(pk=entry.pk, inquiry_reference="INQ-ABCD2345").exists()
    # The group as it was (the permission only, no `ensure_staff_groups` after the move): a member opens the trail.
    reviewer = get_user_model().objects.create_user(username="reviewer", password="x", is_staff=True)
    reviewer.groups.add(group.pk)
    assert reviewer.has_perm("cases.view_auditentry")
    client.force_login(reviewer)
    page = client.get("/admin/cases/auditentry/")
    assert page.status_code == 200 and "INQ-ABCD2345" in page.content.decode()


def test_a_new_database_has_the_trail_in_cases_only(db):
    """Made from scratch (as this test database was), the content type is created under ``cases``."""
    assert ContentType.objects.get_for_model(AuditEntry).app_label == "cases"
    assert not ContentType.objects.filter(app_label="inquiries", model="auditentry").exists()
    assert AuditEntry._meta.db_table == "inquiries_auditentry"
