"""Every published page passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules at 390 and 1280 px.

The pages come from the CMS page tree in the database, so a page an editor adds is checked
too. At 390 px nothing may scroll sideways. Each page is also photographed at both widths
into var/screenshots/ for a person to look at.
"""

import pytest

from content.seeding import published_pages

from .helpers import axe_violations, describe_violations, horizontal_overflow, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_every_published_page_is_accessible(site, new_context, device):
    contents = list(published_pages())
    assert len(contents) >= 2, "the sample page tree did not load"
    page = new_context(device).new_page()
    width = page.viewport_size["width"]
    problems = []
    for content in contents:
        path = content.page.get_absolute_url("en")
        response = page.goto(site + path)
        assert response.status == 200, f"{path} answered {response.status}"
        screenshot(page, f"page-{path.strip('/') or 'home'}")
        violations = axe_violations(page)
        if violations:
            problems.append(describe_violations(violations, f"{path} at {width} px"))
        overflow = horizontal_overflow(page)
        if overflow:
            problems.append(f"{path} at {width} px scrolls sideways by {overflow} px")
        problems.extend(f"{path}: {problem}" for problem in page.problems)
        page.problems.clear()
    assert not problems, "\n\n".join(problems)
