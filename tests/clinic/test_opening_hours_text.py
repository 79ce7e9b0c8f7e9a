"""What the opening hours say, derived from the rows (clinic.hours): the lines people read in each
language, what search engines read, and the rows an existing clinic's old hours text became."""

from datetime import time
from importlib import import_module

from django.utils import translation

from clinic import hours
from clinic.hours import Schedule, opening_hours_specification
from tests.page_html import plain


def _week(*rows):
    return Schedule.from_rows([(day, time(*opens), time(*closes)) for day, opens, closes in rows])


def describe(schedule, **options):
    return [plain(line) for line in hours.describe(schedule, **options)]


SAMPLE = _week(*((day, (8,), (17,)) for day in range(5)))


def test_a_time_never_breaks_across_lines():
    with translation.override("es"):
        assert hours.describe(SAMPLE)[0] == "Lunes a viernes: 8\u00a0a.\u00a0m. a 5\u00a0p.\u00a0m."


def test_neighbouring_days_with_the_same_hours_share_a_line():
    with translation.override("en"):
        assert describe(SAMPLE) == ["Monday to Friday: 8 am to 5 pm", "Saturday and Sunday: closed"]
    with translation.override("es"):
        assert describe(SAMPLE) == ["Lunes a viernes: 8 a. m. a 5 p. m.", "Sábado y domingo: cerrado"]
        # Run into a sentence (the form's "Nuestro horario — ..."), a Spanish day keeps its lower case.
        assert describe(SAMPLE, own_lines=False)[0] == "lunes a viernes: 8 a. m. a 5 p. m."


def test_minutes_noon_and_days_apart():
    week = _week((0, (8, 30), (12,)), (2, (8, 30), (12,)), (3, (12,), (20, 15)))
    with translation.override("en"):
        assert describe(week) == [
            "Monday: 8:30 am to noon",
            "Tuesday: closed",
            "Wednesday: 8:30 am to noon",  # the same hours as Monday, but not next to it
            "Thursday: noon to 8:15 pm",
            "Friday to Sunday: closed",
        ]
    with translation.override("es"):
        assert describe(week)[3] == "Jueves: 12 del mediodía a 8:15 p. m."


def test_search_engines_get_one_node_per_opening_with_its_days():
    week = _week(*((day, (9,), (12,)) for day in range(5)), *((day, (13,), (17,)) for day in range(4)))
    assert opening_hours_specification(week) == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "09:00",
            "closes": "12:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day}" for day in ("Monday", "Tuesday", "Wednesday", "Thursday")],
            "opens": "13:00",
            "closes": "17:00",
        },
    ]
    assert opening_hours_specification(Schedule({})) == []


def test_the_old_machine_readable_hours_became_rows():
    rows_from_schema = import_module("content.migrations.0007_opening_hours_rows").rows_from_schema
    assert rows_from_schema("Mo-Fr 08:00-19:00; Sa 09:00-13:00") == [
        *((day, time(8), time(19)) for day in range(5)),
        (5, time(9), time(13)),
    ]
    assert rows_from_schema("Mo,We 09:00-12:00, 13:00-17:00") == [
        (0, time(9), time(12)),
        (0, time(13), time(17)),
        (2, time(9), time(12)),
        (2, time(13), time(17)),
    ]
    sample = [(day, time(8), time(17)) for day in range(5)]
    assert rows_from_schema("") == sample  # empty or unreadable: the sample hours, as on a new site
    assert rows_from_schema("by appointment") == sample


def test_the_closed_days_of_the_next_two_weeks_are_named_in_each_language():
    from datetime import date

    christmas_eve, christmas, new_year, too_far = (
        date(2026, 12, 24),
        date(2026, 12, 25),
        date(2027, 1, 1),
        date(2027, 1, 4),
    )
    saturday, yesterday = date(2026, 12, 26), date(2026, 12, 20)
    schedule = Schedule(SAMPLE.spans, frozenset({christmas_eve, christmas, new_year, too_far, saturday, yesterday}))
    today = date(2026, 12, 21)
    with translation.override("en"):
        assert hours.upcoming_closures(schedule, today) == [
            "Closed Thursday, December 24",
            "Closed Friday, December 25",
            "Closed Friday, January 1",
        ]  # not a Saturday (never open), not a past date, not one more than two weeks ahead
    with translation.override("es"):
        assert hours.upcoming_closures(schedule, today) == [
            "Cerrado el jueves 24 de diciembre",
            "Cerrado el viernes 25 de diciembre",
            "Cerrado el viernes 1 de enero",
        ]
    assert hours.upcoming_closures(SAMPLE, today) == []
