"""A page an editor adds under Home gets the article template and shows in the menu once published."""

import re

from cms.models import Page, PageContent
from cms.utils.urlutils import admin_reverse

from ..page_html import PageReader


def _top_level_menu_links(html):
    """The links directly in the desktop menu's list (not in a sub-list)."""
    start = html.index('class="menu-desktop"')
    menu = html[start : html.index("</nav>", start)]
    depth, links = 0, []
    for closing, tag, href in re.findall(r'<(/?)(ul|a)\b(?:[^>]*?href="([^"]*)")?[^>]*>', menu):
        if tag == "ul":
            depth += -1 if closing else 1
        elif not closing and depth == 1:
            links.append(href)
    return links


def test_the_add_form_says_which_template_the_page_gets(editor_client, seeded):
    home = Page.objects.get(reverse_id="home")
    response = editor_client.get(admin_reverse("cms_pagecontent_add") + f"?language=en&parent_page={home.pk}")
    assert response.status_code == 200
    assert "This page will use the <strong>Article</strong> template" in response.content.decode()


def test_a_page_added_under_home_is_an_article_in_the_menu(client, editor_client, seeded, add_page, publish):
    home = Page.objects.get(reverse_id="home")
    page = add_page("Parking and directions", "parking", parent=home)

    content = PageContent.admin_manager.get(page=page, language="en")
    assert content.template == "pages/article.html"
    assert page.parent_id == home.pk
    # Not published yet: not in the menu.
    assert "/parking/" not in client.get("/").content.decode()

    publish(page)
    response = client.get("/parking/")
    assert response.status_code == 200
    reader = PageReader(response.content.decode())
    assert reader.h1 == ["Parking and directions"]  # the article's heading, not the home page's
    home_html = client.get("/").content.decode()
    assert "/parking/" in _top_level_menu_links(home_html)
    # Beside the other top-level items (What is ketamine? now sits in the "About ketamine" group).
    assert "/contact/" in _top_level_menu_links(home_html)


def test_a_deeper_page_is_in_the_mobile_sub_list_and_on_its_section_page(
    client, editor_client, seeded, add_page, publish
):
    section = Page.objects.get(reverse_id="what-to-expect")
    page = add_page("Your first visit", "first-visit", parent=section)
    publish(page)

    html = client.get("/").content.decode()
    assert "/what-to-expect/first-visit/" not in _top_level_menu_links(html)
    mobile = html[html.index('class="menu-mobile"') : html.index('class="menu-desktop"')]
    assert '<ul class="submenu">' in mobile and 'href="/what-to-expect/first-visit/"' in mobile

    section_html = client.get("/what-to-expect/").content.decode()
    reader = PageReader(section_html)
    assert "In this section" in reader.text
    assert reader.find("a", href="/what-to-expect/first-visit/")
