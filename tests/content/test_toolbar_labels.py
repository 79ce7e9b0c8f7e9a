"""The toolbar's Page menu items read "Medical review (...)..." and "Article details (...)...", not "…..."
(the CMS adds the three dots itself), in the draft's language."""

import pytest
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_edit_url
from djangocms_versioning.models import Version


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Medical review (reviewer, date, sources)...", "Article details (date, summary, topics, related)..."]),
        (
            "es",
            [
                "Revisión médica (revisor, fecha, fuentes)...",
                "Datos del artículo (fecha, resumen, temas, relacionados)...",
            ],
        ),
    ],
)
def test_page_menu_labels_end_in_three_dots(editor_client, editor, seeded, language, labels):
    published = PageContent.objects.get(page=Page.objects.get(reverse_id="what-is-ketamine"), language=language)
    draft = Version.objects.get_for_content(published).copy(editor).content
    html = editor_client.get(get_object_edit_url(draft, language)).content.decode()
    for label in labels:
        assert label in html
    assert "…..." not in html and "......" not in html
