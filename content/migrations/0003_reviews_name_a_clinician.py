"""Move each medical review's typed reviewer name onto a clinician profile.

The sample reviewer line becomes the sample clinician "Dr. A. Example" (the same
row the sample content would create); any other typed name becomes a clinician
of its own (name before the first comma, the rest as credentials), marked as a
medical reviewer, so no review loses its reviewer. Dates and sources stay.
"""

from django.db import migrations
from django.utils.text import slugify

SAMPLE_REVIEWER_TEXT = "A. Example, MD, Medical Director (sample name)"
SAMPLE_CLINICIAN = {
    "slug": "a-example",
    "name": "Dr. A. Example",
    "credentials": "MD",
    "role": "Medical Director (psychiatry)",
    "role_es": "Director médico (psiquiatría)",
    "bio": (
        "A sample profile for a board-certified psychiatrist who leads the clinic's treatment plans and "
        "reviews the medical pages of this website. The clinic replaces it with its own."
    ),
    "bio_es": (
        "Un perfil de ejemplo de un psiquiatra certificado que dirige los planes de tratamiento de la "
        "clínica y revisa las páginas médicas de este sitio. La clínica lo sustituye por el suyo."
    ),
    "languages": "en",
    "medical_reviewer": True,
    "position": 10,
}


def _clinician_for(Clinician, text):
    if text.strip() == SAMPLE_REVIEWER_TEXT:
        fields = dict(SAMPLE_CLINICIAN)
        slug = fields.pop("slug")
        return Clinician.objects.get_or_create(slug=slug, defaults=fields)[0]
    name, _sep, rest = text.partition(",")
    name = name.strip() or text.strip()
    existing = Clinician.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    base = slugify(name)[:70] or "reviewer"
    slug, n = base, 1
    while Clinician.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return Clinician.objects.create(
        slug=slug,
        name=name,
        credentials=rest.strip()[:80],
        role="",
        bio="",
        languages="en",
        medical_reviewer=True,
        position=100,
    )


def forwards(apps, schema_editor):
    MedicalReview = apps.get_model("content", "MedicalReview")
    Clinician = apps.get_model("content", "Clinician")
    for review in MedicalReview.objects.exclude(reviewed_by=""):
        review.reviewer = _clinician_for(Clinician, review.reviewed_by)
        review.save(update_fields=["reviewer"])


def backwards(apps, schema_editor):
    MedicalReview = apps.get_model("content", "MedicalReview")
    for review in MedicalReview.objects.exclude(reviewer=None).select_related("reviewer"):
        review.reviewed_by = f"{review.reviewer.name}, {review.reviewer.credentials}".strip(", ")
        review.save(update_fields=["reviewed_by"])


class Migration(migrations.Migration):
    dependencies = [("content", "0002_care_team")]

    operations = [migrations.RunPython(forwards, backwards)]
