"""A translator proofreads a Spanish draft before publishing: its edit and preview views show
every plugin in Spanish, inside the Spanish chrome (and an English draft stays English)."""

from cms.api import add_plugin, create_page, create_page_content
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_preview_url
from djangocms_versioning.models import Version

from content.seeding import get_seed_user

from ..page_html import PageReader

NEW_WORDS = "Este párrafo nuevo todavía es un borrador."


def _spanish_draft_with_new_text(editor):
    page = Page.objects.get(reverse_id="what-is-ketamine")
    published = PageContent.objects.get(page=page, language="es")
    draft = Version.objects.get_for_content(published).copy(editor).content
    placeholder = draft.get_placeholders().get(slot="content")
    add_plugin(placeholder, "TextPlugin", "es", body=f"<p>{NEW_WORDS}</p>")
    return draft


def _read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return PageReader(response.content.decode())


def test_a_spanish_draft_preview_shows_its_text_in_the_spanish_chrome(editor_client, editor, seeded):
    draft = _spanish_draft_with_new_text(editor)
    for url in (get_object_preview_url(draft, "es"), get_object_edit_url(draft, "es")):
        page = _read(editor_client, url)
        assert NEW_WORDS in page.text, url
        assert "La ketamina es un medicamento creado en 1962." in page.text  # the copied plugins too
        assert page.find("html")[0]["lang"] == "es"
        assert "Saltar al contenido principal" in page.text and "Skip to main content" not in page.text
        assert "Llame a la clínica" in page.text and "Call the clinic" not in page.text
        assert "Revisión médica a cargo de" in page.text and "Medically reviewed by" not in page.text


def test_an_english_draft_stays_english(editor_client, editor, seeded):
    page = Page.objects.get(reverse_id="what-is-ketamine")
    published = PageContent.objects.get(page=page, language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    page_html = _read(editor_client, get_object_preview_url(draft, "en"))
    assert page_html.find("html")[0]["lang"] == "en"
    assert "Skip to main content" in page_html.text and "Saltar al contenido principal" not in page_html.text


def test_a_new_translation_without_its_own_review_shows_no_english_reviewer(editor_client, seeded):
    from .conftest import give_medical_review

    user = get_seed_user()
    page = create_page("Parking", "pages/article.html", "en", slug="parking", created_by=user)
    give_medical_review(PageContent.admin_manager.get(page=page, language="en"))
    spanish = create_page_content("es", "Estacionamiento", page, slug="estacionamiento", created_by=user)
    add_plugin(spanish.get_placeholders().get(slot="content"), "TextPlugin", "es", body="<p>Hay lugar detrás.</p>")

    page_html = _read(editor_client, get_object_preview_url(spanish, "es"))
    assert "Hay lugar detrás." in page_html.text
    assert "Dr. A. Example" not in page_html.text  # the English version's reviewer
