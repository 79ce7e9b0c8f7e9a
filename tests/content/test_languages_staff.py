"""What staff see of the two languages: the report of pages lacking a Spanish version, and the
editable language-assistance notice shown on every page in each language."""

from cms.api import create_page, create_page_content
from cms.models import Page, PageContent
from djangocms_versioning.models import Version

from clinic.models import ClinicDetails
from content.seeding import get_seed_user

from ..page_html import PageReader
from .conftest import give_medical_review

REPORT = "/admin/content/pagetranslation/"


def test_editors_see_which_pages_lack_a_spanish_version(editor_client, seeded):
    user = get_seed_user()
    pages = []
    for title, slug in (("Parking", "parking"), ("Directions", "directions")):
        page = create_page(title, "pages/article.html", "en", slug=slug, created_by=user)
        content = PageContent.admin_manager.get(page=page, language="en")
        give_medical_review(content)  # the editorial checks want one on an article
        Version.objects.get_for_content(content).publish(user)
        pages.append(page)
    english_only, started = pages
    create_page_content("es", "Cómo llegar", started, slug="como-llegar", created_by=user)

    response = editor_client.get(REPORT)
    assert response.status_code == 200
    text = PageReader(response.content.decode()).text
    assert "Parking - Missing" in text
    assert "Directions Cómo llegar Draft only, not published" in text
    assert "What is ketamine? " in text and "Published" in text

    missing = PageReader(editor_client.get(REPORT + "?es=missing").content.decode()).text
    assert "Parking" in missing
    assert "Directions" not in missing and "What is ketamine?" not in missing
    drafts = PageReader(editor_client.get(REPORT + "?es=draft").content.decode()).text
    assert "Directions" in drafts and "Parking" not in drafts


def test_the_report_is_for_staff_only(client, reviewer, seeded):
    assert client.get(REPORT).status_code == 302  # to the login page
    client.force_login(reviewer)
    assert client.get(REPORT).status_code == 403


def _notices(client, path):
    response = client.get(path)
    assert response.status_code == 200
    reader = PageReader(response.content.decode())
    return {p.get("lang"): p for p in reader.find("p") if p.get("lang")}, reader.text


def test_every_page_carries_the_language_assistance_notice_with_the_clinic_phone(client, seeded):
    for page in Page.objects.filter(reverse_id__isnull=False):
        for language in ("en", "es"):
            path = page.get_absolute_url(language)
            notices, text = _notices(client, path)
            assert "es" in notices, path
            assert "Ayuda con el idioma sin costo" in text, path
            assert "555-0100" in text
            if language == "en":
                assert "Language help is free." in text
            else:
                assert "Language help is free." not in text  # no English under /es/


def test_staff_edit_the_notice_and_every_page_shows_it(client, seeded):
    client.get("/es/")  # cached with the old words
    details = ClinicDetails.objects.get()
    details.phone = "555-0199"
    details.language_assistance_es = "Le ayudamos gratis en español: llame al {phone}."
    details.save()
    _notices_es, text = _notices(client, "/es/")
    assert "Le ayudamos gratis en español: llame al 555-0199" in text
    response = client.get("/es/")
    assert 'href="tel:5550199"' in response.content.decode()
