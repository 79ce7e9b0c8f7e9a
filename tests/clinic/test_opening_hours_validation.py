"""The opening hours an editor enters are checked before they are saved, with a message that says
what to fix; a refused save changes nothing on the site."""

import pytest

from clinic.models import OpeningHours
from tests.clinic.conftest import clinic_details_form
from tests.page_html import PageReader

CHANGE_URL = "/admin/clinic/clinicdetails/1/change/"


def _refused(editor_client, hours):
    before = list(OpeningHours.objects.values_list("weekday", "opens", "closes"))
    response = editor_client.post(CHANGE_URL, clinic_details_form(hours=hours))
    assert response.status_code == 200  # the form again, with the message
    assert list(OpeningHours.objects.values_list("weekday", "opens", "closes")) == before
    return PageReader(response.content.decode()).text


def test_a_closing_time_before_the_opening_time_is_refused(editor_client, seeded):
    text = _refused(editor_client, [(0, "17:00", "08:00")])
    assert "The closing time must be after the opening time." in text


@pytest.mark.parametrize("second", [("12:00", "17:00"), ("08:00", "13:00"), ("09:00", "10:00")])
def test_two_openings_of_a_day_that_overlap_are_refused(editor_client, seeded, second):
    text = _refused(editor_client, [(0, "08:00", "13:00"), (0, *second)])
    assert f"Monday has two openings that overlap (08:00-13:00 and {second[0]}-{second[1]})" in text


def test_a_week_with_no_opening_is_refused(editor_client, seeded):
    text = _refused(editor_client, [])
    assert "Enter at least one opening" in text


def test_a_lunch_break_is_two_openings_and_the_footer_says_so(client, editor_client, seeded):
    response = editor_client.post(CHANGE_URL, clinic_details_form(hours=[(0, "09:00", "12:00"), (0, "13:00", "17:00")]))
    assert response.status_code == 302, response.content.decode()[:3000]
    text = PageReader(client.get("/").content.decode()).text
    assert "Monday: 9 am to noon and 1 pm to 5 pm" in text
    assert "Tuesday to Sunday: closed" in text
