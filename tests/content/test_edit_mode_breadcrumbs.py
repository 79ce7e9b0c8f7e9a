"""In edit mode and preview, the breadcrumbs still start at Home (in the draft's language), as on the live page."""

import re

import pytest
from cms.models import Page, PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_preview_url
from djangocms_versioning.models import Version

from ..page_html import PageReader


def _crumbs(html):
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    reader = PageReader(nav)
    return [a.get("href") for a in reader.find("a")], reader.text


@pytest.mark.parametrize(("language", "home", "home_url"), [("en", "Home", "/"), ("es", "Inicio", "/es/")])
def test_a_drafts_breadcrumbs_start_at_home(editor_client, editor, seeded, language, home, home_url):
    published = PageContent.objects.get(page=Page.objects.get(reverse_id="what-is-ketamine"), language=language)
    draft = Version.objects.get_for_content(published).copy(editor).content
    for url in (get_object_edit_url(draft, language), get_object_preview_url(draft, language)):
        links, text = _crumbs(editor_client.get(url).content.decode())
        assert links[0] == home_url, url
        assert text.startswith(home) and text.endswith(published.menu_title or published.title), text


def test_the_live_page_has_home_once(client, seeded):
    links, text = _crumbs(client.get("/what-is-ketamine/").content.decode())
    assert links == ["/"] and text.count("Home") == 1
