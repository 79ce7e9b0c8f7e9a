"""The pictures in docs/editors.md and docs/intake.md, taken from the real screens.

`make screenshots` runs this module with GUIDE_SCREENSHOTS_DIR=docs/screenshots, so the guides are
retaken whenever the screens change; in the suite the pictures go to a temporary folder and the
test checks that every screen the guides show still opens and draws.
"""

import os
from pathlib import Path

import pytest
from cms.api import add_plugin
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url, get_object_structure_url
from djangocms_versioning.models import Version

from tests.browser.helpers import log_in
from tests.browser.test_reviewer_journey import submit_an_inquiry
from tests.conftest import STAFF_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WINDOW = {"width": 1280, "height": 800}


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("GUIDE_SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    taken = []

    def take(page, name):
        page.wait_for_load_state("networkidle")
        path = folder / f"{name}.png"
        page.screenshot(path=str(path))  # the window, not the whole page: small files for the guides
        taken.append(path)
        return path

    yield take
    for path in taken:
        assert path.stat().st_size > 5_000, f"{path.name} looks empty"


def test_the_editors_screens(site, editor, new_context, shots):
    page = new_context(viewport=WINDOW).new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    published = PageContent.objects.get(page__reverse_id="what-to-expect", language="en")
    home = Version.objects.get_for_content(published).copy(editor).content  # "New draft", as an editor does

    page.goto(site + get_object_edit_url(home))
    page.locator("#cms-top .cms-toolbar").first.wait_for()
    shots(page, "editor-toolbar")

    page.goto(site + get_object_structure_url(home))
    page.locator(".cms-dragbar .cms-submenu-add").first.click()  # the content placeholder's "+"
    page.locator(".cms-plugin-picker >> visible=true").first.wait_for()
    shots(page, "plugin-picker")

    page.goto(site + "/admin/content/pagetranslation/")
    shots(page, "page-translations")
    page.goto(site + "/admin/editorial/contenthealth/")
    shots(page, "content-health")

    page.goto(site + "/admin/cms/pagecontent/?language=en")
    page.locator(".cms-tree-item-languages").first.wait_for()
    shots(page, "page-tree-languages")

    # A refused publish: the draft in edit mode under the panel that names the rule and the words.
    content = home.get_placeholders().get(slot="content")
    add_plugin(content, "TextPlugin", "en", body="<p>Ketamine cures depression.</p>")
    page.goto(site + get_object_edit_url(home))
    page.get_by_role("link", name="Publish", exact=True).click()
    page.locator(".editorial-refusal").wait_for()
    page.locator(".cms-messages").wait_for(state="hidden", timeout=20_000)
    shots(page, "publish-refused")


def test_the_intake_screens(site, inquiry_page, reviewer, new_context, shots):
    visitor = new_context(viewport=WINDOW).new_page()
    submit_an_inquiry(visitor, site, inquiry_page)
    page = new_context(viewport=WINDOW).new_page()
    log_in(page, site, reviewer.username, STAFF_PASSWORD)
    page.goto(site + "/admin/inquiries/inquiry/")
    shots(page, "inquiry-list")
    page.locator("#result_list tbody a").first.click()
    page.wait_for_load_state()
    shots(page, "inquiry-detail")


def test_the_opening_hours_screen(site, editor, new_context, shots):
    page = new_context(viewport=WINDOW).new_page()
    log_in(page, site, editor.username, STAFF_PASSWORD)
    page.goto(site + "/admin/clinic/clinicdetails/1/change/")
    page.locator(".opening-hours-help").evaluate("help => help.scrollIntoView()")  # the rows at the top
    page.evaluate("window.scrollBy(0, -16)")
    shots(page, "opening-hours")
