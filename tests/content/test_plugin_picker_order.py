"""The plugin picker lists Text first: the block editors add most."""

import re

import pytest
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_structure_url
from djangocms_versioning.models import Version


@pytest.mark.parametrize("reverse_id", ["what-to-expect", "home"])
def test_text_is_the_first_plugin_in_the_picker(editor_client, editor, seeded, reverse_id):
    published = PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language="en")
    draft = Version.objects.get_for_content(published).copy(editor).content
    html = editor_client.get(get_object_structure_url(draft)).content.decode()
    picker = html.split('id="cms-plugin-child-classes-', 1)[1]
    names = re.findall(r'data-rel="add"[^>]*href="(\w+)"', picker)
    assert names and names[0] == "TextPlugin", names[:5]
