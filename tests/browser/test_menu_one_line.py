"""The desktop menu stays on one line at 1280 px, in both languages; on a phone, Costs, Preparing and
Getting here are two taps from the home page (issue 24). axe checks the menu with a group open."""

import pytest
from playwright.sync_api import expect

from .helpers import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LABELS = {
    "en": ("About ketamine", "Your visit", ("Costs", "Preparing", "Getting here")),
    "es": ("Sobre la ketamina", "Su visita", ("Costos", "Prepararse", "Cómo llegar")),
}
HOME = {"en": "/", "es": "/es/"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_desktop_menu_is_one_line_at_1280(site, desktop, language):
    desktop.goto(site + HOME[language])
    tops = desktop.eval_on_selector_all(
        ".menu-desktop .menu > li", "items => items.map(item => Math.round(item.getBoundingClientRect().top))"
    )
    assert len(tops) == 7 and len(set(tops)) == 1, tops  # Home, two groups, Costs, Contact, Crisis help, Articles
    about, visit, _pages = LABELS[language]
    desktop.locator(".menu-desktop summary", has_text=about).click()
    expect(desktop.locator(".menu-desktop .menu-group-list").first).to_be_visible()
    assert_accessible(desktop, f"desktop menu open ({language})")
    desktop.locator(".menu-desktop summary", has_text=visit).click()  # the other one closes (menu.js)
    assert desktop.locator(".menu-desktop details[open]").count() == 1
    desktop.keyboard.press("Escape")
    assert desktop.locator(".menu-desktop details[open]").count() == 0
    assert not desktop.problems, desktop.problems


@pytest.mark.parametrize("language", ["en", "es"])
def test_two_taps_on_a_phone_from_home_to_costs_preparing_and_getting_here(site, phone, language):
    for label in LABELS[language][2]:
        phone.goto(site + HOME[language])
        phone.locator(".menu-mobile > summary").click()  # tap 1
        phone.locator(".menu-mobile").get_by_role("link", name=label, exact=True).click()  # tap 2
        expect(phone.locator("h1")).to_be_visible()
        assert phone.url != site + HOME[language], label
    assert_accessible(phone, f"phone page ({language})")
