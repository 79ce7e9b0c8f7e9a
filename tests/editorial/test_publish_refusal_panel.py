"""A refused publish from the toolbar keeps the editor in edit mode, with a panel naming the rule,
the words and the reason, that stays until the editor dismisses it."""

from cms.toolbar.utils import get_object_edit_url, get_object_preview_url

from ..page_html import PageReader
from .conftest import add_text, publish_url, version_of

DISMISS = "/admin/editorial/contenthealth/refusal/dismiss/"


def _panel(response):
    html = response.content.decode()
    if 'class="editorial-refusal"' not in html:
        return None
    return PageReader(html.split('class="editorial-refusal"', 1)[1].split("</section>", 1)[0]).text


def test_a_refused_publish_reopens_the_draft_in_edit_mode_with_the_reason(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    response = editor_client.post(publish_url(draft))
    assert response.status_code == 302
    assert response["Location"] == get_object_edit_url(draft)
    assert version_of(draft).state == "draft"

    page = editor_client.get(response["Location"])
    panel = _panel(page)
    assert panel is not None
    assert "Not published" in panel
    assert "Over-claim : cures (in Text)." in panel
    assert "<mark>cures</mark>" in page.content.decode()  # the words stand out
    assert "No treatment can promise this." in panel


def test_the_panel_stays_until_dismissed(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    editor_client.post(publish_url(draft))
    edit_url = get_object_edit_url(draft)
    assert _panel(editor_client.get(edit_url)) is not None
    assert _panel(editor_client.get(get_object_preview_url(draft))) is not None  # and in preview
    assert _panel(editor_client.get(edit_url)) is not None  # drawn again: it does not fade

    response = editor_client.post(DISMISS, {"next": edit_url})
    assert response.status_code == 302 and response["Location"] == edit_url
    assert _panel(editor_client.get(edit_url)) is None


def test_once_fixed_the_panel_says_so(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    plugin = add_text(draft, "<p>Ketamine cures depression.</p>")
    editor_client.post(publish_url(draft))
    plugin.delete()
    panel = _panel(editor_client.get(get_object_edit_url(draft)))
    assert "Nothing in this draft stops a publish any more." in panel
    assert "cures" not in panel


def test_the_panel_is_only_over_the_refused_draft(editor_client, new_draft):
    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    editor_client.post(publish_url(draft))
    other = new_draft("faq")
    assert _panel(editor_client.get(get_object_edit_url(other))) is None


def test_a_publish_from_the_versions_list_goes_back_where_it_asked(editor_client, new_draft):
    from urllib.parse import urlencode

    from djangocms_versioning.helpers import version_list_url

    draft = new_draft("what-to-expect")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    back = version_list_url(draft)
    response = editor_client.post(publish_url(draft) + "?" + urlencode({"next": back}))
    assert response["Location"] == back


def test_a_dismiss_never_sends_the_editor_off_site(editor_client, seeded):
    response = editor_client.post(DISMISS, {"next": "https://elsewhere.example/"})
    assert response["Location"] == "/admin/editorial/contenthealth/"
    assert editor_client.get(DISMISS).status_code == 405
