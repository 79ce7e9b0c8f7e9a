"""One helper gives a model's text in the reader's language: clinic details and clinicians alike."""

from types import SimpleNamespace

from django.utils import translation

from clinic.models import ClinicDetails, Clinician
from clinic.translated_fields import in_active_language

ROLE = SimpleNamespace(role="Psychiatrist", role_es="Psiquiatra")


def test_spanish_reads_the_spanish_column():
    with translation.override("es"):
        assert in_active_language(ROLE, "role") == "Psiquiatra"


def test_a_regional_spanish_code_reads_the_spanish_column():
    with translation.override("es-mx"):
        assert in_active_language(ROLE, "role") == "Psiquiatra"


def test_english_reads_the_english_field():
    with translation.override("en"):
        assert in_active_language(ROLE, "role") == "Psychiatrist"


def test_an_empty_or_blank_translation_falls_back_to_english():
    with translation.override("es"):
        assert in_active_language(SimpleNamespace(role="Psychiatrist", role_es=""), "role") == "Psychiatrist"
        assert in_active_language(SimpleNamespace(role="Psychiatrist", role_es="  \n"), "role") == "Psychiatrist"


def test_a_language_without_a_column_or_no_language_reads_english():
    with translation.override("fr"):
        assert in_active_language(ROLE, "role") == "Psychiatrist"
    with translation.override(None):
        assert in_active_language(ROLE, "role") == "Psychiatrist"


def test_clinic_details_and_clinicians_both_use_it():
    clinic = ClinicDetails(
        service_area="Austin", service_area_es="Austin y alrededores", directions="Go", directions_es=""
    )
    clinician = Clinician(name="A", role="Nurse", role_es=" ", bio="English bio", bio_es="Biografía")
    with translation.override("es"):
        assert clinic.local_service_area == "Austin y alrededores"
        assert clinic.local_directions == "Go"  # no Spanish directions: the English ones
        assert clinician.local_role == "Nurse"  # a blank Spanish role is not shown
        assert clinician.local_bio == "Biografía"
    with translation.override("en"):
        assert clinic.local_service_area == "Austin"
        assert clinician.local_bio == "English bio"
