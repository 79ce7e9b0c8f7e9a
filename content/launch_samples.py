"""What must be replaced before launch: a registry of "sample" detectors (issue 25).

The site ships with sample clinic details and a fictional care team so that `make run`
shows a whole site. Health information with a made-up reviewer must never reach the
public, so `manage.py check --deploy --database default` (content/checks.py) runs every
detector here and fails, naming each sample still in place.

A detector is a plain function that reads the database and returns ``Sample``s; add one
with ``@detector``. When the site gains sample prices or sample legal notices (a Good Faith
Estimate, a Notice of Privacy Practices), each gets a detector here: a shown price still
marked as a sample (content.E104), legal notices not yet confirmed by the clinic's counsel
(content.E105), sample visiting notes or after-hours number in the clinic details (content.E106).
"""

import re
from dataclasses import dataclass

from cms.models import PageContent

from clinic.models import ClinicDetails, Clinician, ServicePrice

from .models import MedicalReview

# The sample care team's names (content/sample_site/care_team.toml), read once.
_SAMPLE_DOMAINS = {"example.com", "example.org", "example.net"}
# 555-0100 to 555-0199 are the North American numbers set aside for fiction.
_FICTIONAL_PHONE = re.compile(r"555\D?01\d\d")


@dataclass(frozen=True)
class Sample:
    """One sample still on the site: what it is, and where staff replace it."""

    check_id: str
    what: str
    where: str


DETECTORS = []


def detector(function):
    """Register a detector: a function with no arguments that returns a list of Samples."""
    DETECTORS.append(function)
    return function


def find_samples():
    """Every sample the registered detectors find, in registration order."""
    return [sample for find in DETECTORS for sample in find()]


def sample_clinician_names():
    from .sample_loader import CLINICIANS

    return {clinician["name"] for clinician in CLINICIANS}


def _is_example_email(address):
    domain = address.rpartition("@")[2].lower()
    return domain.endswith(".example") or domain == "example" or domain in _SAMPLE_DOMAINS


CLINIC_DETAILS_ADMIN = "Replace it in the admin: Site content > Clinic details."


@detector
def sample_clinic_details():
    details = ClinicDetails.objects.first()
    if details is None:
        return [Sample("content.E101", "The clinic details have never been entered.", CLINIC_DETAILS_ADMIN)]
    defaults = {field.name: field.default for field in ClinicDetails._meta.fields if field.has_default()}
    found = []
    if details.name == defaults["name"] or "example" in details.name.lower():
        found.append(f"name ({details.name})")
    if _FICTIONAL_PHONE.search(details.phone):
        found.append(f"phone ({details.phone})")
    if _is_example_email(details.email):
        found.append(f"e-mail ({details.email})")
    if (
        details.street_address == defaults["street_address"]
        or "example" in details.street_address.lower()
        or details.postal_code == defaults["postal_code"]
    ):
        found.append(f"address ({details.street_address}, {details.postal_code})")
    return [Sample("content.E101", f"The clinic's {item} is a sample.", CLINIC_DETAILS_ADMIN) for item in found]


@detector
def sample_medical_reviewers():
    """A published page (any language) whose medical reviewer is a sample clinician."""
    names = sample_clinician_names()
    reviews = (
        MedicalReview.objects.filter(extended_object__in=PageContent.objects.all(), reviewer__name__in=names)
        .select_related("reviewer", "extended_object")
        .order_by("extended_object__language", "extended_object__title")
    )
    return [
        Sample(
            "content.E102",
            f'The page "{review.extended_object.title}" ({review.extended_object.language}) names the sample '
            f"clinician {review.reviewer.name} as its medical reviewer.",
            "Have a real clinician review the page, then choose them in the page's medical review "
            "(Page > Medical review) and publish it.",
        )
        for review in reviews
    ]


@detector
def sample_care_team():
    """A sample clinician still shown on the care-team page."""
    return [
        Sample(
            "content.E103",
            f"The sample clinician {clinician.name} is still shown on the care-team page.",
            "Replace or hide the profile in the admin: Site content > Clinicians.",
        )
        for clinician in Clinician.objects.listed().filter(name__in=sample_clinician_names()).order_by("position")
    ]


@detector
def sample_prices():
    """A shown price still marked as a sample (Admin > Site content > Prices)."""
    return [
        Sample(
            "content.E104",
            f'The price of "{price.service}" is a sample.',
            'Enter the clinic\'s price in the admin (Site content > Prices), untick "sample price" and set '
            '"price confirmed on"; or untick "shown".',
        )
        for price in ServicePrice.objects.shown().filter(is_sample=True)
    ]


@detector
def unconfirmed_legal_notices():
    """The sample Good Faith Estimate notice, Notice of Privacy Practices and accessibility page, never confirmed."""
    details = ClinicDetails.objects.first()
    found = []
    if details is None or details.notices_confirmed_on is None:
        found.append(
            Sample(
                "content.E105",
                "The Good Faith Estimate notice, the Notice of Privacy Practices and the accessibility page are "
                "sample wording that the clinic's counsel has not confirmed.",
                "Have counsel review the three pages in both languages and publish them, then enter the date in "
                'the admin: Site content > Clinic details > Legal notices > "legal notices confirmed on".',
            )
        )
    if details is None or details.privacy_effective_date is None:
        found.append(
            Sample(
                "content.E105",
                "The Notice of Privacy Practices has no effective date.",
                "Enter it in the admin: Site content > Clinic details > Legal notices.",
            )
        )
    return found


# The sample visiting notes all start with "Sample" (clinic.models.ClinicDetails defaults).
_VISIT_FIELDS = ("directions", "parking", "transit", "access")


@detector
def sample_visit_details():
    """Sample directions, parking, transport or access notes, or the sample after-hours number."""
    details = ClinicDetails.objects.first()
    if details is None:
        return []
    found = [
        f"{field} notes are" for field in _VISIT_FIELDS if getattr(details, field).strip().lower().startswith("sample")
    ]
    if _FICTIONAL_PHONE.search(details.after_hours_phone):
        found.append(f"after-hours phone ({details.after_hours_phone}) is")
    return [Sample("content.E106", f"The clinic's {item} a sample.", CLINIC_DETAILS_ADMIN) for item in found]
