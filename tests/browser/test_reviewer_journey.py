"""An intake reviewer triages a new inquiry in the admin: opens it, types a note and a status and
assigns it to herself in one save (nothing typed is lost), and exports it as CSV. A content editor who tries the same
pages is refused.

The inquiry arrives the way real ones do, through the public form in a browser.
"""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from inquiries.models import Inquiry, InquiryNote
from tests.conftest import STAFF_PASSWORD

from .helpers import fill_inquiry_form, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIST = "/admin/inquiries/inquiry/"
NOTE = "Left a voicemail; will try again on Thursday morning."
CSV_HEADER = [
    "reference",
    "received",
    "status",
    "assignee",
    "language",
    "topic",
    "name",
    "email",
    "phone",
    "contact method",
    "contact time",
    "message",
    "notes",
    "privacy notice",
    "consented",
]


def submit_an_inquiry(page, site, form_path):
    page.goto(site + form_path)
    fill_inquiry_form(page, name="Sam Rivera", email="sam.rivera@example.org", phone="555-010-0199")
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Thank you")


def run_action(page, reference, action_label):
    """Tick the inquiry's row in the list, choose an action and press Go."""
    page.goto(page.url.split("/admin/")[0] + LIST)
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=reference))
    row.get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label=action_label)
    return page.get_by_role("button", name="Go")


def test_reviewer_triages_and_exports_a_new_inquiry(site, inquiry_page, reviewer, new_context, tmp_path):
    submit_an_inquiry(new_context("desktop").new_page(), site, inquiry_page)
    inquiry = Inquiry.objects.get()
    assert inquiry.status == Inquiry.Status.NEW and inquiry.assignee is None
    # Exporting contact details is a permission of its own, given to named reviewers only.
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))

    page = new_context("desktop", accept_downloads=True).new_page()
    log_in(page, site, reviewer.username, STAFF_PASSWORD)

    # The new inquiry is in the list; open it.
    page.goto(site + LIST)
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=inquiry.reference))
    expect(row).to_contain_text("New")
    screenshot(page, "reviewer-inquiry-list")
    page.get_by_role("link", name=inquiry.reference).click()
    expect(page.locator(".readonly").first).to_be_visible()
    expect(page.get_by_text("sam.rivera@example.org")).to_be_visible()

    # On the inquiry's own page, one form: type a note and pick a status, then press "Assign to me" in
    # the box above. The one save keeps all three: nothing typed is lost.
    expect(page.locator(".case-assignee")).to_contain_text("Assigned to nobody yet.")
    page.get_by_role("group", name="Inquiry notes").get_by_role("textbox", name=re.compile("^Note")).first.fill(NOTE)
    page.get_by_label("Status:", exact=True).select_option(label="Contacted")
    page.get_by_role("button", name="Assign to me").click()
    expect(page.locator(".messagelist")).to_contain_text(f"{inquiry.reference} is assigned to you.")
    expect(page.locator(".case-assignee")).to_contain_text("Status: Contacted. Assigned to you.")
    expect(page.get_by_role("group", name="Inquiry notes")).to_contain_text(NOTE)
    screenshot(page, "reviewer-inquiry-change")

    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CONTACTED
    assert inquiry.assignee == reviewer
    note = InquiryNote.objects.get(inquiry=inquiry)
    assert (note.text, note.author) == (NOTE, reviewer)

    # Save (nothing more to change) goes back to the list, where the row shows both.
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=inquiry.reference))
    expect(row).to_contain_text("Contacted")
    expect(row).to_contain_text(reviewer.username)
    expect(row).to_contain_text("Sam Rivera")  # the Name column

    # Export it as CSV.
    go = run_action(page, inquiry.reference, "Export selected as CSV (includes contact details)")
    with page.expect_download() as download_info:
        go.click()
    download = download_info.value
    assert re.fullmatch(r"inquiries-[0-9-]+\.csv", download.suggested_filename)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte-order mark Excel needs for accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == CSV_HEADER
    assert len(rows) == 2
    exported = dict(zip(rows[0], rows[1], strict=True))
    assert exported["reference"] == inquiry.reference
    assert exported["status"] == "Contacted"
    assert exported["assignee"] == reviewer.username
    assert exported["email"] == "sam.rivera@example.org"
    assert exported["language"] == "English"
    assert NOTE in exported["notes"] and reviewer.username in exported["notes"]


def test_content_editor_is_refused_the_inquiries(site, inquiry_page, editor, new_context):
    submit_an_inquiry(new_context("desktop").new_page(), site, inquiry_page)
    inquiry = Inquiry.objects.get()

    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    expect(page.get_by_role("link", name=re.compile("inquir", re.I))).to_have_count(0)
    for path in (LIST, f"{LIST}{inquiry.pk}/change/", f"{LIST}{inquiry.pk}/history/"):
        response = page.goto(site + path)
        assert response.status == 403, f"an editor opened {path}: {response.status}"
        assert inquiry.reference not in page.content()
        assert "sam.rivera@example.org" not in page.content()
        # The admin's own page says whose part this is, and leads back.
        expect(page.get_by_text("Inquiries are for the intake reviewers")).to_be_visible()
        expect(page.get_by_role("link", name="Back to the admin's start page")).to_be_visible()
    screenshot(page, "editor-refused-inquiries")
