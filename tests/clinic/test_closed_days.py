"""A holiday entered in the clinic details (Closed days) is skipped by the reply-due times and told to
search engines, with no other edit."""

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from clinic.models import ClosedDay
from inquiries.services import submit_inquiry
from tests.clinic.conftest import clinic_details_form
from tests.page_html import PageReader

CHANGE_URL = "/admin/clinic/clinicdetails/1/change/"
NY = ZoneInfo("America/New_York")
MONDAY = date(2026, 12, 7)  # after Friday 4 December


def _closed_days(*days):
    data = {"closed_days-TOTAL_FORMS": len(days), "closed_days-INITIAL_FORMS": 0}
    data.update({"closed_days-MIN_NUM_FORMS": 0, "closed_days-MAX_NUM_FORMS": 1000})
    for n, day in enumerate(days):
        data.update(
            {f"closed_days-{n}-date": day.isoformat(), f"closed_days-{n}-note": "Holiday", f"closed_days-{n}-clinic": 1}
        )
    return data


def _friday_afternoon_inquiry():
    data = {"name": "Jordan Example", "email": "jordan@example.org", "phone": "", "contact_method": "email"}
    data.update(contact_time="any", topic="other", message="", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data, now=datetime(2026, 12, 4, 16, 59, tzinfo=NY))[0]


def test_a_closed_monday_moves_the_reply_due_time_and_search_engines_are_told(client, editor_client, seeded):
    assert _friday_afternoon_inquiry().reply_due_at == datetime(2026, 12, 7, 16, 59, tzinfo=NY)
    client.get("/")  # the home page is now cached
    upcoming = timezone.localdate() + timedelta(days=3)
    past = timezone.localdate() - timedelta(days=3)

    response = editor_client.post(CHANGE_URL, {**clinic_details_form(), **_closed_days(MONDAY, upcoming, past)})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ClosedDay.objects.count() == 3

    assert _friday_afternoon_inquiry().reply_due_at == datetime(2026, 12, 8, 16, 59, tzinfo=NY)  # Tuesday
    clinic = PageReader(client.get("/").content.decode()).json_ld_node("MedicalClinic")
    closed = [node["validFrom"] for node in clinic["specialOpeningHoursSpecification"]]
    assert upcoming.isoformat() in closed and past.isoformat() not in closed  # a past holiday is not announced
    assert all(node["opens"] == node["closes"] == "00:00" for node in clinic["specialOpeningHoursSpecification"])


def test_the_same_date_twice_is_refused(editor_client, seeded):
    response = editor_client.post(CHANGE_URL, {**clinic_details_form(), **_closed_days(MONDAY, MONDAY)})
    assert response.status_code == 200
    assert "Please correct the duplicate data for date" in PageReader(response.content.decode()).text
    assert not ClosedDay.objects.exists()


def test_a_closed_weekday_in_the_next_two_weeks_shows_in_the_footer_in_both_languages(client, editor_client, seeded):
    from django.utils import translation

    from clinic import hours
    from clinic.selectors import get_opening_hours

    today = timezone.localdate()
    soon = next(today + timedelta(days=n) for n in range(1, 8) if (today + timedelta(days=n)).weekday() < 5)
    later = soon + timedelta(days=21)
    client.get("/"), client.get("/es/")  # both cached before the change

    response = editor_client.post(CHANGE_URL, {**clinic_details_form(), **_closed_days(soon, later)})
    assert response.status_code == 302, response.content.decode()[:3000]

    for language, path, word in (("en", "/", "Closed "), ("es", "/es/", "Cerrado el ")):
        with translation.override(language):
            expected = hours.upcoming_closures(get_opening_hours(), today)
        assert len(expected) == 1 and expected[0].startswith(word) and str(soon.day) in expected[0]
        assert expected[0] in PageReader(client.get(path).content.decode()).text, language
