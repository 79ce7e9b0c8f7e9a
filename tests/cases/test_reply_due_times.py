"""Reply-due times and Good Faith Estimate deadlines in the clinic's business time (America/New_York),
at the edges: the last minute before closing on a Friday, a weekend, after closing."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from cases.reply_due import estimate_due, reply_due, reply_promise
from clinic.hours import Schedule
from clinic.models import OpeningHours
from clinic.selectors import DEFAULT_HOURS, get_opening_hours

NY = ZoneInfo("America/New_York")
MON_TO_FRI = range(5)
# The hours as staff enter them in the clinic details: (weekday, opens, closes) rows.
WEEKDAYS = Schedule.from_rows([(day, time(9), time(17)) for day in MON_TO_FRI])
LONG_WEEK = Schedule.from_rows([*((day, time(8), time(19)) for day in MON_TO_FRI), (5, time(9), time(13))])

# 2026-12-04 is a Friday.
FRIDAY, SATURDAY, MONDAY = date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 7)


def at(day, hour, minute=0):
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NY)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (at(FRIDAY, 16, 59), at(MONDAY, 16, 59)),  # one minute left on Friday, the rest on Monday
        (at(FRIDAY, 17, 0), at(MONDAY, 17, 0)),  # at closing: the whole of Monday
        (at(SATURDAY, 10), at(MONDAY, 17)),  # closed all weekend
        (at(MONDAY, 18), at(date(2026, 12, 8), 17)),  # after closing: Tuesday's whole day
        (at(MONDAY, 9), at(MONDAY, 17)),  # at opening: a whole business day, by closing
        (at(MONDAY, 13), at(date(2026, 12, 8), 13)),  # mid-day: the same time the next day
        (at(MONDAY, 7), at(MONDAY, 17)),  # before opening: by Monday's closing
    ],
)
def test_one_business_day(received, due):
    assert reply_due(received, WEEKDAYS) == due


def test_a_longer_week_with_a_saturday_morning():
    # One business day is the longest opening (11 hours): 1 minute Friday, 4 hours Saturday, 6h59 Monday.
    assert reply_due(at(FRIDAY, 18, 59), LONG_WEEK) == at(MONDAY, 14, 59)


@override_settings(INQUIRY_REPLY_BUSINESS_DAYS=2)
def test_two_business_days_and_the_promise_says_so():
    assert reply_due(at(FRIDAY, 16, 59), WEEKDAYS) == at(date(2026, 12, 8), 16, 59)
    assert reply_promise() == "within 2 business days"


def test_the_promise_for_one_day():
    assert reply_promise() == "within one business day"


@pytest.mark.parametrize(
    ("received", "due"),
    [(at(FRIDAY, 10), at(FRIDAY, 17)), (at(FRIDAY, 18), at(MONDAY, 17)), (at(SATURDAY, 12), at(MONDAY, 17))],
)
def test_an_urgent_case_is_due_the_same_business_day(received, due):
    assert reply_due(received, WEEKDAYS, urgent=True) == due


@pytest.mark.parametrize(
    ("visit", "due"),
    [
        (date(2026, 12, 14), at(date(2026, 12, 8), 17)),  # 5 business days ahead: 1 business day after scheduling
        (date(2026, 12, 23), at(date(2026, 12, 10), 17)),  # 12 business days ahead: 3 business days
        (date(2026, 12, 9), None),  # 2 business days ahead: the rule sets no deadline
    ],
)
def test_good_faith_estimate_after_scheduling(visit, due):
    assert estimate_due(scheduled_at=at(MONDAY, 11), visit_date=visit, schedule=WEEKDAYS) == due


def test_good_faith_estimate_on_request_is_due_3_business_days_later():
    due = estimate_due(scheduled_at=None, visit_date=None, requested_at=at(date(2026, 12, 9), 15), schedule=WEEKDAYS)
    assert due == at(date(2026, 12, 14), 17)  # Wednesday -> Thu, Fri, Mon


def test_a_lunch_break_is_not_business_time():
    lunch = Schedule.from_rows([(0, time(9), time(12)), (0, time(13), time(17)), (1, time(9), time(17))])
    # 7 hours a day on Monday, 8 on Tuesday: one business day is 8 hours; 11:30 + 8h skips 12 to 1 and the night.
    assert reply_due(at(MONDAY, 11, 30), lunch) == at(date(2026, 12, 8), 12, 30)


def test_a_closed_day_is_skipped_like_a_weekend():
    holiday_monday = Schedule.from_rows([(day, time(9), time(17)) for day in MON_TO_FRI], closed_dates=[MONDAY])
    assert reply_due(at(FRIDAY, 16, 59), holiday_monday) == at(date(2026, 12, 8), 16, 59)
    assert reply_due(at(MONDAY, 10), holiday_monday, urgent=True) == at(date(2026, 12, 8), 17)


def test_no_hours_entered_falls_back_to_the_sample_weekdays(seeded):
    OpeningHours.objects.all().delete()
    assert get_opening_hours() == DEFAULT_HOURS
    assert reply_due(at(FRIDAY, 16, 59), DEFAULT_HOURS) == at(MONDAY, 16, 59)
