"""The main menu in groups (issue 24): About ketamine, Your visit, then Costs, Contact and Crisis
help and Articles as items, so the desktop menu stays on one line; the phone menu lists every page under its
group's heading (two taps from any page to Costs, Preparing or Getting here)."""

import re

import pytest

from content.cms_menus import MENU_GROUPS

TOP_LEVEL = {
    "en": ["Home", "About ketamine", "Your visit", "Costs", "Contact", "Crisis help", "Articles"],
    "es": ["Inicio", "Sobre la ketamina", "Su visita", "Costos", "Contacto", "Ayuda en crisis", "Artículos"],
}


def _desktop_menu(html):
    start = html.index('<nav class="menu-desktop"')
    return html[start : html.index("</nav>", start)]


def _mobile_menu(html):
    start = html.index('<details class="menu-mobile">')
    return html[start : html.index("</details>", start)]


def _top_level(menu):
    """The labels of the desktop menu's top level: groups' summaries and plain items, in order."""
    depth, labels = 0, []
    for match in re.finditer(r"<(/?)(ul|summary)[^>]*>|<a [^>]*>([^<]*)</a>", menu):
        closing, tag, link_text = match.groups()
        if tag == "ul":
            depth += -1 if closing else 1
        elif tag == "summary" and not closing:
            labels.append(menu[match.end() : menu.index("</summary>", match.end())])
        elif link_text is not None and depth == 1:
            labels.append(link_text)
    return labels


@pytest.mark.parametrize(("language", "home"), [("en", "/"), ("es", "/es/")])
def test_the_desktop_menu_has_seven_items_with_two_groups(client, seeded, language, home):
    menu = _desktop_menu(client.get(home).content.decode())
    assert _top_level(menu) == TOP_LEVEL[language]
    assert menu.count("<details data-menu-group>") == 2


@pytest.mark.parametrize(("language", "path"), [("en", "/preparing/"), ("es", "/es/prepararse/")])
def test_the_group_of_the_current_page_is_marked(client, seeded, language, path):
    menu = _desktop_menu(client.get(path).content.decode())
    group = re.search(r'<li class="menu-group ancestor"><details data-menu-group>\s*<summary>([^<]+)', menu)
    assert group and group.group(1) == TOP_LEVEL[language][2]
    assert f'<a href="{path}" aria-current="page">' in menu


@pytest.mark.parametrize(("language", "home"), [("en", "/"), ("es", "/es/")])
def test_the_phone_menu_shows_every_page_under_its_group(client, seeded, language, home):
    menu = _mobile_menu(client.get(home).content.decode())
    assert "<details data-menu-group>" not in menu  # one tap opens the menu, the next is the page
    for label in TOP_LEVEL[language][1:3]:
        assert f'<span class="menu-group-title">{label}</span>' in menu
    costs, preparing, visiting = {
        "en": ("/costs/", "/preparing/", "/visiting/"),
        "es": ("/es/costos/", "/es/prepararse/", "/es/como-llegar-a-la-clinica/"),
    }[language]
    for href in (costs, preparing, visiting):
        assert f'href="{href}"' in menu, href


def test_the_groups_name_sample_pages():
    from content.sample_loader import PAGES

    reverse_ids = {spec["reverse_id"] for spec in PAGES if spec.get("in_navigation", True)}
    for _key, _label, members in MENU_GROUPS:
        assert set(members) <= reverse_ids
