"""Seeding publishes each page spec's Spanish version as its own PageContent, once; and an editor
publishes a Spanish change without touching the English page."""

import pytest
from cms.models import Page, PageContent
from django.contrib.auth.models import Group
from django.test import Client
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from content.models import MedicalReview
from content.sample_loader import PAGES, REVIEWED_ON, REVIEWER
from content.seeding import get_seed_user, seed_pages

from ..page_html import PageReader

pytestmark = pytest.mark.django_db

# The editorial checks publish an article only with a medical review and sources.
REVIEW = {
    "reviewer": REVIEWER,
    "last_reviewed": REVIEWED_ON,
    "sources": [("NIMH: Depression", "https://www.nimh.nih.gov/health/topics/depression")],
}


def _counts():
    return (Page.objects.count(), PageContent.admin_manager.count(), Version.objects.count(), Group.objects.count())


def _text(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return PageReader(response.content.decode()).text


def test_each_translation_is_published_with_its_own_medical_review(seeded):
    for spec in PAGES:
        spanish = spec["translations"]["es"]
        content = PageContent.objects.get(page__reverse_id=spec["reverse_id"], language="es")
        assert Version.objects.get_for_content(content).state == PUBLISHED
        assert content.title == spanish["title"]
        assert (content.menu_title or "") == (spanish.get("menu_title") or "")
        assert content.meta_description == spanish["meta_description"]
        assert (
            content.page.get_absolute_url("es")
            .rstrip("/")
            .endswith("" if spec["reverse_id"] == "home" else spanish["slug"])
        )
        assert content.in_navigation == spec.get("in_navigation", True)
        review = MedicalReview.objects.filter(extended_object=content).first()
        if spanish.get("review"):
            english_review = MedicalReview.objects.get(
                extended_object=PageContent.objects.get(page=content.page, language="en")
            )
            assert review.pk != english_review.pk
            assert review.reviewer.slug == spanish["review"]["reviewer"]
            assert [s.title for s in review.sources.all()] == [t for t, _u in spanish["review"]["sources"]]
        else:
            assert review is None


def test_seeding_again_changes_nothing(seeded):
    before = _counts()
    assert seed_pages(PAGES) == []
    assert _counts() == before


def test_a_translation_added_to_an_existing_page_is_published_on_the_next_run(client, seeded):
    spec = {
        "reverse_id": "parking",
        "title": "Parking",
        "slug": "parking",
        "template": "pages/article.html",
        "sections": [("TextPlugin", {"body": "<p>Park behind the building.</p>"})],
        "review": REVIEW,
    }
    assert seed_pages([spec]) == ["parking"]
    assert client.get("/es/parking/").status_code == 302  # no Spanish version yet: off to the English page
    spec["translations"] = {
        "es": {
            "title": "Estacionamiento",
            "slug": "estacionamiento",
            "sections": [("TextPlugin", {"body": "<p>Estacione detrás del edificio.</p>"})],
            "review": REVIEW,
        }
    }
    assert seed_pages([spec]) == ["parking (es)"]
    assert "Estacione detrás del edificio." in _text(client, "/es/estacionamiento/")
    assert "Park behind the building." in _text(client, "/parking/")


def test_seeding_never_overwrites_a_spanish_page_staff_edited(client, seeded):
    content = PageContent.objects.get(page__reverse_id="what-is-ketamine", language="es")
    user = get_seed_user()
    draft = Version.objects.get_for_content(content).copy(user)
    draft.content.title = "Título cambiado por el personal"
    draft.content.save()
    draft.publish(user)
    # Even a Spanish version staff only started (a draft) is theirs: seeding leaves it.
    started = Page.objects.get(reverse_id="faq")
    faq_es = PageContent.objects.get(page=started, language="es")
    Version.objects.get_for_content(faq_es).unpublish(user)

    assert seed_pages(PAGES) == []

    path = content.page.get_absolute_url("es")
    assert "Título cambiado por el personal" in _text(client, path)
    assert not PageContent.objects.filter(page=started, language="es").exists()


def _drafts(page, language):
    contents = PageContent.admin_manager.filter(page=page, language=language).values("pk")
    return Version.objects.filter(state="draft", object_id__in=contents, content_type__model="pagecontent")


def test_an_editor_publishes_a_spanish_change_and_the_english_page_stays_as_it_was(editor_client, seeded):
    visitor = Client()  # anonymous, apart from the editor's logged-in client
    page = Page.objects.get(reverse_id="what-is-ketamine")
    english_path, spanish_path = page.get_absolute_url("en"), page.get_absolute_url("es")
    english_before = visitor.get(english_path).content
    english_version = Version.objects.get_for_content(PageContent.objects.get(page=page, language="en"))
    spanish_version = Version.objects.get_for_content(PageContent.objects.get(page=page, language="es"))

    # "Edit" on the Spanish page makes a Spanish draft (the admin's edit-redirect, as the toolbar does).
    response = editor_client.post(f"/admin/djangocms_versioning/pagecontentversion/{spanish_version.pk}/edit-redirect/")
    assert response.status_code == 302
    draft = _drafts(page, "es").get()
    text = draft.content.get_placeholders().get(slot="content").get_plugins("es").first().get_bound_plugin()
    text.body = "<p>Texto nuevo revisado por el equipo de la clínica.</p>"
    text.save()
    # The English page has no draft: only the Spanish one exists.
    assert not _drafts(page, "en").exists()

    response = editor_client.post(f"/admin/djangocms_versioning/pagecontentversion/{draft.pk}/publish/")
    assert response.status_code == 302

    assert "Texto nuevo revisado por el equipo de la clínica." in _text(visitor, spanish_path)
    assert visitor.get(english_path).content == english_before
    assert Version.objects.get(pk=english_version.pk).state == PUBLISHED
