"""Issue 31's twelve everyday tasks of new clinic staff, as a browser journey through the real screens.

Each task is one test (or is covered by an older journey, named here), each with its own data:

 1. An editor adds an article with an image, sources and the medical review, and publishes it:
    ``test_staff_twelve_tasks.py::test_editor_adds_an_article_with_image_sources_and_review``
 2. The editor translates it into Spanish, with its own medical review, and publishes it:
    ``test_staff_twelve_tasks.py::test_editor_translates_an_article_and_publishes_the_spanish``
 3. An over-claim is refused, then fixed and published:
    ``test_editor_journey.py::test_editor_is_stopped_from_publishing_an_over_claim_then_fixes_it``
 4. A move (the old address redirects with a 301):
    ``test_editor_pages_journey.py::test_editor_adds_a_page_under_home_and_moves_it``
 5. The clinic's hours and phone, shown in both languages' footers and on the contact page:
    ``test_staff_twelve_tasks.py::test_editor_changes_the_clinic_phone_and_saturday_hours``
 6. A new clinician becomes a page's medical reviewer:
    ``test_staff_twelve_tasks.py::test_editor_adds_a_clinician_and_makes_them_a_page_reviewer``
 7. An unpublish from the versions list, which names the pages that link to it first:
    ``test_staff_twelve_tasks.py::test_editor_unpublishes_a_page_after_being_told_who_links_to_it``
 8. Content health lists a page's problem:
    ``test_staff_twelve_tasks.py::test_editor_sees_a_page_problem_in_content_health``
 9. A reviewer finds an inquiry, assigns it, adds a note and closes it, and
11. opens the audit trail and sees what was done, with no health details in it:
    ``test_staff_twelve_tasks.py::test_reviewer_finds_assigns_notes_and_closes_an_inquiry_then_reads_the_audit_trail``
10. The CSV export:
    ``test_reviewer_journey.py::test_reviewer_triages_and_exports_a_new_inquiry``
12. A refused role (an editor opening the inquiries):
    ``test_reviewer_journey.py::test_content_editor_is_refused_the_inquiries``
"""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.conftest import STAFF_PASSWORD

from .helpers import log_in, open_new_draft, screenshot, toolbar_text

pytestmark = [pytest.mark.browser, pytest.mark.slow]

INQUIRIES = "/admin/inquiries/inquiry/"


# --- 1 and 2. an article with image, sources and review; its Spanish translation -------------------


ARTICLE = "Sleep after a ketamine session"
ARTICLE_TEXT = "Most people feel drowsy for a few hours after a session, so plan a quiet evening."
ALT = "Green hills under a calm sky"
SOURCE = ("NIMH: Depression", "https://www.nimh.nih.gov/health/topics/depression")


def test_editor_adds_an_article_with_image_sources_and_review(site, editor, new_context):
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)

    # Page tree, the Articles row: "New sub page" (the Article template is chosen for it).
    page.goto(site + "/admin/cms/pagecontent/")
    tree_row(page, "Articles").get_by_role("link", name="New sub page").click()
    page.get_by_role("textbox", name=re.compile("^Title")).fill(ARTICLE)
    page.get_by_role("textbox", name=re.compile("^Slug")).fill("sleep-after-a-session")
    page.get_by_role("button", name=re.compile("^Save$")).first.click()
    page.wait_for_load_state("networkidle")
    tree_row(page, ARTICLE).get_by_role("link", name="Edit/View").click()
    page.wait_for_load_state("networkidle")

    # The structure board: a Text block, then an Image from the media library.
    open_structure(page)
    add_text_plugin(page, ARTICLE_TEXT)
    add_image_plugin(page, alt=ALT)
    fill_medical_review(page, reviewer="Dr. A. Example, MD", source=SOURCE)
    screenshot(page, "twelve-tasks-article-draft")
    publish_from_toolbar(page)

    visitor = new_context("phone").new_page()
    visitor.goto(site + "/articles/sleep-after-a-session/")
    main = visitor.locator("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(ARTICLE)
    expect(main).to_contain_text(ARTICLE_TEXT)
    expect(main.get_by_role("img", name=ALT)).to_be_visible()
    expect(main.get_by_role("link", name=SOURCE[0])).to_have_attribute("href", SOURCE[1])
    expect(main).to_contain_text("Dr. A. Example")
    screenshot(visitor, "twelve-tasks-article-published")


SPANISH_TITLE = "El sueño después de una sesión de ketamina"
SPANISH_SLUG = "sueno-despues-de-una-sesion"
SPANISH_TEXT = "Casi todas las personas sienten sueño unas horas después de la sesión: planee una tarde tranquila."


def test_editor_translates_an_article_and_publishes_the_spanish(site, editor, new_context):
    english = published_english_article(editor, ARTICLE, "sleep-after-a-session", ARTICLE_TEXT)
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    page.goto(site + english)  # the published page, with the toolbar for a logged-in editor

    # Language > Add Translation > Español: the Spanish title and address, in a dialog.
    open_toolbar_menu(page, "Language")
    page.locator(".cms-toolbar").get_by_role("link", name="Add Translation").hover()
    page.locator(".cms-toolbar").get_by_role("link", name="Español").last.click()
    dialog = page.frame_locator(".cms-modal-frame iframe")
    dialog.get_by_role("textbox", name=re.compile("^Title")).fill(SPANISH_TITLE)
    dialog.get_by_role("textbox", name=re.compile("^Slug")).fill(SPANISH_SLUG)
    save_dialog(page, "/pagecontent/add/")
    screenshot(page, "twelve-tasks-spanish-added")

    # Language > Español: the Spanish draft in edit mode; its text, its own review.
    open_toolbar_menu(page, "Language")
    page.locator(".cms-toolbar").get_by_role("link", name="Español").first.click()
    page.wait_for_load_state("networkidle")
    if page.locator(".cms-toolbar").get_by_role("link", name="Edit", exact=True).count():
        page.locator(".cms-toolbar").get_by_role("link", name="Edit", exact=True).click()
        page.wait_for_load_state("networkidle")
    assert "language=es" in page.url, page.url
    open_structure(page)
    add_text_plugin(page, SPANISH_TEXT)
    fill_medical_review(page, reviewer="Dr. A. Example, MD", source=SOURCE)
    publish_from_toolbar(page)

    visitor = new_context("phone").new_page()
    visitor.goto(site + f"/es/articulos/{SPANISH_SLUG}/")
    main = visitor.locator("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(SPANISH_TITLE)
    expect(main).to_contain_text(SPANISH_TEXT)
    expect(main).to_contain_text("Revisión médica a cargo de Dr. A. Example")
    assert ARTICLE_TEXT not in main.inner_text()
    screenshot(visitor, "twelve-tasks-spanish-published")
    # The English page is as it was.
    visitor.goto(site + english)
    expect(visitor.locator("main")).to_contain_text(ARTICLE_TEXT)


def published_english_article(editor, title, slug, text):
    """An English article under Articles with a Text block and its medical review, published; its address."""
    from cms.api import add_plugin, create_page
    from cms.models import PageContent
    from djangocms_versioning.models import Version

    from tests.content.conftest import give_medical_review

    articles = PageContent.objects.get(title="Articles", language="en").page
    page = create_page(title, "pages/article.html", "en", slug=slug, created_by=editor, parent=articles)
    content = PageContent.admin_manager.get(page=page, language="en")
    add_plugin(content.get_placeholders().get(slot="content"), "TextPlugin", "en", body=f"<p>{text}</p>")
    give_medical_review(content)
    Version.objects.get_for_content(content).publish(editor)
    return page.get_absolute_url("en")


def open_toolbar_menu(page, name):
    page.locator(".cms-toolbar-item-navigation").get_by_role("link", name=name, exact=True).click()


def tree_row(page, title):
    """The page tree's grid cells for the row whose title is ``title``."""
    # A parent's row contains its children's rows: the last match is the page's own row.
    node_id = page.locator("li.cms-tree-node", has_text=title).last.get_attribute("id")
    return page.locator(f'[data-jstreegrid="{node_id}"]')


def open_structure(page):
    """The toolbar's structure button: the page's blocks as a list, each placeholder with its "+"."""
    page.locator('.cms-toolbar a[href*="/structure/"]').first.click()
    page.wait_for_load_state("networkidle")


def add_plugin(page, name):
    """The first placeholder's "+" > the plugin picker > ``name``; returns the dialog's form frame."""
    page.locator(".cms-dragbar .cms-submenu-add").first.click()
    page.locator(".cms-modal").get_by_role("link", name=name, exact=True).click()
    return page.frame_locator(".cms-modal-frame iframe")


def save_dialog(page, url_part):
    with page.expect_response(lambda r: url_part in r.url and r.request.method == "POST") as saved:
        page.locator(".cms-modal-buttons").get_by_role("link", name="Save", exact=True).click()
    assert saved.value.status < 400, f"saving answered {saved.value.status}"
    # The dialog closes, then the CMS redraws the toolbar and the structure: wait for both.
    expect(page.locator(".cms-modal")).not_to_be_visible()
    page.wait_for_load_state("networkidle")


def add_text_plugin(page, text):
    dialog = add_plugin(page, "Text")
    dialog.locator("#id_body_editor [contenteditable=true]").click()
    page.keyboard.type(text)
    save_dialog(page, "/add-plugin/")


def add_image_plugin(page, *, alt):
    dialog = add_plugin(page, "Image")
    # "Choose File" opens the media library in a window of its own, in the "Images" folder where the
    # sample pictures and uploads are: pick one with "Select this file".
    with page.expect_popup() as opened:
        dialog.get_by_text("Choose File").click()
    library = opened.value
    library.wait_for_load_state()
    screenshot(library, "twelve-tasks-image-picker")
    library.get_by_title("Select this file").first.click()
    dialog.get_by_label("Alt text:").fill(alt)
    save_dialog(page, "/add-plugin/")


def fill_medical_review(page, *, reviewer, source=None):
    """Page menu > Medical review…: the reviewer, "Today" as the review date, and a source; save."""
    # After a block is saved the CMS redraws its toolbar in the background; a menu opened meanwhile
    # is thrown away. Reloading first gives the settled toolbar a person would click.
    page.reload()
    page.wait_for_load_state("networkidle")
    open_toolbar_menu(page, "Page")
    page.get_by_role("link", name=re.compile("^Medical review")).click()
    dialog = page.frame_locator(".cms-modal-frame iframe")
    dialog.get_by_label("Medically reviewed by:").select_option(label=reviewer)
    dialog.locator(".field-last_reviewed").get_by_role("link", name="Today").click()
    if source:
        dialog.locator("input[name='sources-0-title']").fill(source[0])
        dialog.locator("input[name='sources-0-url']").fill(source[1])
    save_dialog(page, "/medicalreview/")


def publish_from_toolbar(page):
    page.get_by_role("link", name="Publish", exact=True).click()
    page.wait_for_load_state("networkidle")
    assert "(Published)" in toolbar_text(page), toolbar_text(page)


# --- 5. the clinic's hours and phone --------------------------------------------------------------


def test_editor_changes_the_clinic_phone_and_saturday_hours(site, editor, new_context):
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    page.goto(site + "/admin/clinic/clinicdetails/")
    page.get_by_label("Phone:", exact=True).fill("(555) 010-0177")

    # The sample clinic is closed on Saturdays: add an opening for it, 9 to 1.
    page.get_by_role("button", name="Add another Opening").click()
    row = page.locator("tr.dynamic-hours:not(.empty-form)").last
    row.get_by_role("combobox").select_option(label="Saturday")
    row.locator("input[name$='-opens']").fill("09:00")
    row.locator("input[name$='-closes']").fill("13:00")
    screenshot(page, "twelve-tasks-clinic-details")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")

    visitor = new_context("desktop").new_page()
    for path, saturday in (("/", "Saturday: 9 am to 1 pm"), ("/es/", "Sábado: 9 a. m. a 1 p. m.")):
        visitor.goto(site + path)
        footer = visitor.get_by_role("contentinfo")
        expect(footer).to_contain_text(saturday)
        expect(footer.locator('a[href^="tel:5550100177"]').first).to_be_visible()
    contact = new_context("phone").new_page()
    contact.goto(site + "/contact/")
    expect(contact.locator("main")).to_contain_text("Saturday: 9 am to 1 pm")
    expect(contact.locator('main a[href^="tel:5550100177"]').first).to_be_visible()
    screenshot(contact, "twelve-tasks-contact-hours")


# --- 6. a new clinician as medical reviewer ---------------------------------------------------------


def test_editor_adds_a_clinician_and_makes_them_a_page_reviewer(site, editor, new_context):
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)

    page.goto(site + "/admin/clinic/clinician/add/")
    page.get_by_label("Name:", exact=True).fill("Dr. Rosa Ibarra")
    page.get_by_label("Credentials:", exact=True).fill("MD")
    page.get_by_label("Role:", exact=True).fill("Psychiatrist")
    page.get_by_label("Short bio:", exact=True).fill("Dr. Ibarra treats depression and anxiety.")
    page.get_by_role("checkbox", name="English", exact=True).check()
    page.get_by_role("checkbox", name="Takes part in medical review").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    # A new draft of an article; the toolbar's Page menu > Medical review… opens its form.
    open_new_draft(page, site, "What is ketamine?")
    fill_medical_review(page, reviewer="Dr. Rosa Ibarra, MD")
    publish_from_toolbar(page)

    visitor = new_context("desktop").new_page()
    visitor.goto(site + "/what-is-ketamine/")
    expect(visitor.locator("main")).to_contain_text("Dr. Rosa Ibarra")
    screenshot(visitor, "twelve-tasks-new-reviewer")


# --- 7. an unpublish -------------------------------------------------------------------------------


def test_editor_unpublishes_a_page_after_being_told_who_links_to_it(site, editor, new_context):
    from cms.models import PageContent

    home_title = PageContent.objects.get(page__reverse_id="home", language="en").title
    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)

    # The page tree's row > the page's versions list (the toolbar's "Manage versions" leads there too).
    open_versions_list(page, site, "Frequently asked questions")
    # (versioning's action icons are named only by their tooltip)
    unpublish = page.locator("tr", has_text="Published").get_by_title("Unpublish")
    # At 1280 px, with the admin's navigation open, the icons are in view, not scrolled off the table's right.
    icon, table_box = unpublish.bounding_box(), page.locator("#changelist .results").bounding_box()
    assert icon["x"] + icon["width"] <= table_box["x"] + table_box["width"], (icon, table_box)
    unpublish.click()
    confirmation = page.locator("#content")
    expect(confirmation).to_contain_text("These published pages link to this page with a card or a button")
    expect(confirmation).to_contain_text(f"“{home_title}”")
    screenshot(page, "twelve-tasks-unpublish-confirmation")
    page.get_by_role("button", name="Yes, I'm sure").click()
    page.wait_for_load_state()
    assert "(Unpublished)" in toolbar_text(page), toolbar_text(page)

    visitor = new_context("phone").new_page()
    assert visitor.goto(site + "/faq/").status == 404
    visitor.goto(site + "/")
    expect(visitor.locator('main a[href="/faq/"]')).to_have_count(0)


def open_versions_list(page, base_url, title):
    from cms.models import PageContent

    page_id = PageContent.admin_manager.filter(title=title, language="en").first().page_id
    page.goto(f"{base_url}/admin/djangocms_versioning/pagecontentversion/?page={page_id}&language=en")
    expect(page.get_by_role("heading", level=1)).to_be_visible()


# --- 8. Content health ------------------------------------------------------------------------------


def test_editor_sees_a_page_problem_in_content_health(site, editor, new_context):
    from cms.models import PageContent

    from content.models import MedicalReview

    # Reviews two years old are overdue: the page, in each language, is a warning in Content health.
    english = PageContent.objects.get(title="What is ketamine?", language="en")
    spanish = PageContent.objects.get(page=english.page, language="es")
    old = date.today() - timedelta(days=730)
    MedicalReview.objects.filter(extended_object__in=[english, spanish]).update(last_reviewed=old)

    page = new_context("desktop").new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    page.goto(site + "/admin/")
    page.get_by_role("link", name="Content health").first.click()
    for content in (english, spanish):
        row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=content.title, exact=True))
        expect(row).to_have_count(1)
        expect(row).to_contain_text(content.language)
        expect(row).to_contain_text("overdue by")
        expect(row).to_contain_text("Medical review is due")
    # A page reviewed recently is not flagged.
    other = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="How it works", exact=True))
    expect(other).not_to_contain_text("overdue by")
    screenshot(page, "twelve-tasks-content-health")


# --- 9 and 11. find, assign, note and close an inquiry; the audit trail ---------------------------


NOTE = "Called back; booked a first consultation."
MESSAGE = "I have tried two medicines for my depression and want to ask about ketamine."


def test_reviewer_finds_assigns_notes_and_closes_an_inquiry_then_reads_the_audit_trail(site, reviewer, new_context):
    import uuid

    from inquiries.models import Inquiry, InquiryNote
    from inquiries.services import submit_inquiry

    inquiry, _created = submit_inquiry(
        cleaned_data={
            "name": "Lucía Fernández",
            "email": "lucia.fernandez@example.org",
            "phone": "555-010-0142",
            "contact_method": "phone",
            "contact_time": "morning",
            "topic": "depression",
            "message": MESSAGE,
            "token": str(uuid.uuid4()),
        },
        language="es",
    )

    page = new_context("desktop").new_page()
    log_in(page, site, reviewer.username, STAFF_PASSWORD)
    page.goto(site + INQUIRIES)
    search(page, "Lucia.Fernandez@example.org")
    expect(page.get_by_role("link", name=inquiry.reference)).to_be_visible()
    page.get_by_role("link", name=inquiry.reference).click()

    page.get_by_role("button", name="Assign to me").click()
    expect(page.locator(".messagelist")).to_contain_text(f"{inquiry.reference} is assigned to you.")
    page.get_by_role("group", name="Inquiry notes").get_by_role("textbox", name=re.compile("^Note")).first.fill(NOTE)
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")
    set_status(page, "Closed")
    expect(page.locator(".messagelist")).to_contain_text("changed successfully")
    expect(page.locator(".case-assignee")).to_contain_text("Status: Closed. Assigned to you.")
    screenshot(page, "twelve-tasks-case-closed")

    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.assignee) == (Inquiry.Status.CLOSED, reviewer)
    assert InquiryNote.objects.get(inquiry=inquiry).text == NOTE

    # The audit trail: who viewed, changed and noted this case; no health details.
    page.goto(site + "/admin/")
    page.get_by_role("link", name=re.compile("^Audit trail", re.I)).click()
    search(page, inquiry.reference)
    table = page.locator("#result_list")
    for action in ("Viewed", "Changed", "Added a note"):
        expect(table.get_by_role("cell", name=action, exact=True).first).to_be_visible()
    expect(table).to_contain_text(reviewer.username)
    expect(table).to_contain_text(f"assignee: {reviewer.username}")
    expect(table).to_contain_text("status: New -> Closed")
    text = page.locator("#content").inner_text()
    for secret in (NOTE, MESSAGE, "Depression", "depression", "Lucía", "lucia.fernandez", "555-010-0142"):
        assert secret not in text, f"the audit trail shows {secret!r}"
    screenshot(page, "twelve-tasks-audit-trail")


def set_status(page, label):
    """Change the case's status in the case page's one form (status, assignee and notes), then save."""
    page.get_by_label("Status:", exact=True).select_option(label=label)
    page.get_by_role("button", name="Save and continue editing").click()
    page.wait_for_load_state()


def search(page, words):
    """The admin list's search box, then Enter."""
    box = page.locator("#searchbar")
    box.fill(words)
    box.press("Enter")
    page.wait_for_load_state()
