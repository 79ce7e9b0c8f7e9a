"""Moving the clinic's models from content to clinic keeps every row, link and permission.

The database is taken back to main's state before the move (content at 0008, no clinic
migration applied, the five content types under "content"), rows are written through that
state's models, then every migration runs forward as a release's `migrate` would.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from staff.groups import EDITORS_GROUP

BEFORE = [("content", "0008_closed_days"), ("clinic", None)]
MOVED = ["clinicdetails", "openinghours", "closedday", "serviceprice", "clinician"]


def _migrate(targets):
    """Migrate to ``targets`` (each app not named stays at its leaf); return the models as they are then."""
    MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()
    loader = MigrationExecutor(connection).loader
    named = {app for app, _name in targets}
    nodes = [node for node in loader.graph.leaf_nodes() if node[0] not in named]
    nodes += [(app, name) for app, name in targets if name is not None]
    return loader.project_state(nodes).apps


@pytest.mark.django_db(transaction=True)
def test_an_existing_database_keeps_its_details_clinicians_reviews_and_the_editors_permissions(editor):
    call_command("load_sample_content", verbosity=0)
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = _migrate(BEFORE)
        content_types = old.get_model("contenttypes", "ContentType")
        before_types = {model: content_types.objects.get(app_label="content", model=model).pk for model in MOVED}
        assert not content_types.objects.filter(app_label="clinic").exists()
        details = old.get_model("content", "ClinicDetails").objects.get(pk=1)
        details.name = "Riverside Ketamine Clinic"
        details.save()
        clinician = old.get_model("content", "Clinician").objects.create(
            name="Dr. R. Moved",
            credentials="MD",
            role="Psychiatrist",
            bio="Kept.",
            slug="r-moved",
            medical_reviewer=True,
        )
        review = old.get_model("content", "MedicalReview").objects.order_by("pk").first()
        review.reviewer_id = clinician.pk
        review.save()
        editors = old.get_model("auth", "Group").objects.get(name=EDITORS_GROUP)
        assert editors.permissions.filter(content_type__app_label="content", codename="change_clinician").exists()
        admin_log = old.get_model("admin", "LogEntry").objects.create(
            user_id=editor.pk,
            content_type_id=before_types["clinician"],
            object_id=str(clinician.pk),
            object_repr="Dr. R. Moved, MD",
            action_flag=1,
        )

        _migrate(leaves)

        from clinic.models import ClinicDetails, Clinician
        from content.models import MedicalReview

        assert ClinicDetails.objects.get(pk=1).name == "Riverside Ketamine Clinic"
        moved = Clinician.objects.get(slug="r-moved")
        assert moved.pk == clinician.pk and moved.display_name == "Dr. R. Moved, MD"
        assert MedicalReview.objects.get(pk=review.pk).reviewer == moved
        assert list(moved.reviews.values_list("pk", flat=True)) == [review.pk]
        # The same content-type rows, renamed: nothing pointing at them had to change.
        assert {model: ContentType.objects.get(app_label="clinic", model=model).pk for model in MOVED} == before_types
        assert not ContentType.objects.filter(app_label="content", model__in=MOVED).exists()
        assert ContentType.objects.get_for_model(Clinician).pk == before_types["clinician"]
        user = get_user_model().objects.get(pk=editor.pk)
        assert user.has_perm("clinic.change_clinician") and user.has_perm("clinic.change_clinicdetails")
        assert not user.has_perm("content.change_clinician")
        from django.contrib.admin.models import LogEntry

        assert LogEntry.objects.get(pk=admin_log.pk).get_edited_object() == moved
    finally:
        _migrate(leaves)


@pytest.mark.django_db(transaction=True)
def test_going_back_gives_the_content_types_back_to_content():
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        call_command("load_sample_content", verbosity=0)
        clinician_type = ContentType.objects.get(app_label="clinic", model="clinician").pk
        old = _migrate(BEFORE)
        types = old.get_model("contenttypes", "ContentType")
        assert types.objects.get(app_label="content", model="clinician").pk == clinician_type
        assert old.get_model("content", "Clinician").objects.count() == 3
    finally:
        _migrate(leaves)
