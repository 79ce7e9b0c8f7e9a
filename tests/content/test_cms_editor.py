"""A content editor can open the CMS page tree and an edit view; anonymous visitors cannot."""

import pytest
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_edit_url


def test_page_tree_loads_for_editor(editor_client, seeded):
    response = editor_client.get("/admin/cms/pagecontent/")
    assert response.status_code == 200
    tree = editor_client.get("/admin/cms/pagecontent/get-tree/")
    assert tree.status_code == 200
    assert "What is ketamine?" in tree.content.decode()


def test_editor_can_open_a_published_page_from_the_toolbar(editor_client, seeded):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="what-is-ketamine"), language="en")
    # A published version is not editable in place: the CMS shows its preview with an "Edit" button.
    response = editor_client.get(get_object_edit_url(content), follow=True)
    assert response.status_code == 200
    assert "first made in 1962" in response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login(client, seeded):
    response = client.get("/admin/cms/pagecontent/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
