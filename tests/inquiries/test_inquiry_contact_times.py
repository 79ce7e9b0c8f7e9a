"""The form offers only contact times when the clinic is open (from the clinic details)."""

from content.models import ClinicDetails
from inquiries.contact_times import contact_time_choices, opening_window
from inquiries.forms import InquiryForm


def _labels(schema):
    return [str(label) for _value, label in contact_time_choices(schema)]


def test_weekday_hours_offer_morning_and_afternoon_but_no_evening():
    assert _labels("Mo-Fr 08:00-17:00") == ["Morning, 8 am to noon", "Afternoon, noon to 5 pm", "Whenever we are open"]


def test_late_hours_add_an_early_evening_and_a_half_day_has_no_afternoon():
    assert "Early evening, 5 pm to 7:30 pm" in _labels("Mo-Th 09:00-19:30; Fr 09:00-12:00")
    assert _labels("Sa 09:00-12:00")[:1] == ["Morning, 9 am to noon"]
    assert not any(label.startswith("Afternoon") for label in _labels("Sa 09:00-12:00"))


def test_unreadable_hours_fall_back_to_plain_choices():
    assert opening_window("") is None
    assert _labels("by appointment") == ["Morning", "Afternoon", "Whenever we are open"]


def test_the_form_reads_the_clinic_details_and_refuses_a_closed_time(db):
    ClinicDetails(opening_hours_schema="Mo-Fr 08:00-17:00").save()
    form = InquiryForm()
    labels = [str(label) for _v, label in form.fields["contact_time"].choices]
    assert "Any time" not in labels and not any("evening" in label.lower() for label in labels)
    assert "Monday to Friday: 8 am to 5 pm" in str(form.fields["contact_time"].help_text)
    assert form.fields["phone"].label.endswith("(optional)")
    bound = InquiryForm(data={"contact_time": "evening"})
    assert "contact_time" in bound.errors
