"""The migration that moves typed reviewer names onto clinician profiles keeps every review's reviewer."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("content", "0002_care_team")
AFTER = ("content", "0003_reviews_name_a_clinician")
SAMPLE_TEXT = "A. Example, MD, Medical Director (sample name)"


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target] if isinstance(target, tuple) else target)
    return MigrationExecutor(connection).loader.project_state([target] if isinstance(target, tuple) else target).apps


@pytest.mark.django_db(transaction=True)
def test_typed_reviewers_become_clinicians_and_dates_and_sources_stay():
    call_command("load_sample_content", verbosity=0)
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = _migrate(BEFORE)  # the typed-name column is back
        reviews = old.get_model("content", "MedicalReview")
        clinicians = old.get_model("content", "Clinician")
        first, *rest = list(reviews.objects.order_by("pk"))
        reviews.objects.update(reviewer=None, reviewed_by=SAMPLE_TEXT)
        reviews.objects.filter(pk=first.pk).update(reviewed_by="Jo Typed, DO")
        clinicians.objects.all().delete()
        before = {r.pk: (r.last_reviewed, r.sources.count()) for r in reviews.objects.all()}

        new = _migrate(AFTER)
        reviews = new.get_model("content", "MedicalReview")
        typed = reviews.objects.select_related("reviewer").get(pk=first.pk)
        assert typed.reviewer.name == "Jo Typed" and typed.reviewer.credentials == "DO"
        assert typed.reviewer.medical_reviewer
        for review in reviews.objects.select_related("reviewer").exclude(pk=first.pk):
            assert review.reviewer.slug == "a-example" and review.reviewer.name == "Dr. A. Example"
            assert review.reviewer.credentials == "MD"
        assert {r.pk: (r.last_reviewed, r.sources.count()) for r in reviews.objects.all()} == before
        assert new.get_model("content", "Clinician").objects.count() == 2
        assert rest  # the sample pages carry several reviews
    finally:
        _migrate(leaves)
