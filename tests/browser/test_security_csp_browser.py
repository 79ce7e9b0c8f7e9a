"""Under the staff Content-Security-Policy the CMS toolbar loads, a text edit saves and the
page publishes in real Chromium, with no CSP refusal; visitors get the strict policy.

Lives in tests/browser/ to share its fixtures (system Chromium via Playwright, live server,
``page.problems`` collecting uncaught script errors and console CSP refusals).
"""

import json
import re

import pytest
from cms.models import PageContent
from cms.toolbar.utils import get_object_structure_url

from tests.browser.helpers import caret_to_end_of_inline_text, log_in, open_new_draft, screenshot, toolbar_text
from tests.conftest import STAFF_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE_TITLE = "What is ketamine?"
PAGE_PATH = "/what-is-ketamine/"
ORIGINAL = "Ketamine is a medicine first made in 1962."
ADDED = "Edited under the staff security policy."


def record_policies(page):
    """Every HTML document the page (and its frames) loads, with its CSP header."""
    seen = []

    def on_response(response):
        if response.request.resource_type == "document":
            seen.append((response.url, response.headers.get("content-security-policy", "")))

    page.on("response", on_response)
    return seen


def record_violations(page):
    """The browser's own CSP violation reports (directive, sample, source), from every frame."""
    reports = []

    def on_console(message):
        if message.text.startswith("csp-violation "):
            reports.append(json.loads(message.text.removeprefix("csp-violation ")))

    page.on("console", on_console)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.log('csp-violation ' +"
        " JSON.stringify({directive: e.effectiveDirective, sample: e.sample, source: e.sourceFile,"
        " page: document.location.pathname})))"
    )
    return reports


def is_jquery_probe(report):
    """jQuery's feature test sets an `on...="t"` attribute to see if inline handlers run.

    Refusing it is the point of the policy and changes nothing for the editor, so it is
    the one refusal allowed; any other refusal fails the test.
    """
    return report["directive"] == "script-src-attr" and report["sample"] == "t" and "/static/cms/" in report["source"]


def test_visitor_gets_the_strict_policy_and_the_page_runs_cleanly(site, new_context):
    page = new_context("desktop").new_page()
    response = page.goto(site + PAGE_PATH)
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe" not in policy
    page.wait_for_load_state("networkidle")
    assert page.problems == []


def test_editor_edits_and_publishes_under_the_staff_policy(site, editor, new_context):
    page = new_context("desktop").new_page()
    documents = record_policies(page)
    violations = record_violations(page)
    log_in(page, site, editor.username, STAFF_PASSWORD)

    open_new_draft(page, site, PAGE_TITLE)
    assert "Draft" in toolbar_text(page)

    page.get_by_text(ORIGINAL).dblclick()
    text_editor = page.get_by_role("textbox").filter(has_text=ORIGINAL)
    text_editor.wait_for()
    caret_to_end_of_inline_text(page)
    page.keyboard.type(" " + ADDED)
    with page.expect_response(lambda r: "/edit-plugin/" in r.url and r.request.method == "POST") as saved:
        page.locator("main h1").click()
    assert saved.value.ok

    # The structure board (the other editing mode) loads under the same policy.
    edit_url = page.url
    draft = PageContent.admin_manager.filter(page__reverse_id="what-is-ketamine").latest_content().first()
    page.goto(site + get_object_structure_url(draft))
    page.locator(".cms-structure .cms-draggable").first.wait_for()
    assert page.locator(".cms-structure").first.is_visible()
    page.goto(edit_url)
    page.wait_for_load_state("networkidle")

    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_url(re.compile(re.escape(PAGE_PATH)))
    page.wait_for_load_state("networkidle")
    screenshot(page, "csp-staff-after-publish")

    # Every document the editor loaded carried the staff policy, and the browser refused nothing.
    staff_documents = [(url, csp) for url, csp in documents if url.startswith(site)]
    assert staff_documents
    for url, csp in staff_documents:
        assert "frame-ancestors 'self'" in csp, f"{url} had {csp!r}"
        assert "object-src 'none'" in csp
    unexpected = [report for report in violations if not is_jquery_probe(report)]
    assert unexpected == [], unexpected
    probes = len(violations) - len(unexpected)
    inline_handler_refusals = [p for p in page.problems if "inline event handler" in p]
    assert len(inline_handler_refusals) == probes  # each console refusal is one of the probes
    other_problems = [p for p in page.problems if p not in inline_handler_refusals]
    assert other_problems == [], "\n".join(other_problems)

    visitor = new_context("desktop").new_page()
    visitor.goto(site + PAGE_PATH)
    assert ADDED in visitor.locator("main").inner_text()
    assert visitor.problems == []
