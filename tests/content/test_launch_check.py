"""The launch check (issue 25): `check --deploy --database default` names every sample left on the site.

Fails on the sample content (clinic name, 555 phone, example e-mail and address, each page a
sample clinician reviewed, each sample profile on the care-team page) and passes once staff
have replaced them; without ``--database`` (`make check`, CI) it stays silent.
"""

import pytest
from cms.models import PageContent
from django.core.checks import Error
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from clinic.models import ClinicDetails, Clinician, ServicePrice
from content import launch_samples
from content.checks import check_no_samples_before_launch
from content.models import MedicalReview
from content.sample_loader import CLINICIANS


def _launch_check():
    """The release step's command; returns the failure's text, or '' when it passes."""
    try:
        call_command("check", "--deploy", "--database", "default", "--tag", "database")
    except SystemCheckError as failure:
        return str(failure)
    return ""


def _replace_the_samples():
    ClinicDetails.objects.update(
        name="Riverside Mood Clinic",
        phone="(617) 555-2368",
        email="care@riverside-mood.org",
        street_address="12 Harbor Road",
        postal_code="02110",
        after_hours_phone="(617) 555-2399",
        directions="Second floor, above the pharmacy.",
        parking="Harbor Road garage.",
        transit="Red Line, Harbor station.",
        access="Step-free entrance on Harbor Road.",
        notices_confirmed_on="2027-01-04",
        privacy_effective_date="2027-01-04",
    )
    ServicePrice.objects.update(is_sample=False)
    for number, clinician in enumerate(Clinician.objects.all(), start=1):
        clinician.name = f"Dr. Real Clinician {number}"
        clinician.save()


def test_the_sample_site_fails_and_every_sample_is_named(seeded):
    report = _launch_check()
    assert report, "the launch check passed on the sample content"
    for item in ("name (Example Ketamine Clinic)", "phone (555-0100)", "e-mail (hello@clinic.example)", "address"):
        assert f"The clinic's {item}" in report, item
    reviewed = MedicalReview.objects.filter(extended_object__in=PageContent.objects.all())
    assert reviewed.count() > 10
    for review in reviewed.select_related("extended_object"):
        assert f'The page "{review.extended_object.title}" ({review.extended_object.language})' in report
    for clinician in CLINICIANS:
        assert f"The sample clinician {clinician['name']} is still shown" in report
    assert report.count("content.E102") == reviewed.count()
    # Issue 24: sample prices, legal notices counsel has not confirmed, sample visiting notes.
    assert report.count("content.E104") == ServicePrice.objects.shown().count() == 5
    assert 'The price of "First series: 6 IV ketamine infusions" is a sample.' in report
    assert "Good Faith Estimate notice, the Notice of Privacy Practices and the accessibility page" in report
    assert "The Notice of Privacy Practices has no effective date." in report
    for item in ("parking notes", "transit notes", "access notes", "directions notes", "after-hours phone (555-0111)"):
        assert f"The clinic's {item}" in report, item


def test_a_site_whose_samples_were_replaced_passes(seeded):
    _replace_the_samples()
    assert _launch_check() == ""


def test_one_sample_left_is_enough_to_fail(seeded):
    _replace_the_samples()
    ClinicDetails.objects.update(phone="555-0142")
    report = _launch_check()
    assert "content.E101" in report and "phone (555-0142)" in report
    assert "content.E102" not in report


def test_without_database_checks_it_stays_silent(seeded):
    """`make check` and CI run `check --deploy` without --database: the sample content passes there."""
    assert check_no_samples_before_launch(None) == []
    assert check_no_samples_before_launch(None, databases=["default"])


@pytest.mark.django_db
def test_a_new_kind_of_sample_is_one_registered_detector(monkeypatch):
    """Sample prices or legal notices join the check as one more detector."""
    monkeypatch.setattr(launch_samples, "DETECTORS", [])
    launch_samples.detector(
        lambda: [launch_samples.Sample("content.E104", "The infusion price is a sample.", "Set the real price.")]
    )
    assert check_no_samples_before_launch(None, databases=["default"]) == [
        Error("The infusion price is a sample.", hint="Set the real price.", id="content.E104")
    ]


def test_a_sample_price_left_fails_and_a_hidden_one_does_not(seeded):
    _replace_the_samples()
    row = ServicePrice.objects.get(service="Booster infusion")
    row.is_sample = True
    row.save()
    assert 'The price of "Booster infusion" is a sample.' in _launch_check()
    row.is_shown = False
    row.save()
    assert _launch_check() == ""


def test_legal_notices_must_be_confirmed_by_counsel(seeded):
    _replace_the_samples()
    ClinicDetails.objects.update(notices_confirmed_on=None)
    report = _launch_check()
    assert "content.E105" in report and "counsel" in report
