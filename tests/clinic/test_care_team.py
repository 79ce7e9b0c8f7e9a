"""An editor adds a clinician: the care-team page lists them, a page's review names and links them, JSON-LD too."""

import pytest
from cms.models import Page, PageContent
from django.conf import settings
from django.test import Client
from djangocms_versioning.models import Version

from clinic.models import Clinician
from content.models import MedicalReview
from content.seeding import get_seed_user, sample_portrait
from tests.page_html import PageReader


def _clinician_form(**overrides):
    data = {
        "name": "Dr. D. Newcomer",
        "credentials": "DO, FAPA",
        "role": "Consulting psychiatrist",
        "role_es": "Psiquiatra consultora",
        "bio": "A sample profile added in a test.",
        "bio_es": "",
        "languages": ["en", "es"],
        "slug": "d-newcomer",
        "photo": "",
        "photo_alt": "",
        "medical_reviewer": "on",
        "is_listed": "on",
        "position": "5",
    }
    data.update(overrides)
    return data


def test_the_sample_care_team_page_lists_the_clinicians_with_portraits_and_languages(client, seeded):
    html = client.get("/care-team/").content.decode()
    page = PageReader(html)
    for clinician in Clinician.objects.all():
        assert page.find("li", id=clinician.anchor), clinician.slug
        assert clinician.name in html and clinician.local_role in html
    assert "English, Spanish" in page.text  # B. Sample speaks Spanish
    portraits = page.find("img", alt="Placeholder portrait of B. Sample: a drawn silhouette, not a photo")
    assert portraits and portraits[0]["src"].startswith("/media/")


def test_an_editor_adds_a_clinician_who_appears_on_the_team_page_and_as_a_reviewer(editor_client, editor, seeded):
    visitor = Client()
    visitor.get("/care-team/")  # cached now: the save below must clear it
    response = editor_client.post("/admin/clinic/clinician/add/", _clinician_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    clinician = Clinician.objects.get(slug="d-newcomer")
    assert clinician.language_codes == ["en", "es"]

    team = PageReader(visitor.get("/care-team/").content.decode())
    assert team.find("li", id="clinician-d-newcomer")
    assert "Dr. D. Newcomer" in team.text and "Consulting psychiatrist" in team.text

    # The editor names them as the reviewer of a new draft of a page, then publishes it.
    published = PageContent.objects.get(page=Page.objects.get(reverse_id="benefits-and-risks"), language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    review = MedicalReview.objects.get(extended_object=draft)
    sources = list(review.sources.all())
    data = {
        "reviewer": clinician.pk,
        "last_reviewed": "2026-11-25",
        "sources-TOTAL_FORMS": str(len(sources)),
        "sources-INITIAL_FORMS": str(len(sources)),
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
    }
    for i, source in enumerate(sources):
        data.update(
            {
                f"sources-{i}-id": source.pk,
                f"sources-{i}-review": review.pk,
                f"sources-{i}-title": source.title,
                f"sources-{i}-url": source.url,
                f"sources-{i}-position": source.position,
            }
        )
    assert editor_client.post(f"/admin/content/medicalreview/{review.pk}/change/", data).status_code == 302
    Version.objects.get_for_content(draft).publish(editor)

    html = visitor.get("/benefits-and-risks/").content.decode()
    assert 'Medically reviewed by <a href="/care-team/#clinician-d-newcomer">Dr. D. Newcomer, DO, FAPA</a>.' in html
    page = PageReader(html)
    reviewed_by = page.json_ld_node("MedicalWebPage")["reviewedBy"]
    assert reviewed_by["@type"] == "Person"
    assert reviewed_by["name"] == "Dr. D. Newcomer"
    assert reviewed_by["honorificSuffix"] == "DO, FAPA"
    assert [c["name"] for c in reviewed_by["hasCredential"]] == ["DO", "FAPA"]
    assert reviewed_by["url"] == settings.SITE_URL + "/care-team/#clinician-d-newcomer"
    # The clinic lists its clinicians.
    staff = page.json_ld_node("MedicalClinic")["employee"]
    assert "Dr. D. Newcomer" in [person["name"] for person in staff]


def test_only_clinicians_in_medical_review_can_be_chosen_as_reviewer(editor_client, editor, seeded):
    published = PageContent.objects.get(page=Page.objects.get(reverse_id="faq"), language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    review = MedicalReview.objects.get(extended_object=draft)
    html = editor_client.get(f"/admin/content/medicalreview/{review.pk}/change/").content.decode()
    assert "Dr. A. Example, MD" in html and "B. Sample, PMHNP-BC" in html
    assert "C. Placeholder" not in html  # not in medical review


def test_a_photo_needs_alt_text(editor_client, seeded):
    photo = sample_portrait(get_seed_user(), "test", "sky")
    response = editor_client.post("/admin/clinic/clinician/add/", _clinician_form(photo=photo.pk))
    assert response.status_code == 200
    assert "Describe the photo for people who cannot see it." in response.content.decode()
    assert not Clinician.objects.filter(slug="d-newcomer").exists()


@pytest.mark.parametrize("group", ["reviewer"])
def test_only_content_editors_edit_the_care_team(client, request, seeded, group):
    client.force_login(request.getfixturevalue(group))
    assert client.get("/admin/clinic/clinician/").status_code == 403
