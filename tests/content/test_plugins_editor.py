"""A content editor adds each of the site's plugins to a draft page and sees it rendered."""

import pytest
from cms.models import CMSPlugin, Page, PageContent
from cms.plugin_pool import plugin_pool
from cms.utils.urlutils import admin_reverse
from django.test import Client
from djangocms_versioning.models import Version

PLUGINS = {
    "FaqItemPlugin": (
        {"question": "Can I bring a friend?", "answer": "Yes.\n\nThey can wait with you."},
        "Can I bring a friend?",
    ),
    "CalloutPlugin": (
        {"tone": "important", "title": "Bring your list", "text": "Bring a list of your medicines."},
        "Bring a list of your medicines.",
    ),
    "SourcesListPlugin": (
        {"title": "Read more", "sources": "NIMH: Depression | https://www.nimh.nih.gov/health/topics/depression"},
        'href="https://www.nimh.nih.gov/health/topics/depression"',
    ),
    "CallToActionPlugin": (
        {"label": "Call the lifeline", "url": "tel:988", "style": "secondary"},
        'href="tel:988">Call the lifeline',
    ),
    "CrisisNoticePlugin": ({"title": "Need help right now?", "intro": "Please reach out."}, "Need help right now?"),
    "ClinicContactPlugin": ({}, "How to reach"),
}


@pytest.fixture
def draft(editor, seeded):
    """A new draft of the FAQ page, as an editor makes with "Edit"."""
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="faq"), language="en")
    return Version.objects.get_for_content(content).copy(editor).content


def _add(client, placeholder, plugin_type, data, parent=None):
    position = CMSPlugin.objects.filter(placeholder=placeholder).count() + 1
    query = (
        f"placeholder_id={placeholder.pk}&plugin_type={plugin_type}&plugin_language=en"
        f"&plugin_position={position}&cms_path=/"
    )
    if parent:
        query += f"&plugin_parent={parent.pk}"
    url = admin_reverse("cms_placeholder_add_plugin") + "?" + query
    assert client.get(url).status_code == 200
    return client.post(url, data)


@pytest.mark.parametrize("plugin_type", PLUGINS)
def test_editor_adds_each_plugin_and_it_renders(editor_client, editor, draft, plugin_type):
    data, expected = PLUGINS[plugin_type]
    placeholder = draft.get_placeholders().get(slot="content")
    response = _add(editor_client, placeholder, plugin_type, data)
    assert response.status_code == 200, response.content.decode()[:2000]
    assert CMSPlugin.objects.filter(placeholder=placeholder, plugin_type=plugin_type).exists()

    Version.objects.get_for_content(draft).publish(editor)
    html = Client().get("/faq/").content.decode()
    assert expected in html


def test_editor_adds_page_cards_on_the_home_page(editor_client, editor, seeded):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="home"), language="en")
    draft = Version.objects.get_for_content(content).copy(editor).content
    placeholder = draft.get_placeholders().get(slot="content")
    assert _add(editor_client, placeholder, "PageTeaserGroupPlugin", {"title": "More to read"}).status_code == 200
    group = CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="PageTeaserGroupPlugin").latest("pk")
    faq = Page.objects.get(reverse_id="faq")
    response = _add(
        editor_client,
        placeholder,
        "PageTeaserPlugin",
        {"page_0": 1, "page_1": faq.pk, "summary": "Answers to common questions."},
        parent=group,
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    Version.objects.get_for_content(draft).publish(editor)
    assert "Answers to common questions." in Client().get("/").content.decode()


def test_each_placeholder_offers_only_the_plugins_that_fit_it(seeded):
    def offered(reverse_id):
        content = PageContent.objects.get(page__reverse_id=reverse_id, language="en")
        return {plugin.__name__ for plugin in plugin_pool.get_all_plugins("content", content)}

    article, home = offered("faq"), offered("home")
    assert set(PLUGINS) | {"PicturePlugin", "TextPlugin"} <= article
    assert "PageTeaserGroupPlugin" not in article and "PageTeaserGroupPlugin" in home


def test_a_second_crisis_notice_on_one_page_is_refused(editor_client, editor, seeded):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="crisis-help"), language="en")
    draft = Version.objects.get_for_content(content).copy(editor).content
    placeholder = draft.get_placeholders().get(slot="content")
    query = f"placeholder_id={placeholder.pk}&plugin_type=CrisisNoticePlugin&plugin_language=en&plugin_position=9"
    response = editor_client.get(admin_reverse("cms_placeholder_add_plugin") + "?" + query)
    assert response.status_code == 400
    assert CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="CrisisNoticePlugin").count() == 1


def test_a_button_needs_a_page_or_a_link(editor_client, draft):
    placeholder = draft.get_placeholders().get(slot="content")
    buttons = CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="CallToActionPlugin")
    before = buttons.count()  # the FAQ already links to the self-checks with two buttons
    response = _add(editor_client, placeholder, "CallToActionPlugin", {"label": "Go", "url": "", "style": "primary"})
    assert "Choose a page of this site or type a link" in response.content.decode()
    assert buttons.count() == before


def test_a_sources_list_refuses_a_line_without_a_link(editor_client, draft):
    placeholder = draft.get_placeholders().get(slot="content")
    response = _add(editor_client, placeholder, "SourcesListPlugin", {"title": "Sources", "sources": "Just a title"})
    assert "Line 1 needs a title" in response.content.decode()
    assert not CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="SourcesListPlugin").exists()


def test_anonymous_visitor_cannot_add_plugins(client, draft):
    placeholder = draft.get_placeholders().get(slot="content")
    query = f"placeholder_id={placeholder.pk}&plugin_type=CalloutPlugin&plugin_language=en&plugin_position=1"
    response = client.post(admin_reverse("cms_placeholder_add_plugin") + "?" + query, {"text": "x", "tone": "note"})
    assert response.status_code in (302, 403)
    assert not CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="CalloutPlugin").exists()
