"""Each page version carries its own medical review; editors change it and the page follows."""

from cms.models import Page, PageContent
from django.test import Client
from djangocms_versioning.models import Version

from clinic.models import Clinician
from content.models import MedicalReview


def _published(reverse_id):
    return PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language="en")


def test_a_new_draft_gets_its_own_copy_of_the_review_and_sources(editor, seeded):
    published = _published("how-it-works")
    original = MedicalReview.objects.get(extended_object=published)
    draft = Version.objects.get_for_content(published).copy(editor).content
    copy = MedicalReview.objects.get(extended_object=draft)
    assert copy.pk != original.pk
    assert copy.reviewer == original.reviewer and copy.last_reviewed == original.last_reviewed
    assert [(s.title, s.url) for s in copy.sources.all()] == [(s.title, s.url) for s in original.sources.all()]
    assert not set(copy.sources.values_list("pk", flat=True)) & set(original.sources.values_list("pk", flat=True))


def test_editor_changes_the_review_of_a_draft_and_visitors_see_it_after_publishing(editor_client, editor, seeded):
    visitor = Client()
    assert "Dr. A. Example, MD" in visitor.get("/how-it-works/").content.decode()
    other = Clinician.objects.get(slug="b-sample")
    draft = Version.objects.get_for_content(_published("how-it-works")).copy(editor).content
    review = MedicalReview.objects.get(extended_object=draft)
    source = review.sources.first()
    data = {
        "reviewer": other.pk,
        "last_reviewed": "2026-11-20",
        "sources-TOTAL_FORMS": "2",
        "sources-INITIAL_FORMS": "1",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "sources-0-id": source.pk,
        "sources-0-review": review.pk,
        "sources-0-title": source.title,
        "sources-0-url": source.url,
        "sources-0-position": "0",
        "sources-1-review": review.pk,
        "sources-1-title": "NIMH: Depression basics",
        "sources-1-url": "https://www.nimh.nih.gov/health/topics/depression",
        "sources-1-position": "5",
    }
    response = editor_client.post(f"/admin/content/medicalreview/{review.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]

    assert "B. Sample, PMHNP-BC</a>" not in visitor.get("/how-it-works/").content.decode()  # still published
    Version.objects.get_for_content(draft).publish(editor)
    html = visitor.get("/how-it-works/").content.decode()
    assert 'Medically reviewed by <a href="/care-team/#clinician-b-sample">B. Sample, PMHNP-BC</a>.' in html
    assert 'datetime="2026-11-20"' in html
    assert "NIMH: Depression basics" in html
    assert '"lastReviewed": "2026-11-20"' in html


def test_a_page_without_a_review_shows_no_review_line(client, seeded):
    html = client.get("/privacy/").content.decode()
    assert "Medically reviewed by" not in html
    assert '"@type": "WebPage"' in html
