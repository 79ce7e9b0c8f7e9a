"""Clinic details refuse a phone number nobody can dial and a malformed e-mail; good numbers make good tel: links."""

import pytest

from clinic.models import ClinicDetails
from clinic.phone import tel_href
from tests.clinic.conftest import clinic_details_form

from ..page_html import PageReader

CHANGE_URL = "/admin/clinic/clinicdetails/1/change/"


_form = clinic_details_form


@pytest.mark.parametrize("phone", ["call reception", "555", "+1 555 0100 +2", "(555 010-0100", "555-0100 ext. abc"])
def test_an_undialable_phone_is_refused(editor_client, seeded, phone):
    response = editor_client.post(CHANGE_URL, _form(phone=phone))
    assert response.status_code == 200
    assert "Type a number people can dial" in response.content.decode()
    assert ClinicDetails.objects.get(pk=1).phone == "555-0100"


def test_a_malformed_email_is_refused(editor_client, seeded):
    response = editor_client.post(CHANGE_URL, _form(email="reception at the clinic"))
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()


@pytest.mark.parametrize(
    ("phone", "href"),
    [
        ("555-0100", "tel:5550100"),
        ("+1 (555) 010-0100", "tel:+15550100100"),
        ("(555) 010-0100 ext. 12", "tel:5550100100;ext=12"),
        ("555.010.0100 x7", "tel:5550100100;ext=7"),
    ],
)
def test_dialable_numbers_make_tel_links(phone, href):
    assert tel_href(phone) == href


def test_a_number_with_an_extension_is_saved_and_shown_on_every_page(client, editor_client, seeded):
    response = editor_client.post(CHANGE_URL, _form(phone="(555) 010-0100 ext. 12"))
    assert response.status_code == 302
    client.logout()
    page = PageReader(client.get("/").content.decode())
    assert page.find("a", href="tel:5550100100;ext=12")
    assert not page.find("a", href="tel:")
