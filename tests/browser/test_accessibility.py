"""Every published page passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules at 390 and 1280 px.

The pages come from the CMS page tree in the database, so a page an editor adds is checked
too. At 390 px nothing may scroll sideways. Each page is also photographed at both widths
into var/screenshots/ for a person to look at.
"""

import re

import pytest
from playwright.sync_api import expect

from content.selectors import published_pages

from .helpers import axe_violations, describe_violations, horizontal_overflow, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_every_published_page_is_accessible(site, new_context, device, language):
    contents = list(published_pages(language))
    assert len(contents) >= 2, "the sample page tree did not load"
    page = new_context(device).new_page()
    problems = []
    for content in contents:
        path = content.page.get_absolute_url(language)
        response = page.goto(site + path)
        assert response.status == 200, f"{path} answered {response.status}"
        problems += check_page(page, f"page-{path.strip('/') or 'home'}")
    assert not problems, "\n\n".join(problems)


def check_page(page, name):
    """Screenshot, axe-core and (on a phone) sideways scrolling for the page as it is now."""
    width = page.viewport_size["width"]
    screenshot(page, name)
    problems = []
    violations = axe_violations(page)
    if violations:
        problems.append(describe_violations(violations, f"{name} at {width} px"))
    overflow = horizontal_overflow(page)
    if overflow:
        problems.append(f"{name} at {width} px scrolls sideways by {overflow} px")
    problems.extend(page.problems)
    page.problems.clear()
    return problems


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_contact_form_showing_its_errors_is_accessible(site, inquiry_page, new_context, device):
    page = new_context(device).new_page()
    page.goto(site + inquiry_page)
    problems = check_page(page, "contact")
    page.get_by_label("E-mail address").fill("not-an-address")
    page.get_by_role("button", name="Send my request").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name=re.compile("e-mail address", re.I))).to_be_visible()
    problems += check_page(page, "contact-with-errors")
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_thank_you_page_is_accessible(site, inquiry_page, new_context, device):
    page = new_context(device).new_page()
    assert page.goto(f"{site}{inquiry_page}thank-you/").status == 200
    problems = check_page(page, "thank-you")
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_not_found_page_is_accessible(site, new_context, device):
    page = new_context(device).new_page()
    assert page.goto(f"{site}/no-such-page/").status == 404
    expect(page.get_by_role("complementary", name="Crisis help")).to_be_visible()
    problems = check_page(page, "not-found")
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_self_check_results_and_errors_are_accessible(site, new_context, device):
    """The question pages are checked with every published page above; here their other states:
    the browser's error summary, the crisis panel, the browser's result, and the site's own result page."""
    page = new_context(device).new_page()
    page.goto(site + "/depression-self-check/")
    page.get_by_role("button", name="See my result").click()
    expect(page.locator("#selfcheck-errors")).to_be_focused()
    problems = check_page(page, "selfcheck-errors")
    for number in range(1, 10):
        group = page.get_by_role("group", name=re.compile(rf"^{number}\. "))
        group.get_by_role("radio", name="Several days", exact=True).check()
    expect(page.locator("#selfcheck-crisis-live").get_by_role("heading")).to_be_visible()
    page.get_by_role("button", name="See my result").click()
    expect(page.locator("#selfcheck-result")).to_contain_text("9 out of 27")
    problems += check_page(page, "selfcheck-result-in-the-browser")
    # The site's result (the path without JavaScript): form.submit() skips the script's handler.
    page.evaluate("document.querySelector('form.selfcheck-form').submit()")
    page.wait_for_load_state()
    expect(page.locator("main .selfcheck-total")).to_have_text("9 out of 27")
    problems += check_page(page, "selfcheck-result-from-the-site")


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_spanish_contact_form_thank_you_and_not_found_pages_are_accessible(site, new_context, device):
    from cms.models import Page

    contact = Page.objects.get(application_urls="InquiryApphook").get_absolute_url("es")
    page = new_context(device).new_page()
    page.goto(site + contact)
    problems = check_page(page, "es-contact")
    page.get_by_role("textbox", name="Su correo electrónico").fill("no-es-un-correo")
    page.get_by_role("button", name="Enviar mi solicitud").click()
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    problems += check_page(page, "es-contact-with-errors")
    assert page.goto(f"{site}{contact}thank-you/").status == 200
    problems += check_page(page, "es-thank-you")
    assert page.goto(f"{site}/es/no-existe/").status == 404
    expect(page.get_by_role("complementary", name="Ayuda en crisis")).to_be_visible()
    problems += check_page(page, "es-not-found")
    assert not problems, "\n\n".join(problems)
