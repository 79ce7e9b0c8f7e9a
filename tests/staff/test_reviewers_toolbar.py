"""An intake reviewer on the site sees no page-editing tools in the CMS toolbar (they would only be
refused); an editor keeps them."""

import re


def _toolbar_text(client):
    html = client.get("/what-is-ketamine/").content.decode()
    assert 'class="cms-toolbar"' in html
    toolbar = html.split('class="cms-toolbar"', 1)[1].split("</div>\n    {# end", 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", toolbar.split('class="crisis-strip"', 1)[0]).split())


def test_a_reviewer_sees_no_create_page_or_page_menu(client, reviewer, seeded):
    client.force_login(reviewer)
    text = _toolbar_text(client)
    for words in ("Create Page", "New Page", "Page settings", "Delete page", "Create", "Version #"):
        assert words not in text, words
    assert "Logout reviewer" in text  # the site menu stays


def test_an_editor_keeps_them(client, editor, seeded):
    client.force_login(editor)
    text = _toolbar_text(client)
    assert "Create Page" in text and "Page settings" in text and "Create" in text
