"""Intake reviewers never read page drafts: the CMS's edit, preview and structure views and its
wizard are the content editors' (CMS_PERMISSION is off, so the CMS alone would let any staff in)."""

import pytest
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_preview_url, get_object_structure_url
from djangocms_versioning.models import Version

DRAFT_TEXT = "An unpublished sentence only editors may read."


@pytest.fixture
def draft(seeded, editor):
    from cms.api import add_plugin

    content = PageContent.objects.get(page__reverse_id="faq", language="en")
    draft = Version.objects.get_for_content(content).copy(editor).content
    add_plugin(draft.get_placeholders().get(slot="content"), "TextPlugin", "en", body=f"<p>{DRAFT_TEXT}</p>")
    return draft


@pytest.mark.parametrize("url_of", [get_object_edit_url, get_object_preview_url, get_object_structure_url])
def test_a_reviewer_is_refused_every_draft_view(client, reviewer, draft, url_of):
    client.force_login(reviewer)
    response = client.get(url_of(draft), follow=True)
    assert response.status_code == 403
    assert DRAFT_TEXT not in response.content.decode()
    assert "another staff role" in response.content.decode()


def test_a_reviewer_cannot_open_the_page_wizard(client, reviewer, seeded):
    client.force_login(reviewer)
    assert client.get("/cms_wizard/create/").status_code == 403


def test_an_editor_still_previews_the_draft(client, editor, draft):
    client.force_login(editor)
    response = client.get(get_object_preview_url(draft))
    assert response.status_code == 200
    assert DRAFT_TEXT in response.content.decode()
    assert client.get("/cms_wizard/create/").status_code == 200
