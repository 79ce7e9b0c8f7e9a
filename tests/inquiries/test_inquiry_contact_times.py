"""The form offers only contact times when the clinic is open (the opening hours in the clinic details),
and every place that shows a stored contact time uses the same label as the form."""

from datetime import time

from django.utils import translation

from clinic.hours import Schedule
from clinic.models import ClinicDetails, OpeningHours
from inquiries.contact_times import contact_time_choices, contact_time_label
from inquiries.forms import InquiryForm
from inquiries.models import Inquiry
from tests.page_html import plain


def _week(*rows):
    return Schedule.from_rows(rows)


def _labels(schedule):
    return [plain(label) for _value, label in contact_time_choices(schedule)]


WEEKDAYS_8_TO_5 = _week(*((day, time(8), time(17)) for day in range(5)))


def test_weekday_hours_offer_morning_and_afternoon_but_no_evening():
    assert _labels(WEEKDAYS_8_TO_5) == ["Morning, 8 am to noon", "Afternoon, noon to 5 pm", "Whenever we are open"]


def test_late_hours_add_an_early_evening_and_a_half_day_has_no_afternoon():
    late = _week(*((day, time(9), time(19, 30)) for day in range(4)), (4, time(9), time(12)))
    assert "Early evening, 5 pm to 7:30 pm" in _labels(late)
    saturday_morning = _week((5, time(9), time(12)))
    assert _labels(saturday_morning)[:1] == ["Morning, 9 am to noon"]
    assert not any(label.startswith("Afternoon") for label in _labels(saturday_morning))


def test_a_clinic_never_open_falls_back_to_plain_choices():
    assert _labels(Schedule({})) == ["Morning", "Afternoon", "Whenever we are open"]


def test_spanish_labels_use_the_same_hours():
    with translation.override("es"):
        assert _labels(WEEKDAYS_8_TO_5) == [
            "Por la mañana, de 8 a. m. a 12 del mediodía",
            "Por la tarde, de 12 del mediodía a 5 p. m.",
            "A cualquier hora de nuestro horario",
        ]


def test_the_form_reads_the_clinic_details_and_refuses_a_closed_time(db):
    details = ClinicDetails()
    details.save()
    OpeningHours.objects.all().delete()
    OpeningHours.objects.bulk_create(
        OpeningHours(clinic=details, weekday=day, opens=time(8), closes=time(17)) for day in range(5)
    )
    form = InquiryForm()
    labels = [plain(label) for _v, label in form.fields["contact_time"].choices]
    assert labels == ["Morning, 8 am to noon", "Afternoon, noon to 5 pm", "Whenever we are open"]
    assert "Monday to Friday: 8 am to 5 pm; Saturday and Sunday: closed" in plain(form.fields["contact_time"].help_text)
    assert form.fields["phone"].label.endswith("(optional)")
    bound = InquiryForm(data={"contact_time": "evening"})
    assert "contact_time" in bound.errors


def test_a_stored_contact_time_reads_as_the_form_said(db):
    # The label the form showed is the label the case page, the list and the CSV export show.
    OpeningHours.objects.all().delete()
    inquiry = Inquiry(contact_time="morning")
    assert plain(inquiry.get_contact_time_display()) == "Morning, 8 am to noon"  # no row: the sample hours
    assert contact_time_label("morning") == dict(InquiryForm().fields["contact_time"].choices)["morning"]
