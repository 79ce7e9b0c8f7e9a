"""The preparing checklist prints on one or two clean pages, without the site's chrome (issue 24).

The "Print this checklist" button comes from a static script (the CSP allows no inline one):
hidden without JavaScript, shown and working with it. Printing to PDF counts the pages.
"""

import re

import pytest
from playwright.sync_api import expect

from .helpers import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PATHS = {"en": ("/preparing/", "Print this checklist"), "es": ("/es/prepararse/", "Imprimir esta lista")}


def _pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_checklist_prints_on_one_or_two_pages_without_the_chrome(site, desktop, language):
    path, label = PATHS[language]
    desktop.goto(site + path)
    button = desktop.get_by_role("button", name=label)
    expect(button).to_be_visible()
    desktop.evaluate("window.print = () => { window.printed = true; }")
    button.click()
    assert desktop.evaluate("window.printed === true")

    desktop.emulate_media(media="print")
    for selector in (".site-header", ".site-footer", ".crisis-strip", ".breadcrumbs", ".print-action"):
        assert not desktop.locator(selector).first.is_visible(), selector
    expect(desktop.get_by_role("heading", level=1)).to_be_visible()
    pdf = desktop.pdf(format="Letter", print_background=False)
    assert 1 <= _pdf_pages(pdf) <= 2, f"{_pdf_pages(pdf)} pages"
    assert not desktop.problems, desktop.problems


def test_without_javascript_the_button_stays_hidden(site, new_context):
    page = new_context("phone", java_script_enabled=False).new_page()
    page.goto(site + PATHS["en"][0])
    expect(page.locator("[data-print-page]")).to_be_hidden()


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize(
    "path",
    [
        "/costs/",
        "/es/costos/",
        "/good-faith-estimate/",
        "/es/estimado-de-buena-fe/",
        "/visiting/",
        "/es/como-llegar-a-la-clinica/",
    ],
)
def test_the_new_pages_are_accessible(site, new_context, device, path):
    page = new_context(device).new_page()
    assert page.goto(site + path).status == 200, path
    assert_accessible(page, f"{path} ({device})")
