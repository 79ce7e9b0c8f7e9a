"""Fixtures for the referral form: its published page and a factory for a valid post."""

import uuid

import pytest

# The example NPI of the CMS documentation: its check digit is right.
VALID_NPI = "1234567893"


@pytest.fixture
def referral_page(seeded):
    """The published "refer a patient" page (ReferralApphook); returns its URL."""
    from cms.models import Page

    from clinic_site.cms_compat import reload_urlconf_to_database_revision

    page = Page.objects.get(application_urls="ReferralApphook")
    reload_urlconf_to_database_revision()
    return page.get_absolute_url()


@pytest.fixture
def referral_data():
    def make(**overrides):
        data = {
            "referrer_name": "Dr. Robin Referrer",
            "referrer_credentials": "MD",
            "referrer_npi": VALID_NPI,
            "referrer_practice": "Example Family Medicine",
            "referrer_phone": "555-010-0300",
            "referrer_fax": "555-010-0301",
            "referrer_email": "robin.referrer@example.org",
            "patient_name": "Pat Example",
            "patient_birth_date": "1980-04-23",
            "patient_phone": "555-010-0400",
            "patient_email": "",
            "patient_language": "es",
            "reason": "trd",
            "antidepressant_trials": "3",
            "trials_summary": "Sertraline 200 mg for 10 weeks, then bupropion, then venlafaxine.",
            "current_medications": "Venlafaxine 150 mg daily.",
            "urgency": "soon",
            "patient_consent": "on",
            "website": "",
            "token": str(uuid.uuid4()),
        }
        data.update(overrides)
        return data

    return make


@pytest.fixture
def referral(client, referral_page, referral_data):
    """One referral sent through the form (the client logged out again)."""
    from referrals.models import Referral

    response = client.post(referral_page, referral_data())
    assert response.status_code == 302
    client.logout()
    return Referral.objects.get()
