"""The intake dashboard passes axe-core's WCAG A and AA rules at 390 and 1280 px, with cases of every
topic, language and status on it; it runs no refused style or script under the staff CSP. Each width
is photographed into var/screenshots/ (docs/screenshots/dashboard.png is the 1280 px one)."""

import pytest
from playwright.sync_api import expect

from tests.conftest import STAFF_PASSWORD
from tests.intake_dashboard.conftest import make_cases  # noqa: F401 (the fixture)

from .helpers import axe_violations, describe_violations, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_dashboard_is_accessible(site, reviewer, make_cases, new_context, device):  # noqa: F811
    make_cases(240, every_hours=8)  # about 11 weeks
    page = new_context(device).new_page()
    log_in(page, site, reviewer.username, STAFF_PASSWORD)
    page.goto(site + "/admin/intake-dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Intake dashboard")
    for title in ("Requests per week", "Answered within the promised time", "Open cases by status"):
        expect(page.get_by_role("img", name=title)).to_be_visible()
        expect(page.get_by_role("table", name=None).first).to_be_visible()
    screenshot(page, "intake-dashboard")
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, f"the dashboard at {page.viewport_size['width']} px")
    assert not page.problems, page.problems
