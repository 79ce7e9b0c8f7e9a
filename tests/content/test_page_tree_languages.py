"""The page tree shows each page's state in every language (a Languages column), not only the
language the tree is showing."""

import re

from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from djangocms_versioning.models import Version


def _languages_cell(html, page):
    row = html.split(f'data-id="{page.pk}"', 1)[1]
    return re.search(r"data-collanguages='(.*?)'", row, re.S).group(1)


def test_each_language_state_is_in_the_tree(editor_client, editor, seeded):
    faq = Page.objects.get(reverse_id="faq")
    Version.objects.get_for_content(PageContent.objects.get(page=faq, language="es")).unpublish(editor)

    tree = editor_client.get(admin_reverse("cms_pagecontent_get_tree") + "?language=en").content.decode()
    cell = _languages_cell(tree, faq)
    assert "EN: Published" in cell and "cms-pagetree-node-state-published" in cell
    assert "ES: Unpublished" in cell and "cms-pagetree-node-state-unpublished" in cell

    home = _languages_cell(tree, Page.objects.get(reverse_id="home"))
    assert "EN: Published" in home and "ES: Published" in home


def test_the_tree_has_a_languages_column(editor_client, seeded):
    html = editor_client.get(admin_reverse("cms_pagecontent_changelist") + "?language=en").content.decode()
    assert '"key": "languages"' in html and '"title": "Languages"' in html
