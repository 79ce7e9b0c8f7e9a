"""What the browser journeys share: accessibility checks, screenshots, logging in."""

import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"

# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core's tags; 2.2 adds only AA rules).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_axe = Axe()  # axe-core ships inside the package: nothing is downloaded


def axe_violations(page):
    """Run axe-core on the page as it is now; return its list of violations."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return results.response["violations"]


def describe_violations(violations, where):
    """A failure message a person can act on: rule, impact, what to fix and where."""
    lines = [f"{len(violations)} accessibility rule(s) broken on {where}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:8]:
            targets = " ".join(" > ".join(t) if isinstance(t, list) else t for t in node["target"])
            lines.append(f"    at {targets}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", " ")
                lines.append(f"       {summary[:300]}")
    return "\n".join(lines)


def assert_accessible(page, where):
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, where)


def horizontal_overflow(page):
    """How many CSS pixels the document is wider than the window (0 when nothing scrolls sideways)."""
    width = page.viewport_size["width"]
    scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    # With mobile emulation a too-wide page zooms out and innerWidth grows with it,
    # so compare with the window size that was asked for as well.
    return max(scroll_width - inner_width, scroll_width - width, 0)


def screenshot(page, name):
    """A full-page screenshot in var/screenshots/, named after the page and the window width."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "home"
    path = SCREENSHOTS / f"{slug}-{page.viewport_size['width']}.png"
    page.screenshot(path=str(path), full_page=True, scale="css")
    return path


def log_in(page, base_url, username, password):
    """Log in through the real admin login form, as a person would."""
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name=re.compile("log in", re.I)).click()
    page.wait_for_load_state()
    assert "/admin/login/" not in page.url, f"login as {username} failed: still on {page.url}"


def toolbar_text(page):
    """The CMS toolbar's text, once the toolbar has drawn."""
    toolbar = page.locator("#cms-top .cms-toolbar").first
    toolbar.wait_for()
    return toolbar.inner_text()


def open_new_draft(page, base_url, page_title):
    """From the CMS page tree, open a published page and start a new draft of it, as an editor does."""
    page.goto(f"{base_url}/admin/cms/pagecontent/")
    node_id = page.locator("li.cms-tree-node", has_text=page_title).get_attribute("id")
    page.locator(f'[data-jstreegrid="{node_id}"]').get_by_role("link", name="Edit/View").click()
    # A published version cannot be edited in place: the toolbar offers a new draft.
    page.get_by_role("link", name="New Draft").click()
    page.wait_for_load_state("networkidle")


def fill_inquiry_form(page, *, name, email, phone="", method="Phone call", time="Morning", topic="Depression"):
    """Fill the intake form by its visible labels, as a person reading it would."""
    page.get_by_label("Your name").fill(name)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Phone number").fill(phone)
    page.get_by_role("radio", name=method).check()
    page.get_by_role("radio", name=re.compile(re.escape(time))).check()
    page.get_by_role("radio", name=re.compile(re.escape(topic))).check()
    page.get_by_role("checkbox", name=re.compile("privacy notice")).check()


def is_focused(locator):
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, target, limit=120, backwards=False):
    """Press Tab (or Shift+Tab) until ``target`` has the focus, as a keyboard user would; fail if it never does."""
    target.wait_for(state="attached")
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if is_focused(target):
            return
    active = page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    raise AssertionError(f"{target} never got the focus after {limit} presses of Tab (focus is on {active})")


def let_the_editor_see_the_selection(page):
    """Let the browser's `selectionchange` event reach the text editor before the next key.

    The browser moves the caret for Control+A and the arrow keys and tells the editor
    (ProseMirror) in a `selectionchange` event, a task of its own. A key pressed before that
    task has run acts on the old selection. A timer set now runs after the queued event.
    """
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))")


def caret_to_end_of_inline_text(page):
    """In djangocms-text's inline editor: select all of the text, then collapse to its end."""
    page.keyboard.press("Control+A")
    let_the_editor_see_the_selection(page)
    page.keyboard.press("ArrowRight")
    let_the_editor_see_the_selection(page)
