"""The dashboard's weeks are TruncWeek's weeks in the clinic's time zone (Monday to Sunday, summer time
included), counted by comparing received_at with each week's start instead of truncating every row."""

import statistics
from collections import Counter
from datetime import timedelta

from django.db.models import Count
from django.db.models.functions import TruncWeek

from inquiries.models import Inquiry
from intake_dashboard import selectors

from .conftest import inquiry, local, store

NOW = local(2026, 11, 18, 15, 0)


def test_every_case_is_in_the_week_truncweek_puts_it_in(db):
    weeks = selectors.week_starts(NOW)
    start = selectors._start_of(weeks[0])
    moments = [start + timedelta(hours=5 * n, minutes=n) for n in range(400)]
    moments += [
        local(2026, 11, 9, 0, 0),  # a Monday at midnight: the new week
        local(2026, 11, 8, 23, 59),  # the Sunday before: the old one
        local(2026, 11, 1, 1, 30),  # summer time ends that night (01:30 happens twice)
        local(2026, 11, 2, 0, 0) - timedelta(seconds=1),
        local(2026, 11, 18, 14, 59),
    ]
    store([inquiry(moment) for moment in moments if moment < NOW])

    expected = Counter()
    truncated = (
        Inquiry.objects.filter(received_at__gte=start)
        .annotate(week=TruncWeek("received_at", tzinfo=selectors.clinic_zone()))
        .values("week")
        .annotate(n=Count("pk"))
    )
    for row in truncated:
        expected[row["week"].astimezone(selectors.clinic_zone()).date()] += row["n"]
    counted = selectors.dashboard_numbers(now=NOW).requests
    assert dict(zip(weeks, counted.series[0].values, strict=True)) == {week: expected[week] for week in weeks}
    assert counted.total == sum(expected.values())


def test_the_median_wait_is_python_statistics_median(make_cases):
    cases = make_cases(101, now=NOW)
    start = selectors._start_of(selectors.week_starts(NOW)[0])
    waits = [
        case.first_contacted_at - case.received_at
        for case in cases
        if isinstance(case, Inquiry) and case.first_contacted_at and case.received_at >= start
    ]
    inquiries, _referrals = selectors.dashboard_numbers(now=NOW).replies
    assert inquiries.answered == len(waits)
    assert abs(inquiries.median - statistics.median(waits)) < timedelta(seconds=1)
