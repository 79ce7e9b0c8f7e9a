"""A content editor logs in, opens a page from the CMS page tree, makes a draft, changes its
text in the inline text editor and publishes; a visitor sees the new text, and not before.

Everything goes through the screens an editor uses: the admin login form, the page tree,
the toolbar's "New Draft" and "Publish" buttons, and djangocms-text's inline editor.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import STAFF_PASSWORD

from .helpers import caret_to_end_of_inline_text, log_in, open_new_draft, screenshot, toolbar_text

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE_TITLE = "What is ketamine?"
PAGE_PATH = "/what-is-ketamine/"
ORIGINAL = "Ketamine is a medicine first made in 1962."
NEW_SENTENCE = "Our clinicians answer questions about ketamine at a free first call."


def test_editor_changes_a_page_and_publishes_it(site, editor, new_context):
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)

    # The page tree: open the page ("Edit/View"), then "New Draft" from the toolbar.
    open_new_draft(page, site, PAGE_TITLE)
    assert "Draft" in toolbar_text(page), f"toolbar says: {toolbar_text(page)!r}"

    # Double-click the text to edit it inline.
    page.get_by_text(ORIGINAL).dblclick()
    text_editor = page.get_by_role("textbox").filter(has_text=ORIGINAL)
    expect(text_editor).to_be_focused()
    expect(page.get_by_role("menubar")).to_be_visible()  # the editor's formatting toolbar
    # Add a sentence at the end of the text's last paragraph.
    caret_to_end_of_inline_text(page)
    page.keyboard.type(" " + NEW_SENTENCE)
    expect(text_editor.locator("p").last).to_contain_text(NEW_SENTENCE)
    expect(text_editor).to_contain_text(ORIGINAL)
    screenshot(page, "editor-inline-editing")

    # Leaving the editor saves the plugin.
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST") as saved:
        page.locator("main h1").click()
    assert saved.value.ok, f"saving the text answered {saved.value.status}"

    # A draft is not public yet.
    visitor = new_context("desktop").new_page()
    visitor.goto(site + PAGE_PATH)
    assert NEW_SENTENCE not in visitor.locator("main").inner_text()

    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(re.escape(PAGE_PATH)))
    screenshot(page, "editor-after-publish")

    # A visitor who has never logged in sees the new text, with the rest of the page intact.
    fresh_visitor = new_context("desktop").new_page()
    fresh_visitor.goto(site + PAGE_PATH)
    main = fresh_visitor.locator("main")
    assert NEW_SENTENCE in main.inner_text()
    assert ORIGINAL in main.inner_text()
    assert main.locator("p", has_text=NEW_SENTENCE).count() == 1
    assert main.get_by_text(ORIGINAL).count() == 1
    assert fresh_visitor.locator("#cms-top").count() == 0


OVER_CLAIM = "Ketamine cures depression."
FIXED = "Ketamine can ease depression for some people."


def test_editor_is_stopped_from_publishing_an_over_claim_then_fixes_it(site, editor, new_context):
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    open_new_draft(page, site, PAGE_TITLE)

    page.get_by_text(ORIGINAL).dblclick()
    text_editor = page.get_by_role("textbox").filter(has_text=ORIGINAL)
    expect(text_editor).to_be_focused()
    caret_to_end_of_inline_text(page)
    page.keyboard.type(" " + OVER_CLAIM)
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST") as saved:
        page.locator("main h1").click()
    assert saved.value.ok

    # Publish is refused: the editor is back on the draft in edit mode, under a panel naming the
    # rule, the words and the reason, which stays after the toolbar's message has faded.
    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_load_state()
    assert "/edit/" in page.url
    panel = page.locator(".editorial-refusal")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("Not published")
    expect(panel).to_contain_text("Over-claim")
    expect(panel.locator("mark")).to_have_text(["cures"])
    expect(panel).to_contain_text("No treatment can promise this.")
    expect(page.locator(".cms-messages")).to_be_hidden(timeout=20_000)  # the toast is gone...
    expect(panel).to_be_visible()  # ...the panel is not
    screenshot(page, "editor-publish-refused")
    visitor = new_context("desktop").new_page()
    visitor.goto(site + PAGE_PATH)
    assert OVER_CLAIM not in visitor.locator("main").inner_text()

    # Still in edit mode: fix the sentence right there, dismiss the panel, publish.
    page.get_by_text(OVER_CLAIM).dblclick()
    text_editor = page.get_by_role("textbox").filter(has_text=OVER_CLAIM)
    expect(text_editor).to_be_focused()
    caret_to_end_of_inline_text(page)
    for _ in range(len("cures depression.")):
        page.keyboard.press("Backspace")
    page.keyboard.type("can ease depression for some people.")
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST") as saved:
        page.locator("main h1").click()
    assert saved.value.ok
    page.reload()
    expect(panel).to_contain_text("Nothing in this draft stops a publish any more.")
    panel.get_by_role("button", name="Dismiss").click()
    page.wait_for_load_state()
    expect(page.locator(".editorial-refusal")).to_have_count(0)
    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(re.escape(PAGE_PATH)))

    fresh_visitor = new_context("desktop").new_page()
    fresh_visitor.goto(site + PAGE_PATH)
    main_text = fresh_visitor.locator("main").inner_text()
    assert FIXED in main_text and OVER_CLAIM not in main_text
