"""A card or button whose page is not published is left out, never a dead link; unpublishing says who links there."""

import pytest
from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.test import Client
from djangocms_versioning.models import Version

from content.selectors import published_pages

from ..page_html import PageReader

CONFIRMED = {"confirmed": "yes"}  # what the confirmation's "Yes, I'm sure" posts


@pytest.fixture
def visitor():
    return Client()


def _unpublish_url(reverse_id):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language="en")
    version = Version.objects.get_for_content(content)
    return admin_reverse("djangocms_versioning_pagecontentversion_unpublish", args=[version.pk])


def _every_published_page(visitor):
    return {c.page.reverse_id: visitor.get(c.page.get_absolute_url("en")) for c in published_pages()}


def test_unpublishing_a_linked_page_asks_first_naming_the_linking_pages(editor_client, seeded):
    confirmation = editor_client.get(_unpublish_url("contact"))
    assert confirmation.status_code == 200
    text = PageReader(confirmation.content.decode()).text
    linking = ("home", "is-it-right-for-me", "costs")
    titles = [PageContent.objects.get(page__reverse_id=r, language="en").title for r in linking]
    assert f"link to this page with a card or a button: {', '.join(f'“{t}”' for t in titles)}." in text
    assert "will disappear from the site until this page is published again" in text


def test_a_card_for_an_unpublished_page_is_not_rendered(visitor, editor_client, seeded):
    home = visitor.get("/").content.decode()  # cached with the card
    assert PageReader(home).find("a", href="/faq/")

    assert editor_client.post(_unpublish_url("faq"), CONFIRMED).status_code == 302

    html = visitor.get("/").content.decode()
    reader = PageReader(html)
    assert not reader.find("a", href="/faq/")
    assert "Cost, number of sessions" not in html  # the whole card, summary too
    assert reader.find("a", href="/what-is-ketamine/")  # the other cards stay
    assert "<li></li>" not in "".join(html.split())


def test_a_button_to_an_unpublished_page_is_not_rendered_and_no_page_says_href_none(visitor, editor_client, seeded):
    assert editor_client.post(_unpublish_url("contact"), CONFIRMED).status_code == 302

    pages = _every_published_page(visitor)
    assert "contact" not in pages
    for reverse_id, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200, reverse_id
        assert 'href="None"' not in html and 'href=""' not in html, reverse_id
        assert "Request a consultation</a>" not in html, reverse_id


def test_the_editor_still_sees_where_the_hidden_card_was(editor_client, seeded, editor):
    from cms.toolbar.utils import get_object_edit_url

    assert editor_client.post(_unpublish_url("faq"), CONFIRMED).status_code == 302
    home = PageContent.objects.get(page=Page.objects.get(reverse_id="home"), language="en")
    draft = Version.objects.get_for_content(home).copy(editor).content
    html = editor_client.get(get_object_edit_url(draft)).content.decode()
    assert "is hidden on the site: its page is not published" in html
