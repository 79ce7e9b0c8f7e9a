"""Every "Unpublish" asks first: the page tree's status menu opens the confirmation, a post that did
not come from it unpublishes nothing, and the confirmation offers to unpublish the other languages,
naming the pages that link there."""

import re

from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.test import Client
from djangocms_versioning.models import Version

from ..page_html import PageReader


def _version(reverse_id, language="en"):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id=reverse_id), language=language)
    return Version.objects.get_for_content(content)


def _unpublish_url(version):
    return admin_reverse("djangocms_versioning_pagecontentversion_unpublish", args=[version.pk])


def _state(version):
    return Version.objects.get(pk=version.pk).state


def test_a_post_that_skipped_the_confirmation_unpublishes_nothing(editor_client, seeded):
    version = _version("faq")
    response = editor_client.post(_unpublish_url(version))  # what the page tree's menu used to send
    assert response.status_code == 303 and response["Location"] == _unpublish_url(version)
    assert _state(version) == "published"
    assert Client().get("/faq/").status_code == 200
    confirmation = PageReader(editor_client.get(response["Location"]).content.decode()).text
    assert "Are you sure you want to unpublish?" in confirmation


def test_the_confirmation_offers_the_other_language_with_its_linking_pages(editor_client, seeded):
    text = PageReader(editor_client.get(_unpublish_url(_version("contact"))).content.decode()).text
    assert "link to this page with a card or a button" in text  # English linking pages
    spanish_title = PageContent.objects.get(page__reverse_id="contact", language="es").title
    assert f"Also unpublish the Español version, “{spanish_title}”" in text
    spanish_home = PageContent.objects.get(page__reverse_id="home", language="es").title
    assert f"“{spanish_home}”" in text.split("Also unpublish the Español version", 1)[1]


def test_confirming_unpublishes_this_language_only_unless_another_is_ticked(editor_client, seeded):
    english, spanish = _version("faq"), _version("faq", "es")
    response = editor_client.post(_unpublish_url(english), {"confirmed": "yes"})
    assert response.status_code == 302
    assert _state(english) == "unpublished" and _state(spanish) == "published"

    english, spanish = _version("costs"), _version("costs", "es")
    editor_client.post(_unpublish_url(english), {"confirmed": "yes", "also_unpublish": ["es"]})
    assert _state(english) == "unpublished" and _state(spanish) == "unpublished"
    assert Client().get(Page.objects.get(reverse_id="costs").get_absolute_url("es")).status_code in (302, 404)


def test_the_page_tree_status_menu_opens_the_confirmation(editor_client, seeded):
    html = editor_client.get(admin_reverse("cms_pagecontent_get_tree") + "?language=en").content.decode()
    links = re.findall(r'<a href="([^"]*/unpublish/)"([^>]*)>', html)
    assert len(links) >= 10, "an Unpublish item for each published page"
    for _href, attributes in links:
        assert "js-cms-tree-lang-trigger" not in attributes  # a plain link to the confirmation, not a post
        assert 'target="_top"' in attributes


def test_the_confirmation_has_the_admins_header_links_and_a_way_back(editor_client, editor, seeded):
    version = _version("faq")
    page = PageReader(editor_client.get(_unpublish_url(version)).content.decode())
    assert "Clinic website administration" in page.text and "Django administration" not in page.text
    assert f"Welcome, {editor.username}" in page.text.replace("WELCOME", "Welcome")
    links = {link.get("href") for link in page.find("a")}
    assert "/admin/" in links
    assert f"Home › {version.content} › Unpublish Confirmation" in page.text
