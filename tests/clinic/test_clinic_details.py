"""Clinic details: edited once in the admin, shown on every page straight after saving."""

from datetime import time
from io import StringIO

import pytest
from cms.models import Page
from django.core.cache import cache
from django.core.management import call_command

from clinic.invalidation import CLINIC_DETAILS_CACHE_KEY as CACHE_KEY
from clinic.models import ClinicDetails
from content.sample_loader import PAGES
from tests.clinic.conftest import clinic_details_form
from tests.page_html import PageReader, plain

CHANGE_URL = "/admin/clinic/clinicdetails/1/change/"


_form = clinic_details_form


def _all_pages(client):
    return {
        spec["reverse_id"]: client.get(Page.objects.get(reverse_id=spec["reverse_id"]).get_absolute_url())
        for spec in PAGES
    }


def test_seed_creates_placeholder_details(seeded):
    details = ClinicDetails.objects.get()
    assert details.phone == "555-0100"
    assert details.email.endswith("@clinic.example")


def test_a_change_in_the_admin_shows_on_every_page_after_save(client, editor, seeded):
    before = _all_pages(client)  # every page now sits in the page cache
    assert all("555-0100" in r.content.decode() for r in before.values())

    staff = client.__class__()
    staff.force_login(editor)
    response = staff.post(CHANGE_URL, _form(name="Riverside Example Clinic", phone="555-0199"))
    assert response.status_code == 302, response.content.decode()[:3000]

    for reverse_id, response in _all_pages(client).items():
        html = response.content.decode()
        assert "555-0199" in html and "555-0100" not in html, reverse_id
        page = PageReader(html)
        assert page.find("a", href="tel:5550199"), reverse_id
        assert page.json_ld_node("MedicalClinic")["name"] == "Riverside Example Clinic", reverse_id
        assert "Riverside Example Clinic" in page.text
    # Other worker processes read the same shared cache entry, now the new details.
    assert cache.get(CACHE_KEY).phone == "555-0199"


def test_contact_page_and_404_read_the_details(client, editor, seeded):
    ClinicDetails.objects.filter(pk=1).update(email="old@clinic.example")
    details = ClinicDetails.objects.get(pk=1)
    details.email = "front-desk@clinic.example"
    details.save()
    details.hours.all().delete()
    for weekday in range(4):
        details.hours.create(weekday=weekday, opens=time(9), closes=time(16))
    contact = client.get(Page.objects.get(reverse_id="contact").get_absolute_url()).content.decode()
    assert "mailto:front-desk@clinic.example" in contact
    assert "Monday to Thursday: 9 am to 4 pm" in plain(PageReader(contact).text)
    assert "front-desk@clinic.example" in client.get("/missing/").content.decode()


def test_reseeding_never_overwrites_the_details(seeded):
    details = ClinicDetails.objects.get()
    details.phone = "555-0142"
    details.save()
    call_command("load_sample_content", verbosity=0)
    assert ClinicDetails.objects.get().phone == "555-0142"
    assert ClinicDetails.objects.count() == 1


@pytest.mark.django_db
def test_there_is_only_ever_one_row(admin_client, seeded):
    assert admin_client.get("/admin/clinic/clinicdetails/add/").status_code == 403
    assert admin_client.get("/admin/clinic/clinicdetails/1/delete/").status_code == 403
    # The list goes straight to the one row.
    response = admin_client.get("/admin/clinic/clinicdetails/")
    assert response.status_code == 302 and response["Location"].endswith(CHANGE_URL)
    ClinicDetails(phone="555-0111").save()  # a second save() still writes row 1
    assert ClinicDetails.objects.count() == 1


def test_anonymous_visitors_cannot_open_the_admin_form(client, seeded):
    response = client.get(CHANGE_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_save_that_rolls_back_leaves_no_unsaved_details_on_pages(client, seeded):
    from django.db import transaction

    client.get("/")  # the details and the home page are now cached
    with pytest.raises(RuntimeError), transaction.atomic():
        details = ClinicDetails.objects.get(pk=1)
        details.phone = "555-0199"
        details.save()
        raise RuntimeError("the admin's save failed after the row was written")
    html = client.get("/").content.decode()
    assert "555-0199" not in html
    assert ClinicDetails.objects.get(pk=1).phone in html


@pytest.mark.django_db(transaction=True)  # the command closes the connection before restoring
def test_restoring_a_backup_empties_the_cached_details_and_pages(seeded, client, monkeypatch):
    from operations.management.commands import restore_db

    client.get("/")
    assert cache.get(CACHE_KEY) is not None
    restored = []
    # The restore itself is tested in tests/operations/test_backup_restore.py; here, what the command does around it.
    monkeypatch.setattr(restore_db, "restore", lambda db, path: restored.append(path))
    call_command("restore_db", "backup.sqlite3", "--noinput", stdout=StringIO())
    assert restored == ["backup.sqlite3"]
    assert cache.get(CACHE_KEY) is None


def test_a_page_showing_the_contact_plugin_stays_page_cached_and_follows_changes(client, editor, seeded):
    from cms.api import add_plugin
    from cms.models import PageContent
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from djangocms_versioning.models import Version

    # An editor adds the clinic's contact details to an article and publishes it.
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="is-it-right-for-me"), language="en")
    draft = Version.objects.get_for_content(content).copy(editor)
    add_plugin(draft.content.get_placeholders().get(slot="content"), "ClinicContactPlugin", "en")
    draft.publish(editor)
    path = content.page.get_absolute_url()

    for _ in range(2):  # cold, then once more as a worker does after a publish
        assert "555-0100" in client.get(path).content.decode()
    with CaptureQueriesContext(connection) as queries:
        assert "555-0100" in client.get(path).content.decode()
    assert len(queries) <= 1, "a page with the contact plugin must still come from the page cache"

    staff = client.__class__()
    staff.force_login(editor)
    assert staff.post(CHANGE_URL, _form(phone="555-0199")).status_code == 302
    html = client.get(path).content.decode()
    assert html.count("555-0199") >= 2 and "555-0100" not in html  # header and the plugin's box alike
