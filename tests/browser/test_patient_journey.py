"""A prospective patient on a 390 px phone: the home page, the menu, two articles, an FAQ
answer, the crisis help page, then the contact form: sent with mistakes (the error summary
appears and takes the focus), fixed, sent, and the thank-you page. Then the same journey
with the keyboard alone: Tab, Enter and Space, no taps.
"""

import re

import pytest
from playwright.sync_api import expect

from inquiries.models import Inquiry

from .helpers import fill_inquiry_form, is_focused, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLES = [("What is ketamine?", "/what-is-ketamine/"), ("How it works", "/how-it-works/")]
FAQ_QUESTION = "How many treatments will I need?"
FAQ_ANSWER = "A first course is often about 6 treatments"
CRISIS_LINK = "Crisis help: call or text 988"


def main_nav(page):
    # The phone's menu; the desktop navigation is hidden at this width.
    return page.get_by_role("navigation", name="Main")


def menu_button(page):
    return page.locator("header summary", has_text="Menu")


def expect_crisis_help_at_the_top(page):
    strip = page.get_by_role("complementary", name="Crisis help")
    expect(strip.locator('a[href="tel:988"]')).to_be_visible()
    expect(strip.locator('a[href="sms:988"]')).to_be_visible()
    expect(strip.locator('a[href="tel:911"]')).to_be_visible()


def expect_arrived(page, path, heading=None):
    page.wait_for_url(re.compile(re.escape(path) + r"$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    if heading:
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    expect_crisis_help_at_the_top(page)


def test_patient_on_a_phone(site, inquiry_page, phone):
    page = phone
    page.goto(site + "/")
    expect_crisis_help_at_the_top(page)

    # The menu is closed until the visitor opens it.
    for title, path in ARTICLES:
        expect(main_nav(page)).to_have_count(0)
        menu_button(page).tap()
        main_nav(page).get_by_role("link", name=title, exact=True).tap()
        expect_arrived(page, path)
        expect(page.get_by_role("navigation", name="Breadcrumb")).to_contain_text(title)

    # An FAQ answer, opened.
    menu_button(page).tap()
    main_nav(page).get_by_role("link", name="FAQ", exact=True).tap()
    expect_arrived(page, "/faq/")
    answer = page.get_by_text(FAQ_ANSWER)
    expect(answer).to_be_hidden()
    page.get_by_role("heading", name=FAQ_QUESTION).tap()
    expect(answer).to_be_visible()

    # The crisis help page, from the link at the foot of every page.
    page.get_by_role("link", name=CRISIS_LINK).tap()
    expect_arrived(page, "/crisis-help/")
    expect(page.locator('main a[href="tel:988"]').first).to_be_visible()

    # The contact form, from the menu: first with mistakes.
    menu_button(page).tap()
    main_nav(page).locator(f'a[href="{inquiry_page}"]').tap()
    expect_arrived(page, inquiry_page)
    fill_inquiry_form(page, name="Alex Morgan", email="alex.morgan.example.org", phone="")
    page.get_by_role("checkbox", name=re.compile("privacy notice")).uncheck()
    page.get_by_role("button", name="Send my request").tap()

    summary = expect_error_summary(page, ["E-mail address", "Phone", "privacy notice"])
    expect(page.get_by_label("Your name")).to_have_value("Alex Morgan")
    expect(page.get_by_label("E-mail address")).to_have_attribute("aria-invalid", "true")
    assert Inquiry.objects.count() == 0

    # Fixed, and sent.
    summary.get_by_role("link", name=re.compile("E-mail address")).tap()
    expect(page.get_by_label("E-mail address")).to_be_focused()
    fill_inquiry_form(page, name="Alex Morgan", email="alex.morgan@example.org", phone="555-010-0142")
    page.get_by_role("button", name="Send my request").tap()
    expect_arrived(page, f"{inquiry_page}thank-you/", "Thank you")
    assert Inquiry.objects.count() == 1


def expect_error_summary(page, mentions):
    """The summary is shown, has the focus, and names each problem."""
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    expect(summary.get_by_role("heading")).to_contain_text("There is a problem")
    for mention in mentions:
        expect(summary.get_by_role("link", name=re.compile(re.escape(mention), re.I)).first).to_be_visible()
    return summary


def press(page, key, path=None):
    page.keyboard.press(key)
    if path:
        page.wait_for_url(re.compile(re.escape(path) + r"$"))


def type_into(page, field, text):
    """Tab to a field and type, replacing what it held."""
    tab_to(page, field)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def test_patient_with_the_keyboard_alone(site, inquiry_page, phone):
    page = phone
    page.goto(site + "/")

    # The first thing Tab reaches is the skip link, and it works.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert is_focused(skip), "the skip link is not the first focusable element"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    for title, path in ARTICLES:
        # From the main content (or a new page's start), to the menu button in the header.
        tab_to(page, menu_button(page), backwards=is_focused(page.locator("main")))
        press(page, "Enter")
        link = main_nav(page).get_by_role("link", name=title, exact=True)
        tab_to(page, link)
        press(page, "Enter", path)
        expect_arrived(page, path)

    tab_to(page, menu_button(page))
    press(page, "Space")
    tab_to(page, main_nav(page).get_by_role("link", name="FAQ", exact=True))
    press(page, "Enter", "/faq/")
    answer = page.get_by_text(FAQ_ANSWER)
    expect(answer).to_be_hidden()
    tab_to(page, page.locator("summary", has=page.get_by_role("heading", name=FAQ_QUESTION)))
    press(page, "Space")
    expect(answer).to_be_visible()

    tab_to(page, page.get_by_role("link", name=CRISIS_LINK))
    press(page, "Enter", "/crisis-help/")
    expect_arrived(page, "/crisis-help/")

    tab_to(page, menu_button(page))
    press(page, "Enter")
    tab_to(page, main_nav(page).locator(f'a[href="{inquiry_page}"]'))
    press(page, "Enter", inquiry_page)

    # With mistakes: a broken e-mail address, no consent.
    type_into(page, page.get_by_label("Your name"), "Robin Lee")
    type_into(page, page.get_by_label("E-mail address"), "robin.lee@")
    type_into(page, page.get_by_label("Phone number"), "555-010-0177")
    for radio in ("Phone call", "Morning", "Depression"):  # the first choice of each group
        tab_to(page, page.get_by_role("radio", name=radio))
        press(page, "Space")
        expect(page.get_by_role("radio", name=radio)).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Send my request"))
    press(page, "Enter")
    summary = expect_error_summary(page, ["E-mail address", "privacy notice"])
    assert Inquiry.objects.count() == 0

    # From the summary, straight to the field that needs fixing.
    tab_to(page, summary.get_by_role("link", name=re.compile("E-mail address")))
    press(page, "Enter")
    email = page.get_by_label("E-mail address")
    expect(email).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("robin.lee@example.org")
    consent = page.get_by_role("checkbox", name=re.compile("privacy notice"))
    tab_to(page, consent)
    press(page, "Space")
    expect(consent).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Send my request"))
    press(page, "Enter", f"{inquiry_page}thank-you/")
    expect_arrived(page, f"{inquiry_page}thank-you/", "Thank you")
    assert Inquiry.objects.count() == 1
