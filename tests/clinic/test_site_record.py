"""The Site record (which the CMS toolbar and page tree show) carries the clinic's name and SITE_URL's host."""

from django.contrib.sites.models import Site
from django.core.management import call_command
from django.test import override_settings

from clinic.models import ClinicDetails
from clinic.services import sync_site_record
from tests.clinic.conftest import clinic_details_form


@override_settings(SITE_URL="https://riverside-clinic.example")
def test_the_seed_names_the_site_after_the_clinic_and_site_url(db):
    call_command("load_sample_content", verbosity=0)
    site = Site.objects.get_current()
    assert (site.name, site.domain) == (ClinicDetails.objects.get().name, "riverside-clinic.example")
    assert site.domain != "example.com"


def test_saving_the_clinic_details_renames_the_site(editor_client, seeded):
    data = clinic_details_form(name="Riverside Example Clinic")
    assert editor_client.post("/admin/clinic/clinicdetails/1/change/", data).status_code == 302

    assert Site.objects.get_current().name == "Riverside Example Clinic"
    tree = editor_client.get("/admin/cms/pagecontent/").content.decode()
    assert "example.com" not in tree


@override_settings(SITE_URL="http://127.0.0.1:8000")
def test_a_local_address_keeps_its_port(seeded):
    assert sync_site_record().domain == "127.0.0.1:8000"
