"""A Spanish-speaking patient on a 390 px phone: from the English home page to Spanish with the
language switcher, two articles from the Spanish menu, the crisis help page, then the Spanish
contact form, sent first with a mistake (a Spanish error summary takes the focus), then fixed,
to the Spanish thank-you page. Nothing English on the way (page text, not names or addresses).
"""

import re

import pytest
from cms.models import PageContent
from playwright.sync_api import expect

from inquiries.models import Inquiry

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# English sentences of the site chrome that must never show on a Spanish page.
ENGLISH_CHROME = ["In crisis?", "Skip to main content", "Medical disclaimer", "Help and information", "Please "]


def spanish(reverse_id):
    content = PageContent.objects.get(page__reverse_id=reverse_id, language="es")
    return content.menu_title or content.title, content.page.get_absolute_url("es")


def menu_button(page):
    return page.locator("header summary", has_text="Menú")


def expect_spanish_page(page, path):
    page.wait_for_url(re.compile(re.escape(path) + r"$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    strip = page.get_by_role("complementary", name="Ayuda en crisis")
    expect(strip).to_contain_text("oprima 2 para español")
    expect(strip).to_contain_text("AYUDA")
    for href in ("tel:988", "sms:988", "tel:911"):
        expect(strip.locator(f'a[href="{href}"]')).to_be_visible()
    text = page.locator("body").inner_text()
    for english in ENGLISH_CHROME:
        assert english not in text, (path, english)


def test_spanish_patient_on_a_phone(site, inquiry_page, phone):
    page = phone
    page.goto(site + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # The switcher, in its own language, takes the person to the same page in Spanish.
    switch = page.get_by_role("navigation", name="Language").get_by_role("link", name="Español")
    expect(switch).to_have_attribute("hreflang", "es")
    switch.tap()
    expect_spanish_page(page, "/es/")

    # Two articles from the Spanish menu.
    for reverse_id in ("what-is-ketamine", "benefits-and-risks"):
        title, path = spanish(reverse_id)
        menu_button(page).tap()
        page.get_by_role("navigation", name="Principal").get_by_role("link", name=title, exact=True).tap()
        expect_spanish_page(page, path)
        expect(page.get_by_role("navigation", name="Ruta de navegación")).to_contain_text(title)
        expect(page.locator(".review-meta")).to_contain_text("Revisión médica a cargo de")

    # The crisis help page, from the link at the foot of every page.
    _title, crisis_path = spanish("crisis-help")
    page.get_by_role("link", name="Ayuda en crisis: llame al 988 o envíe AYUDA al 988").tap()
    expect_spanish_page(page, crisis_path)
    expect(page.locator("main")).to_contain_text("oprima 2")

    # The contact form from the menu, sent first with one mistake.
    title, contact_path = spanish("contact")
    menu_button(page).tap()
    page.get_by_role("navigation", name="Principal").get_by_role("link", name=title, exact=True).tap()
    expect_spanish_page(page, contact_path)
    page.get_by_role("textbox", name="Su nombre").fill("María José Ejemplo")
    page.get_by_role("textbox", name="Su correo electrónico").fill("maria.ejemplo.example.org")
    page.get_by_role("textbox", name="Número de teléfono").fill("555-010-0142")
    page.get_by_role("radio", name="Llamada telefónica").check()
    page.get_by_role("radio", name=re.compile("Por la mañana")).check()
    page.get_by_role("radio", name="Depresión").check()
    page.get_by_role("checkbox", name=re.compile("aviso de privacidad")).check()
    page.get_by_role("button", name="Enviar mi solicitud").tap()

    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("Hay un problema con sus respuestas")
    link = summary.get_by_role("link", name=re.compile("Su correo electrónico: Por favor"))
    expect(link).to_be_visible()
    expect_spanish_page(page, contact_path)
    assert Inquiry.objects.count() == 0

    link.tap()
    email = page.get_by_role("textbox", name="Su correo electrónico")
    expect(email).to_be_focused()
    email.fill("maria.ejemplo@example.org")
    page.get_by_role("button", name="Enviar mi solicitud").tap()

    expect_spanish_page(page, contact_path + "gracias/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Gracias. Recibimos su solicitud.")
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "es"
    assert page.problems == []
