"""A referring clinician sends a referral (one mistake first), and an intake reviewer finds it by the
referrer's NPI and moves it to "contacted". The new pages pass axe at 390 and 1280 px."""

import re

import pytest
from playwright.sync_api import expect

from referrals.models import Referral
from tests.conftest import STAFF_PASSWORD

from .helpers import axe_violations, describe_violations, horizontal_overflow, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

GOOD_NPI = "1234567893"
FORM = "/refer-a-patient/"


def _check(page, name):
    screenshot(page, name)
    problems = []
    violations = axe_violations(page)
    if violations:
        problems.append(describe_violations(violations, f"{name} at {page.viewport_size['width']} px"))
    if horizontal_overflow(page):
        problems.append(f"{name} scrolls sideways at {page.viewport_size['width']} px")
    problems.extend(page.problems)
    page.problems.clear()
    return problems


def fill_referral(page, *, npi):
    page.get_by_label("Your name").fill("Dr. Robin Referrer")
    page.get_by_label("Your credentials").fill("MD")
    page.get_by_label("Your NPI (10 digits)").fill(npi)
    page.get_by_label("Practice or organization").fill("Example Family Medicine")
    page.get_by_label("Your phone number").fill("555-010-0300")
    page.get_by_label("Your e-mail address").fill("robin.referrer@example.org")
    page.get_by_label("Patient's name").fill("Pat Example")
    page.get_by_label("Patient's date of birth").fill("1980-04-23")
    page.get_by_label("Patient's phone number").fill("555-010-0400")
    page.get_by_role("group", name="Patient's preferred language").get_by_label("Spanish").check()
    page.get_by_label("Treatment-resistant depression").check()
    page.get_by_label("Antidepressant trials so far").fill("3")
    page.get_by_label("Summary of those trials").fill("Sertraline, bupropion, venlafaxine; partial response.")
    page.get_by_label("Current medications").fill("Venlafaxine 150 mg daily.")
    page.get_by_label("Soon").check()
    page.get_by_label(re.compile("The patient agrees to be referred")).check()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_clinician_refers_a_patient_after_fixing_one_mistake(site, new_context, device):
    page = new_context(device).new_page()
    page.goto(site + FORM)
    expect(page.get_by_role("complementary", name="If your patient is in danger")).to_contain_text("911")
    problems = _check(page, f"referral-form-{device}")

    fill_referral(page, npi="1234567890")  # one digit wrong
    page.get_by_role("button", name="Send the referral").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    link = summary.get_by_role("link", name=re.compile("NPI check digit"))
    expect(link).to_be_visible()
    problems += _check(page, f"referral-form-errors-{device}")
    assert Referral.objects.count() == 0

    link.click()
    expect(page.get_by_label("Your NPI (10 digits)")).to_be_focused()
    page.get_by_label("Your NPI (10 digits)").fill(GOOD_NPI)
    page.get_by_label(re.compile("The patient agrees to be referred")).check()
    page.get_by_role("button", name="Send the referral").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Thank you")
    referral = Referral.objects.get()
    expect(page.locator(".reference-number")).to_have_text(referral.reference)
    problems += _check(page, f"referral-thank-you-{device}")
    assert not problems, "\n\n".join(problems)


def test_a_reviewer_finds_the_referral_by_npi_and_marks_it_contacted(site, reviewer, new_context):
    sender = new_context("desktop").new_page()
    sender.goto(site + FORM)
    fill_referral(sender, npi=GOOD_NPI)
    sender.get_by_role("button", name="Send the referral").click()
    expect(sender.get_by_role("heading", level=1)).to_contain_text("Thank you")
    referral = Referral.objects.get()

    page = new_context("desktop").new_page()
    log_in(page, site, reviewer.username, STAFF_PASSWORD)
    page.goto(site + "/admin/referrals/referral/")
    page.locator("#searchbar").fill(GOOD_NPI)
    page.locator("#changelist-search").get_by_role("button").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=referral.reference))
    expect(row).to_contain_text("New")
    screenshot(page, "reviewer-referral-search")
    page.get_by_role("link", name=referral.reference).click()
    expect(page.get_by_text("Pat Example")).to_be_visible()
    page.get_by_label("Status:").select_option(label="Contacted")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_be_visible()
    referral.refresh_from_db()
    assert referral.status == Referral.Status.CONTACTED


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_care_team_page_is_accessible(site, new_context, device):
    page = new_context(device).new_page()
    assert page.goto(site + "/care-team/").status == 200
    expect(page.locator("#clinician-b-sample")).to_contain_text("Spanish")
    problems = _check(page, f"care-team-{device}")
    assert not problems, "\n\n".join(problems)
