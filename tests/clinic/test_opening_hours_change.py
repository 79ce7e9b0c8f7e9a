"""The opening hours are entered once, in the clinic details, and everything that shows them follows
with no other edit: the footer in English and Spanish, what search engines read, the contact form's
times and the labels staff see, and the reply-due times."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from cms.models import Page
from django.utils import translation

from clinic.models import OpeningHours
from inquiries.models import Inquiry
from inquiries.services import submit_inquiry
from tests.clinic.conftest import clinic_details_form
from tests.page_html import PageReader, plain

CHANGE_URL = "/admin/clinic/clinicdetails/1/change/"
NY = ZoneInfo("America/New_York")
# Monday to Friday 8:00 to 19:00, Saturday 9:00 to 13:00, as an editor types them.
LONG_WEEK = [*((weekday, "08:00", "19:00") for weekday in range(5)), (5, "09:00", "13:00")]


def _page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _contact_paths():
    page = Page.objects.get(application_urls="InquiryApphook")
    return page.get_absolute_url("en"), page.get_absolute_url("es")


def _friday_evening_inquiry():
    data = {"name": "Jordan Example", "email": "jordan@example.org", "phone": "", "contact_method": "email"}
    data.update(contact_time="evening", topic="other", message="", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data, now=datetime(2026, 12, 4, 18, 59, tzinfo=NY))[0]  # a Friday


def test_new_hours_in_the_admin_change_every_place_that_shows_them(client, editor, reviewer, inquiry_page):
    contact_en, contact_es = _contact_paths()
    # Before: the sample hours, and every page below now sits in the page cache.
    assert "Monday to Friday: 8 am to 5 pm" in PageReader(_page(client, "/")).text
    assert "Lunes a viernes: 8 a. m. a 5 p. m." in PageReader(_page(client, "/es/")).text
    assert "Early evening" not in _page(client, contact_en)
    assert _friday_evening_inquiry().reply_due_at == datetime(2026, 12, 7, 17, 0, tzinfo=NY)  # Monday's closing

    staff = client.__class__()
    staff.force_login(editor)
    response = staff.post(CHANGE_URL, clinic_details_form(hours=LONG_WEEK))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert OpeningHours.objects.count() == 6

    # The footer, in both languages.
    english = PageReader(_page(client, "/"))
    for line in ("Monday to Friday: 8 am to 7 pm", "Saturday: 9 am to 1 pm", "Sunday: closed"):
        assert line in english.text
    assert "8 am to 5 pm" not in english.text
    spanish = PageReader(_page(client, "/es/"))
    for line in ("Lunes a viernes: 8 a. m. a 7 p. m.", "Sábado: 9 a. m. a 1 p. m.", "Domingo: cerrado"):
        assert line in spanish.text
    assert "5 p. m." not in spanish.text

    # What search engines read.
    assert english.json_ld_node("MedicalClinic")["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "08:00",
            "closes": "19:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Saturday"],
            "opens": "09:00",
            "closes": "13:00",
        },
    ]
    assert "openingHours" not in english.json_ld_node("MedicalClinic")

    # The form offers the early evening now, in both languages, and says the new hours.
    form_en = PageReader(_page(client, contact_en)).text
    assert "Early evening, 5 pm to 7 pm" in form_en
    assert "Our opening hours — Monday to Friday: 8 am to 7 pm; Saturday: 9 am to 1 pm; Sunday: closed." in form_en
    form_es = PageReader(_page(client, contact_es)).text
    assert "Al final de la tarde, de 5 p. m. a 7 p. m." in form_es
    assert (
        "Nuestro horario — lunes a viernes: 8 a. m. a 7 p. m.; sábado: 9 a. m. a 1 p. m.; domingo: cerrado." in form_es
    )

    # A case sent at the same moment as before is due sooner: 1 minute on Friday, 4 hours on
    # Saturday and the rest of an 11-hour business day on Monday.
    inquiry = _friday_evening_inquiry()
    assert inquiry.reply_due_at == datetime(2026, 12, 7, 14, 59, tzinfo=NY)

    # The label staff read (case page; the list and the CSV export call the same method) is the form's.
    with translation.override("en"):
        assert plain(Inquiry.objects.get(pk=inquiry.pk).get_contact_time_display()) == "Early evening, 5 pm to 7 pm"
    staff.force_login(reviewer)
    case_page = PageReader(_page(staff, f"/admin/inquiries/inquiry/{inquiry.pk}/change/")).text
    assert "Early evening, 5 pm to 7 pm" in case_page


def test_the_admin_shows_the_rows_and_the_time_zone(editor_client, seeded):
    html = _page(editor_client, CHANGE_URL)
    assert "Opening hours" in html and "America/New_York" in html
    page = PageReader(html)
    assert page.find("input", name="hours-0-opens", value="08:00:00") or page.find(
        "input", name="hours-0-opens", value="08:00"
    )
    assert not page.find("textarea", name="opening_hours")  # no free-text copy left to fall out of step
